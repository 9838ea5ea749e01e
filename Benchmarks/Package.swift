// swift-tools-version: 6.1
// The benchmark of `make bench`: a package of its own, so that `swift build` and `swift test` of
// newsgraph never build it. It times the extraction stages one by one, which are internal to
// NewsGraphExtraction, so it is built with `-enable-testing` (`make bench` passes it).
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
            ]
        )
    ]
)
