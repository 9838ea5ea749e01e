import Foundation

/// Every measurement of `make bench`, each in a fresh process, then the tables.
struct BenchmarkRun {
    var sizes: [Int]
    var corpusRoot: String
    var newsgraph: String
    var repeatOverride: Int?
    var layoutNodes: [Int]
    /// Sizes in MB of the one long article of each shape (`ArticleBenchmark`).
    var articleMegabytes: [String]
    var listMegabytes: [String]
    var seeds: String
    var output: String
    var markdown: String?

    init(_ arguments: Arguments) {
        sizes = arguments.ints("sizes", "100,1000")
        corpusRoot = arguments.string("corpus-root", ".build/bench-corpus")
        newsgraph = arguments.string("newsgraph", ".build/release/newsgraph")
        repeatOverride = arguments.options["repeat"].flatMap(Int.init)
        layoutNodes = arguments.ints("layout-nodes", "100,1000,5000")
        articleMegabytes = arguments.string("article-megabytes", "1,4,16").split(separator: ",").map(String.init)
        listMegabytes = arguments.string("list-megabytes", "0.25,1").split(separator: ",").map(String.init)
        seeds = arguments.string("seeds", "seeds")
        output = arguments.string("results", ".build/bench/results.json")
        markdown = arguments.options["markdown"]
    }

    /// Repeats per size: fewer for large corpora, where one run already takes minutes.
    func repeats(_ size: Int) -> Int {
        if let repeatOverride { return max(1, repeatOverride) }
        return size <= 100 ? 5 : size <= 1000 ? 3 : 1
    }

    struct Results: Codable {
        var machine: String
        var cores: Int
        var pipelines: [Int: PipelineResult] = [:]
        var cli: [Int: CLIResult] = [:]
        var layouts: [LayoutResult] = []
        var articles: [ArticleResult] = []
        var seeds: SeedsResult?
    }

    func run() throws {
        let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var results = Results(machine: Self.machine(), cores: Measure.cores)
        for size in sizes {
            let corpus = "\(corpusRoot)/\(size)"
            guard (try? FileManager.default.contentsOfDirectory(atPath: corpus)) != nil else {
                fail("no corpus at \(corpus): run scripts/bench/make_corpus.py \(size) --out \(corpus)")
            }
            log("\(size) articles: in-process pipeline")
            results.pipelines[size] = try child(
                PipelineResult.self, ["pipeline", "--corpus", corpus, "--repeat", "\(repeats(size))"], folder)
            log("\(size) articles: newsgraph binary")
            results.cli[size] = try CLIBenchmark.run(
                newsgraph: newsgraph, corpus: corpus, scratch: "\(folder)/cli-\(size)", repeats: repeats(size))
        }
        // One long article, from the smallest corpus's articles (or the list of names).
        if let corpusSize = sizes.min() {
            let corpus = "\(corpusRoot)/\(corpusSize)"
            for (shape, sizes) in [("stories", articleMegabytes), ("list", listMegabytes)] {
                for megabytes in sizes where !megabytes.isEmpty {
                    log("one \(shape) article of \(megabytes) MB")
                    results.articles.append(
                        try child(
                            ArticleResult.self,
                            ["article", "--shape", shape, "--megabytes", megabytes, "--corpus", corpus], folder))
                }
            }
        }
        for nodes in layoutNodes {
            log("layout of \(nodes) nodes")
            results.layouts.append(
                try child(LayoutResult.self, ["layout", "--nodes", "\(nodes)", "--repeat", nodes >= 5000 ? "1" : "3"], folder))
        }
        if FileManager.default.fileExists(atPath: seeds) {
            log("seeds: merged SVG")
            results.seeds = try child(SeedsResult.self, ["seeds", "--folder", seeds, "--repeat", "10"], folder)
        }
        try writeResult(results, to: output)
        let tables = Tables(results: results, sizes: sizes).markdown
        print(tables)
        if let markdown { try Data((tables + "\n").utf8).write(to: URL(fileURLWithPath: markdown)) }
        log("results: \(output)")
    }

    /// Runs this program's `arguments` in a new process and reads back what it measured.
    private func child<T: Decodable>(_ type: T.Type, _ arguments: [String], _ folder: String) throws -> T {
        let path = "\(folder)/child-\(ProcessInfo.processInfo.processIdentifier).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let outcome = Child.run(Child.selfPath, arguments + ["--result", path])
        guard outcome.status == 0, let data = FileManager.default.contents(atPath: path) else {
            fail("newsgraph-bench \(arguments.joined(separator: " ")) failed (exit \(outcome.status))")
        }
        return try JSONDecoder().decode(T.self, from: data)
    }

    private func log(_ message: String) {
        FileHandle.standardError.write(Data("newsgraph-bench: \(message)\n".utf8))
    }

    static func machine() -> String {
        let model = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces)
        return "\(model ?? "unknown CPU"), \(Measure.cores) cores"
    }
}
