// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "newsgraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"]),
        .library(name: "NewsGraphCore", targets: ["NewsGraphCore"]),
        .library(name: "NewsGraphExtraction", targets: ["NewsGraphExtraction"]),
        .library(name: "NewsGraphExport", targets: ["NewsGraphExport"]),
        .library(name: "NewsGraphGraphviz", targets: ["NewsGraphGraphviz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        // The typed graph every stage shares.
        .target(
            name: "NewsGraphCore",
            dependencies: [.product(name: "OrderedCollections", package: "swift-collections")]
        ),
        // Article text -> EntityGraph.
        .target(
            name: "NewsGraphExtraction",
            dependencies: ["NewsGraphCore"],
            resources: [.copy("Resources")]
        ),
        // Pure-Swift text encoders (JSON, GraphML, ...) and the shared style sheet.
        .target(
            name: "NewsGraphExport",
            dependencies: ["NewsGraphCore"],
            resources: [.copy("Resources")]
        ),
        // Graphviz's C libraries, found with pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // EntityGraph -> cgraph -> DOT and SVG, in-process.
        .target(
            name: "NewsGraphGraphviz",
            dependencies: ["NewsGraphCore", "NewsGraphExport", "CGraphviz"]
        ),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsGraphCore", "NewsGraphExtraction", "NewsGraphExport", "NewsGraphGraphviz",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian's libmimalloc-dev) in place of glibc's malloc: extraction makes
            // and frees millions of small objects, and glibc's allocator took a tenth of its
            // time (docs/performance.md, "The allocator").
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        // Trains the learned models from ../shared/train (`make model`); never run at build time.
        .executableTarget(
            name: "newsgraph-model",
            dependencies: ["NewsGraphExtraction"]
        ),
        .target(
            name: "_NewsGraphTestSupport",
            dependencies: ["NewsGraphCore"],
            path: "Tests/_NewsGraphTestSupport"
        ),
        .testTarget(name: "NewsGraphCoreTests", dependencies: ["NewsGraphCore", "_NewsGraphTestSupport"]),
        .testTarget(
            name: "NewsGraphExtractionTests",
            dependencies: ["NewsGraphExtraction", "_NewsGraphTestSupport"]
        ),
        .testTarget(
            name: "NewsGraphExportTests",
            dependencies: ["NewsGraphExport", "_NewsGraphTestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "NewsGraphGraphvizTests",
            dependencies: ["NewsGraphGraphviz", "_NewsGraphTestSupport"],
            exclude: ["Snapshots"]
        ),
        // Runs the built `newsgraph` binary, as a user would.
        .testTarget(
            name: "newsgraphTests",
            dependencies: ["newsgraph", "_NewsGraphTestSupport"],
            exclude: ["Snapshots"]
        ),
    ]
)
