// swift-tools-version: 6.1
// A program that builds a graph with newsgraph's library, as a package that depends on it
// would: `make examples` (part of `make test`) builds and runs it.
import PackageDescription

let package = Package(
    name: "build-graph-example",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "newsgraph", path: "../..")],
    targets: [
        .executableTarget(
            name: "build-graph",
            dependencies: [
                .product(name: "NewsGraphCore", package: "newsgraph"),
                .product(name: "NewsGraphExtraction", package: "newsgraph"),
            ]
        )
    ]
)
