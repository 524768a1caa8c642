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
        // Reading and writing ZIP archives (the Word document, the dossier).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
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

        // CBC's C interface (headers from Debian coinor-libcbc-dev), loaded on first use by
        // generated trampolines (.ci/cbc-trampolines): commands that never solve skip its
        // C++ libraries' start-up cost.
        .target(
            name: "CCbc",
            // DWARF 4: valgrind 3.19 (Debian 12), used for the profiles in the README, cannot read clang's DWARF 5.
            cSettings: [.unsafeFlags(["-gdwarf-4"])],
            linkerSettings: [.linkedLibrary("dl")]
        ),

        // SHA-256 with the x86 SHA extensions, where the processor has them (FundingPlannerXML's
        // SHA256 falls back to portable Swift); DWARF 4 for valgrind, as above.
        .target(name: "CSHA256", cSettings: [.unsafeFlags(["-gdwarf-4"])]),

        // MARK: Internal layers
        // The only module that calls libxml2: secure parsing, schemas, diagnostics, writer.
        .target(name: "FundingPlannerXML", dependencies: ["CLibXML2", "CSHA256"]),
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
                "Sources/CCbc", "Sources/CSHA256", "Sources/FundingPlanner", "Sources/FundingPlannerSolver",
                "Sources/FundingPlannerText", "Sources/FundingPlannerXML", "Sources/FundingPlannerWorkspace",
                "Sources/fundplan", "Sources/fundplan-bench", "Sources/fundplan-fuzz",
            ],
            sources: ["Sources/FundingPlannerResources"],
            resources: [.copy("catalogues"), .copy("reports")]
        ),

        // MARK: Public library
        .target(
            name: "FundingPlanner",
            dependencies: [
                "FundingPlannerXML", "FundingPlannerText", "FundingPlannerSolver", "FundingPlannerResources",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
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
        .executableTarget(
            name: "fundplan-bench", dependencies: ["FundingPlanner", "FundingPlannerXML"], exclude: ["Scripts"]),
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
