// swift-tools-version: 6.1
// The benchmark of `make bench`: a package of its own, so that `swift build` and `swift test` of
// newsgraph never build it.
import PackageDescription

let package = Package(
    name: "newsgraph-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "newsgraph", path: "..")],
    targets: [
        .executableTarget(
            name: "newsgraph-bench",
            dependencies: [
                .product(name: "NewsGraphCore", package: "newsgraph"),
                .product(name: "NewsGraphExtraction", package: "newsgraph"),
                .product(name: "NewsGraphExport", package: "newsgraph"),
                .product(name: "NewsGraphGraphviz", package: "newsgraph"),
            ],
            // The allocator `newsgraph` links (../Package.swift), so the figures are the tool's.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        )
    ]
)
