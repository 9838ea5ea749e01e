// swift-tools-version: 6.1
// The fuzz targets of `make fuzz`: a package of its own, so that `swift build` and `swift test`
// of newsgraph never build them. Built with AddressSanitizer and libFuzzer's coverage
// instrumentation (see the Makefile's fuzz-bin); each target's main hands its checks to
// libFuzzer's driver (`FuzzDriver`).
import PackageDescription

let targets = ["article-reader", "extractor", "encoders", "graph-json", "merge-records"]

let package = Package(
    name: "newsgraph-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "newsgraph", path: "..")],
    targets: [
        .target(
            name: "FuzzChecks",
            dependencies: [
                .product(name: "NewsGraphCore", package: "newsgraph"),
                .product(name: "NewsGraphExtraction", package: "newsgraph"),
                .product(name: "NewsGraphExport", package: "newsgraph"),
                .product(name: "NewsGraphGraphviz", package: "newsgraph"),
            ]
        )
    ]
        + targets.map { name in
            .executableTarget(name: "fuzz-\(name)", dependencies: ["FuzzChecks"], path: "Sources/fuzz-\(name)")
        }
)
