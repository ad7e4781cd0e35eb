// swift-tools-version: 6.1
//
// Convene plans the meeting cycle of a body whose chair rotates among its
// members. Targets follow Docs/Architecture.md: dependencies point one way,
// from the CLI down to the ICU shim.

import PackageDescription

let package = Package(
    name: "Convene",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "convene", targets: ["convene"]),
        // Libraries for the nested packages (Fuzz/) that depend on this one by path.
        .library(name: "Scenarios", targets: ["Scenarios"]),
        .library(name: "Planning", targets: ["Planning"]),
        .library(name: "ICalendar", targets: ["ICalendar"]),
        .library(name: "Checking", targets: ["Checking"]),
        .library(name: "ConveneCLI", targets: ["ConveneCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // RFC 4180 CSV writing for the calendar-of-meetings table.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        // The system ICU, found through pkg-config. When libicu-dev is
        // missing, SwiftPM prints the provider hint below.
        .systemLibrary(
            name: "SystemICU",
            path: "Sources/SystemICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        // A C++ shim with a C header of its own: Swift never sees ICU's
        // headers, which rename every symbol by version and clash with the
        // copy of ICU inside Foundation.
        .target(
            name: "CICU",
            dependencies: ["SystemICU"],
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        .target(name: "Calendars", dependencies: ["CICU"], resources: [.copy("HolidayTables")]),
        .target(name: "ICalendar"),
        .target(name: "Solving"),
        // The scenario: its types, decoding, validation, reference data and
        // diagnostics. The first stage of the data flow.
        .target(
            name: "Scenarios",
            dependencies: ["Calendars", .product(name: "Yams", package: "Yams")]
        ),
        // From a scenario to a plan: model building, solving, plans,
        // explanations, rotation, the ASEAN-year generator.
        .target(name: "Planning", dependencies: ["Scenarios", "Calendars", "ICalendar", "Solving"]),
        // Any schedule (a plan or calendars) against a scenario's rules.
        .target(name: "Checking", dependencies: ["Planning", "Scenarios", "Calendars", "ICalendar"]),
        // Plans out to iCalendar, calendars in as fixed events and holidays.
        .target(name: "CalendarExchange", dependencies: ["Planning", "Scenarios", "Calendars", "ICalendar"]),
        .target(name: "Agenda", dependencies: ["Planning", "Scenarios", "Calendars"]),
        .target(
            name: "Overview",
            dependencies: ["Scenarios", "Planning", "Agenda", "Calendars", .product(name: "CSV", package: "CSV.swift")]
        ),
        .target(
            name: "ConveneCLI",
            dependencies: [
                "Scenarios", "Planning", "Checking", "CalendarExchange", "Agenda", "Overview", "Calendars", "ICalendar",
                "Solving",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "convene", dependencies: ["ConveneCLI"]),

        .target(name: "ConveneTestSupport", dependencies: ["Scenarios", "Planning", "Solving"], path: "Tests/ConveneTestSupport"),
        .testTarget(name: "CalendarsTests", dependencies: ["Calendars"]),
        .testTarget(name: "ICalendarTests", dependencies: ["ICalendar"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SolvingTests", dependencies: ["Solving"]),
        .testTarget(name: "PlanningTests", dependencies: ["Scenarios", "Planning", "Checking", "CalendarExchange", "Solving", "ConveneTestSupport"],
                    exclude: ["Snapshots"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ConveneCLITests",
            dependencies: ["ConveneCLI", "ConveneTestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "OverviewTests", dependencies: ["Overview", "Planning", "ConveneTestSupport"]),
        .testTarget(name: "AgendaTests", dependencies: ["Agenda", "Scenarios", "Planning", "ConveneTestSupport"], resources: [.copy("Snapshots")]),
    ],
    // The ICU shim is C++17 (ICU's own headers need it).
    cxxLanguageStandard: .cxx17
)
