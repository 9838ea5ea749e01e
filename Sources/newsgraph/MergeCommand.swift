import ArgumentParser
import Foundation
import NewsGraphCore
import NewsGraphExtraction

/// `newsgraph merge`: records written by `extract`, perhaps on several machines, in; the graph
/// `build` would write for all their articles out.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join files written by 'extract' into one graph.",
        discussion: """
            Reads JSON Lines files written by 'newsgraph extract' (in any order, with the articles \
            split between them in any way), resolves the entities across all the articles, and \
            writes the same files, byte for byte, that 'newsgraph build' writes for the same \
            articles with the same --lexicon files, --decisions files, --format, --name, --engine, \
            --graphml-flavor and --max-nodes.

            Nothing is written if any file or line cannot be read: each problem is one line on \
            standard error, naming the file and line.

            Each article's graph needs only its own record: with --documents-only, each machine \
            that extracted part of a corpus can write its articles' graphs, the bytes 'build \
            --per-document' writes for them, and leave the merged graph to one machine.

            Example: newsgraph merge part1.jsonl part2.jsonl --out graphs/ --format svg,json --name articles
            """
    )

    @Argument(help: "JSON Lines files written by 'newsgraph extract', or - for standard input.")
    var files: [String]

    @OptionGroup var output: GraphFileOptions

    @Option(help: "Base name of the merged graph's files.")
    var name = "graph"

    @Option(help: "A lexicon file of your own, as given to 'extract'; repeatable.")
    var lexicon: [String] = []

    @Option(parsing: .unconditional, help: "Lines decoded at once (default and most: the number of cores).")
    var jobs: Int?

    @OptionGroup var decisions: DecisionOptions

    @Flag(help: "Write only one graph per article (as --per-document does), not the merged graph.")
    var documentsOnly = false

    /// Whether each record's graph is written.
    private var perDocument: Bool { output.perDocument || documentsOnly }

    func validate() throws {
        try OptionChecks.jobs(jobs)
        try OptionChecks.fileName(name, option: "--name")
        try OptionChecks.inputFiles(lexicon, what: "lexicon")
    }

    func run() throws {
        let decided = try decisions.given()
        // As `build`: with decisions, the output folder is made only once they are applied.
        let early: GraphFiles? = decided.isEmpty ? try output.files() : try output.checkedFormats()
        // Records are folded into a summary as they are read, and let go unless each article's
        // graph is asked for too.
        let (summary, records, unreadable) = RecordInputs.summarize(files, jobs: jobs, keepingRecords: perDocument)
        var failures = unreadable.map(\.description)
        if perDocument {
            // Each record's graph is named by its document id: it must be one safe file name. A
            // record is data anyone can edit; an id of "../x" wrote beside the output folder.
            for record in records {
                if let problem = FileName.problem(record.document.id) {
                    failures.append("cannot read records: the article id '\(record.document.id)' cannot name a file (\(problem))")
                }
            }
        }
        failures.forEach(Report.error)
        guard failures.isEmpty else { throw CommandFailure.reported }
        guard summary.documentCount > 0 else {
            Report.error("no records to merge in \(files.joined(separator: ", "))")
            throw CommandFailure.reported
        }
        let merger = try RecordMerger(options: NewsGraph.Options(lexiconFiles: lexicon, decisions: decided))
        // Not made with --documents-only: a decision that names nothing in these records is an
        // error for the merged graph only, and these may be one part of a corpus.
        let graph = documentsOnly ? nil : try merger.graph(of: consume summary)
        let writer = try early ?? output.files()
        if perDocument {
            for record in records { try writer.write(merger.graph(ofDocument: record), as: record.document.id) }
        }
        if let graph { try writer.write(graph, as: name) }
    }
}
