import ArgumentParser
import Foundation
import NewsGraphExtraction

/// `newsgraph extract`: articles in, one JSON line per article out, for `merge` to join.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read articles and write what each one says, one JSON line per article.",
        discussion: """
            Does the per-article half of 'build': finds the entities and relations in each article \
            and writes them, with their mentions and evidence, as one JSON Lines record per \
            article. 'newsgraph merge' joins any number of such files into exactly the graph, and \
            the bytes, that 'build' writes for all the articles at once, so a corpus can be split \
            across machines by any tool that runs commands (GNU parallel, a batch queue, Spark's \
            pipe). Give 'merge' the same --lexicon files as 'extract'.

            Example:
              newsgraph extract articles/part1/ -o part1.jsonl
              newsgraph extract articles/part2/ -o part2.jsonl
              newsgraph merge part1.jsonl part2.jsonl --out graphs/ --format svg,json --name articles
            """
    )

    @Argument(help: "Article files, folders of .txt articles (subfolders included), or - for standard input.")
    var inputs: [String]

    @Option(name: [.customShort("o"), .customLong("output")], help: "The JSON Lines file to write, or - for standard output.")
    var output = "-"

    @Option(help: "A lexicon file of your own (type, name, aliases, attributes per line); repeatable.")
    var lexicon: [String] = []

    @Option(help: "A relation pattern file of your own (the relations.patterns format); repeatable.")
    var patterns: [String] = []

    @Option(parsing: .unconditional, help: "Articles extracted at once (default and most: the number of cores).")
    var jobs: Int?

    @Flag(help: "Leave out, each with a message, the articles whose id cannot name a file, as 'build --per-document' does.")
    var nameableOnly = false

    func validate() throws {
        try OptionChecks.jobs(jobs)
        try OptionChecks.inputFiles(lexicon, what: "lexicon")
        try OptionChecks.inputFiles(patterns, what: "pattern file")
    }

    func run() throws {
        let target = output == "-" ? nil : URL(fileURLWithPath: output)
        if let target { _ = try OutputFolder(target.deletingLastPathComponent().path) }
        var (articles, failures) = try ArticleInputs.read(inputs)
        if nameableOnly { try ArticleInputs.keepNameable(&articles, failures: &failures) }
        let pipeline = try NewsGraph(options: NewsGraph.Options(lexiconFiles: lexicon, patternFiles: patterns, jobs: jobs))
        let data = try pipeline.extractRecords(articles, diagnostics: Report.diagnostic)
        if let target {
            try OutputFolder.writeAtomically(data, to: target)
        } else {
            FileHandle.standardOutput.write(data)
        }
        if !failures.isEmpty { throw CommandFailure.partial }
    }
}
