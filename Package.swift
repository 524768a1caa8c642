// swift-tools-version:6.0
import PackageDescription

// MARK: - Strictness shared by every target

let strictSettings: [SwiftSetting] = [
    // Every existential spelled `any P`: makes dynamic dispatch visible.
    .enableUpcomingFeature("ExistentialAny"),
    // Imports are internal unless marked: no C type leaks through a public signature.
    .enableUpcomingFeature("InternalImportsByDefault"),
    // A member is visible only when its module is imported in that file.
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "FundingPlanner",
    products: [
        .library(name: "FundingPlanner", targets: ["FundingPlanner"]),
        .executable(name: "fundplan", targets: ["fundplan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation --target FundingPlanner` (DocC); build-time only.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // `fundplan serve`: the local browser workspace (server, graceful shutdown, page templates).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Already in Hummingbird's graph; named here because the workspace uses them directly.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // MARK: C libraries (system packages)
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxslt",
            providers: [.apt(["libxml2-dev", "libxslt1-dev", "pkg-config"])]
        ),

        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),

        .systemLibrary(
            name: "CCbc",
            pkgConfig: "cbc",
            providers: [.apt(["coinor-libcbc-dev"])]
        ),

        // MARK: Internal layers
        // The only module that calls libxml2: secure parsing, schemas, diagnostics, writer.
        .target(name: "FundingPlannerXML", dependencies: ["CLibXML2"]),
        // The only module that calls libstemmer: tokenising, stop words, Snowball stems.
        .target(name: "FundingPlannerText", dependencies: ["CStemmer"]),
        // The only module that calls CBC: the solver-independent model, LP/MPS export, solving.
        .target(name: "FundingPlannerSolver", dependencies: ["CCbc"]),
        // Catalogues and report stylesheets shipped beside the binary.
        .target(
            name: "FundingPlannerResources",
            path: ".",
            // Everything else under the package root belongs to other targets or to no target:
            // excluded here, so that builds (and the documentation build) print no warning.
            exclude: [
                "LICENSE", "README.md", "Tests",
                "Sources/FundingPlanner", "Sources/FundingPlannerSolver", "Sources/FundingPlannerText",
                "Sources/FundingPlannerXML", "Sources/FundingPlannerWorkspace", "Sources/fundplan", "Sources/fundplan-bench", "Sources/fundplan-fuzz",
            ],
            sources: ["Sources/FundingPlannerResources"],
            resources: [.copy("catalogues"), .copy("reports")]
        ),

        // MARK: Public library
        .target(
            name: "FundingPlanner",
            dependencies: ["FundingPlannerXML", "FundingPlannerText", "FundingPlannerSolver", "FundingPlannerResources"]
        ),

        // MARK: The browser workspace (`fundplan serve`): server dependencies stay out of the library.
        .target(
            name: "FundingPlannerWorkspace",
            dependencies: [
                "FundingPlanner",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Templates"), .copy("Assets")]
        ),

        // MARK: Executables
        .executableTarget(
            name: "fundplan",
            dependencies: [
                "FundingPlanner",
                "FundingPlannerWorkspace",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "fundplan-bench", dependencies: ["FundingPlanner"], exclude: ["Scripts"]),
        // Fuzz targets: built with libFuzzer by .ci/fuzz; a normal build replays inputs.
        .executableTarget(name: "fundplan-fuzz", dependencies: ["FundingPlanner", "FundingPlannerText"]),

        // MARK: Tests
        .testTarget(
            name: "FundingPlannerTests",
            dependencies: ["fundplan", "FundingPlanner", "FundingPlannerWorkspace", "FundingPlannerXML", "FundingPlannerText", "FundingPlannerSolver", "FundingPlannerResources"],
            exclude: ["Fixtures", "Scripts"]
        ),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + strictSettings
}
