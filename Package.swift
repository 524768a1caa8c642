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
                "Sources/FundingPlannerXML", "Sources/fundplan", "Sources/fundplan-bench", "Sources/fundplan-fuzz",
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

        // MARK: Executables
        .executableTarget(
            name: "fundplan",
            dependencies: [
                "FundingPlanner",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "fundplan-bench", dependencies: ["FundingPlanner"], exclude: ["Scripts"]),
        // Fuzz targets: built with libFuzzer by .ci/fuzz; a normal build replays inputs.
        .executableTarget(name: "fundplan-fuzz", dependencies: ["FundingPlanner", "FundingPlannerText"]),

        // MARK: Tests
        .testTarget(
            name: "FundingPlannerTests",
            dependencies: ["fundplan", "FundingPlanner", "FundingPlannerXML", "FundingPlannerText", "FundingPlannerSolver", "FundingPlannerResources"],
            exclude: ["Fixtures", "Scripts"]
        ),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + strictSettings
}
