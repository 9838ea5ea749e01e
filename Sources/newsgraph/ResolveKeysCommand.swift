import ArgumentParser
import Foundation
import NewsGraphCore
import NewsGraphExtraction

/// `newsgraph resolve-keys`: summaries written by `keys` in; the graph `build` would write for
/// all their articles out.
struct ResolveKeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve-keys",
        abstract: "Resolve summaries written by 'keys' into one graph.",
        discussion: """
            Reads summaries written by 'newsgraph keys' (several are combined as 'keys --combine' \
            would), resolves the entities across all their articles, and writes the same files, \
            byte for byte, that 'newsgraph build' writes for the same articles with the same \
            --lexicon files, --decisions files, --format, --name, --engine, --graphml-flavor and \
            --max-nodes. A summary holds no article's own record, so --per-document is not taken: \
            'merge' writes per-article graphs.

            Nothing is written if any file or line cannot be read: each problem is one line on \
            standard error, naming the file and line.

            Example: newsgraph resolve-keys all.keys --out graphs/ --format svg,json --name articles
            """
    )

    @Argument(help: "Summary files written by 'newsgraph keys', or - for standard input.")
    var files: [String]

    @OptionGroup var output: GraphFileOptions

    @Option(help: "Base name of the graph's files.")
    var name = "graph"

    @Option(help: "A lexicon file of your own, as given to 'extract'; repeatable.")
    var lexicon: [String] = []

    @OptionGroup var decisions: DecisionOptions

    func validate() throws {
        try OptionChecks.fileName(name, option: "--name")
        try OptionChecks.inputFiles(lexicon, what: "lexicon")
        if output.perDocument { throw ValidationError("--per-document needs the records: use 'newsgraph merge'") }
    }

    func run() throws {
        let decided = try decisions.given()
        // The formats are checked first; the output folder is made only once the graph is.
        _ = try output.checkedFormats()
        let (summary, failures) = RecordInputs.combine(files)
        failures.map(\.description).forEach(Report.error)
        guard failures.isEmpty else { throw CommandFailure.reported }
        guard summary.documentCount > 0 else {
            Report.error("no articles to resolve in \(files.joined(separator: ", "))")
            throw CommandFailure.reported
        }
        let merger = try RecordMerger(options: NewsGraph.Options(lexiconFiles: lexicon, decisions: decided))
        let graph = try merger.graph(of: consume summary)
        try output.files().write(graph, as: name)
    }
}
