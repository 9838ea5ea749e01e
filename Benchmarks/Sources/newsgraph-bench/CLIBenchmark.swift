import Foundation

/// The `newsgraph` binary itself, as a user runs it: wall time and peak memory per run.
struct CLIResult: Codable {
    var repeats = 0
    /// Wall seconds (medians) and peak memory; `cpu` holds the CPU seconds (user and system) of
    /// each command, by the same labels as `Tables` uses.
    var cpu: [String: Double] = [:]
    var loadBefore = 0.0
    var loadAfter = 0.0
    /// `build` with every format (svg, dot, graphml, json).
    var buildAll = 0.0
    var buildAllPeakRSS = 0
    /// `build` with JSON and GraphML: the issue's target.
    var buildData = 0.0
    var buildDataPeakRSS = 0
    /// `extract` of the whole corpus to one JSON Lines file, then `merge` of it (json, graphml).
    var extract = 0.0
    var extractPeakRSS = 0
    var recordBytes = 0
    var merge = 0.0
    var mergePeakRSS = 0
    /// Whether `merge` wrote the bytes `build` wrote.
    var mergeEqualsBuild = false
    var failures: [String] = []
}

enum CLIBenchmark {
    static func run(newsgraph: String, corpus: String, scratch: String, repeats: Int) throws -> CLIResult {
        var result = CLIResult(repeats: repeats)
        result.loadBefore = Measure.load()
        let fileManager = FileManager.default
        try? fileManager.removeItem(atPath: scratch)
        try fileManager.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        func measure(_ label: String, _ arguments: [String], times: Int) -> (Double, Int) {
            var seconds: [Double] = []
            var cpu: [Double] = []
            var peak = 0
            for _ in 0..<times {
                progress("newsgraph \(arguments.joined(separator: " "))")
                let outcome = Child.run(newsgraph, arguments)
                if outcome.status != 0 { result.failures.append("\(label) exited with \(outcome.status)") }
                seconds.append(outcome.seconds)
                cpu.append(outcome.cpu)
                peak = max(peak, outcome.peakRSS)
            }
            result.cpu[label] = Measure.median(cpu)
            return (Measure.median(seconds), peak)
        }
        let all = "\(scratch)/all"
        let data = "\(scratch)/data"
        let merged = "\(scratch)/merged"
        (result.buildAll, result.buildAllPeakRSS) = measure(
            "build (every format)", ["build", corpus, "--out", all, "--format", "svg,dot,graphml,json", "--name", "bench"],
            times: repeats)
        (result.buildData, result.buildDataPeakRSS) = measure(
            "build (json, graphml)", ["build", corpus, "--out", data, "--format", "json,graphml", "--name", "bench"],
            times: repeats)
        let records = "\(scratch)/records.jsonl"
        (result.extract, result.extractPeakRSS) = measure("extract", ["extract", corpus, "-o", records], times: 1)
        result.recordBytes = ((try? fileManager.attributesOfItem(atPath: records))?[.size] as? Int) ?? 0
        (result.merge, result.mergePeakRSS) = measure(
            "merge", ["merge", records, "--out", merged, "--format", "json,graphml", "--name", "bench"], times: 1)
        result.mergeEqualsBuild = ["bench.json", "bench.graphml"].allSatisfy { name in
            guard let built = fileManager.contents(atPath: "\(data)/\(name)") else { return false }
            return built == fileManager.contents(atPath: "\(merged)/\(name)")
        }
        try? fileManager.removeItem(atPath: scratch)
        result.loadAfter = Measure.load()
        return result
    }
}
