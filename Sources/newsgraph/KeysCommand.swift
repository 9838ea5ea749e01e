import ArgumentParser
import Foundation
import NewsGraphExtraction

/// `newsgraph keys`: records (or summaries) in, one per-key summary out, for `resolve-keys`.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Sum records written by 'extract' into a summary of what the articles say about each entity.",
        discussion: """
            Reads JSON Lines files written by 'newsgraph extract' and writes their summary \
            (format newsgraph.keys/1): for each entity key and each relation between keys, what \
            all the articles say of it (counts, names, mentions, evidence), and for each article \
            the names it holds together. With --combine it reads summaries instead and writes the \
            summary of them all. Summing is associative and commutative: summaries of any split of \
            the articles, combined in any grouping and order, give the same bytes, and \
            'newsgraph resolve-keys' turns a summary into the graph 'build' writes for the articles.

            Nothing is written if any file or line cannot be read, or an article comes twice.

            Example:
              newsgraph keys part1.jsonl -o part1.keys
              newsgraph keys part2.jsonl -o part2.keys
              newsgraph keys --combine part1.keys part2.keys -o all.keys
              newsgraph resolve-keys all.keys --out graphs/ --format json,graphml --name articles
            """
    )

    @Argument(
        help:
            "JSON Lines files written by 'newsgraph extract' (with --combine: summaries written by 'keys'), or - for standard input."
    )
    var files: [String]

    @Flag(help: "Read summaries written by 'newsgraph keys' and combine them, instead of records.")
    var combine = false

    @Option(name: [.customShort("o"), .customLong("output")], help: "The summary file to write, or - for standard output.")
    var output = "-"

    @Option(parsing: .unconditional, help: "Record lines decoded at once (default and most: the number of cores).")
    var jobs: Int?

    func validate() throws {
        try OptionChecks.jobs(jobs)
    }

    func run() throws {
        let target = output == "-" ? nil : URL(fileURLWithPath: output)
        if let target { _ = try OutputFolder(target.deletingLastPathComponent().path) }
        let (summary, failures) =
            combine
            ? RecordInputs.combine(files)
            : {
                let read = RecordInputs.summarize(files, jobs: jobs)
                return (read.summary, read.failures)
            }()
        failures.map(\.description).forEach(Report.error)
        guard failures.isEmpty else { throw CommandFailure.reported }
        if let target {
            try OutputFolder.writeAtomically(to: target) { write in
                try summary.writeLines { line in try line.withUnsafeBytes { try write($0) } }
            }
        } else {
            try summary.writeLines { FileHandle.standardOutput.write($0) }
        }
    }
}
