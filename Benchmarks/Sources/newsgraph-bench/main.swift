import Foundation

/// `newsgraph-bench`: the benchmark behind `make bench`.
///
///     newsgraph-bench run --sizes 100,1000 --corpus-root .build/bench-corpus --newsgraph .build/release/newsgraph
///
/// `run` measures every size in fresh processes (so each peak memory is that size's own) and
/// prints Markdown tables. The other commands are those processes: `pipeline`, `article`, `layout`, `seeds`.
struct Arguments {
    var command: String
    var options: [String: String] = [:]

    init(_ arguments: [String]) {
        command = arguments.first ?? "run"
        var index = 1
        while index < arguments.count {
            let name = arguments[index]
            guard name.hasPrefix("--"), index + 1 < arguments.count else {
                fail("unexpected argument '\(name)' (see the comment at the top of main.swift)")
            }
            options[String(name.dropFirst(2))] = arguments[index + 1]
            index += 2
        }
    }

    func string(_ name: String, _ fallback: String? = nil) -> String {
        guard let value = options[name] ?? fallback else { fail("--\(name) is required") }
        return value
    }

    func int(_ name: String, _ fallback: Int) -> Int {
        guard let text = options[name] else { return fallback }
        guard let value = Int(text) else { fail("--\(name) takes a number, not '\(text)'") }
        return value
    }

    func ints(_ name: String, _ fallback: String) -> [Int] {
        string(name, fallback).split(separator: ",").map { part in
            guard let value = Int(part.trimmingCharacters(in: .whitespaces)) else { fail("--\(name): '\(part)' is not a number") }
            return value
        }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("newsgraph-bench: \(message)\n".utf8))
    exit(1)
}

func writeResult<T: Encodable>(_ value: T, to path: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(value).write(to: URL(fileURLWithPath: path))
}

let arguments = Arguments(Array(CommandLine.arguments.dropFirst()))
do {
    switch arguments.command {
    case "pipeline":
        let result = try PipelineBenchmark.run(
            corpus: arguments.string("corpus"), repeats: arguments.int("repeat", 3), jobs: arguments.int("jobs", Measure.cores))
        try writeResult(result, to: arguments.string("result"))
    case "layout":
        let result = try LayoutBenchmark.run(nodes: arguments.int("nodes", 100), repeats: arguments.int("repeat", 3))
        try writeResult(result, to: arguments.string("result"))
    case "seeds":
        let result = try LayoutBenchmark.seeds(folder: arguments.string("folder", "seeds"), repeats: arguments.int("repeat", 10))
        try writeResult(result, to: arguments.string("result"))
    case "article":
        let result = try ArticleBenchmark.run(
            shape: arguments.string("shape", "stories"), megabytes: Double(arguments.string("megabytes", "1")) ?? 1,
            corpus: arguments.string("corpus"),
            lexicons: arguments.string("lexicons", "Sources/NewsGraphExtraction/Resources/lexicons"))
        try writeResult(result, to: arguments.string("result"))
    case "run":
        try BenchmarkRun(arguments).run()
    default:
        fail("unknown command '\(arguments.command)': run, pipeline, article, layout or seeds")
    }
} catch {
    fail("\(error)")
}
