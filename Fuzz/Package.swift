// swift-tools-version: 6.1
//
// libFuzzer targets for Convene's parsers, kept apart from the main package
// (as swift-collections keeps its benchmarks) so that the default build and
// CI never compile them. Build and run them with `Fuzz/run`; see
// Fuzz/README.md.

import PackageDescription

let package = Package(
    name: "ConveneFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Convene", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver for the targets' main.swift.
        .target(name: "FuzzerDriver"),
        .executableTarget(
            name: "FuzzScenario",
            dependencies: [.product(name: "Scenarios", package: "Convene"), "FuzzerDriver"]
        ),
        .executableTarget(
            name: "FuzzModel",
            dependencies: [
                .product(name: "Scenarios", package: "Convene"), .product(name: "Planning", package: "Convene"),
                "FuzzerDriver",
            ]
        ),
        .executableTarget(
            name: "FuzzICalendar",
            dependencies: [.product(name: "ICalendar", package: "Convene"), "FuzzerDriver"]
        ),
        .executableTarget(
            name: "FuzzPlanJSON",
            dependencies: [.product(name: "Planning", package: "Convene"), "FuzzerDriver"]
        ),
        .executableTarget(
            name: "FuzzCLIOptions",
            dependencies: [
                .product(name: "ConveneCLI", package: "Convene"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"), "FuzzerDriver",
            ]
        ),
        .executableTarget(
            name: "FuzzCheckReaders",
            dependencies: [
                .product(name: "Checking", package: "Convene"), .product(name: "Planning", package: "Convene"),
                .product(name: "Scenarios", package: "Convene"), "FuzzerDriver",
            ]
        ),
    ]
)
