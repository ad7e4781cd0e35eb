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
        .library(name: "Planning", targets: ["Planning"]),
        .library(name: "ICalendar", targets: ["ICalendar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
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
        .target(name: "Solver"),
        .target(
            name: "Planning",
            dependencies: [
                "Calendars", "ICalendar", "Solver",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "Agenda", dependencies: ["Planning", "Calendars"]),
        .target(
            name: "ConveneCLI",
            dependencies: [
                "Planning", "Agenda", "Calendars", "ICalendar", "Solver",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "convene", dependencies: ["ConveneCLI"]),

        .target(name: "ConveneTestSupport", dependencies: ["Planning", "Solver"], path: "Tests/ConveneTestSupport"),
        .testTarget(name: "CalendarsTests", dependencies: ["Calendars"]),
        .testTarget(name: "ICalendarTests", dependencies: ["ICalendar"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SolverTests", dependencies: ["Solver"]),
        .testTarget(name: "PlanningTests", dependencies: ["Planning", "Solver", "ConveneTestSupport"],
                    exclude: ["Snapshots"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ConveneCLITests",
            dependencies: ["ConveneCLI", "ConveneTestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "AgendaTests", dependencies: ["Agenda", "ConveneTestSupport"], resources: [.copy("Snapshots")]),
    ],
    // The ICU shim is C++17 (ICU's own headers need it).
    cxxLanguageStandard: .cxx17
)
