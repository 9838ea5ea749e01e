import ArgumentParser
import Foundation
import NewsGraphCore
import NewsGraphExtraction

/// `newsgraph build`: articles in, graph files out.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Read articles and write their graph.",
        discussion: """
            Reads every article (a .txt file, a folder of them, or - for standard input), finds the \
            entities and relations in each, resolves them across articles, and writes one merged \
            graph, named after the input folder unless --name says otherwise. With --per-document \
            it also writes one graph per article, named by the article's id (its file name).

            An analyst's decisions (merge, keep apart, retype, relabel, drop) are read from \
            decisions.tsv beside the articles, or from --decisions FILE, and applied at every build.

            Example: newsgraph build seeds/ --out Graphs/ --format svg,dot,graphml,json --per-document
            """
    )

    @Argument(help: "Article files, folders of .txt articles (subfolders included), or - for standard input.")
    var inputs: [String]

    @OptionGroup var output: GraphFileOptions

    @Option(help: "Base name of the merged graph's files (default: the input folder's name, or 'graph').")
    var name: String?

    @Option(help: "A lexicon file of your own (type, name, aliases, attributes per line); repeatable.")
    var lexicon: [String] = []

    @Option(help: "A relation pattern file of your own (the relations.patterns format); repeatable.")
    var patterns: [String] = []

    @Option(parsing: .unconditional, help: "Articles extracted at once (default: the number of cores).")
    var jobs: Int?

    @OptionGroup var decisions: DecisionOptions

    func validate() throws {
        try OptionChecks.jobs(jobs)
        try OptionChecks.fileName(name, option: "--name")
        try OptionChecks.inputFiles(lexicon, what: "lexicon")
        try OptionChecks.inputFiles(patterns, what: "pattern file")
    }

    func run() throws {
        // Read first: a bad decisions file stops the build before any work or any file.
        let decided = try decisions.forBuild(inputs: inputs)
        // The output folder is checked (and made) before the articles are read, unless
        // decisions can still be refused: then only once they are applied, so a refused
        // decision leaves nothing behind, not even a folder.
        let early: GraphFiles? = decided.isEmpty ? try output.files() : try output.checkedFormats()
        var (summary, records, failures, merger) = try extract(decisions: decided)
        // The merged graph first: a decision that names nothing, or contradicts another, fails
        // here, before anything is written. The graph takes the summary's place in memory.
        let graph = try merger.graph(of: consume summary)
        let files = try early ?? output.files()
        if output.perDocument {
            for record in records { try files.write(merger.graph(ofDocument: record), as: record.document.id) }
        }
        // The records hold as much memory as the graph; the exports need only the graph.
        records = []
        try files.write(graph, as: mergedName)
        if !failures.isEmpty { throw CommandFailure.partial }
    }

    /// The articles' summary, every article's record when each article's graph is asked for
    /// (else none: each is folded into the summary and let go), and what joins them; the
    /// articles and the extraction's models are let go when this returns.
    private func extract(decisions: Decisions) throws -> (
        summary: CorpusSummary, records: [DocumentExtraction], failures: [String], merger: RecordMerger
    ) {
        var (articles, failures) = try ArticleInputs.read(inputs)
        let pipeline = try NewsGraph(
            options: NewsGraph.Options(lexiconFiles: lexicon, patternFiles: patterns, decisions: decisions, jobs: jobs))
        if output.perDocument {
            // Each article's graph is named by its id, the file name: it must be one safe file name.
            try ArticleInputs.keepNameable(&articles, failures: &failures)
        }
        guard output.perDocument else {
            return (try pipeline.summarize(articles, diagnostics: Report.diagnostic), [], failures, pipeline.merger)
        }
        let records = pipeline.extract(articles, diagnostics: Report.diagnostic)
        return (try CorpusSummary(records), records, failures, pipeline.merger)
    }

    /// The merged graph's base name.
    var mergedName: String {
        if let name { return name }
        if inputs.count == 1, inputs[0] != "-" {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: inputs[0], isDirectory: &isFolder), isFolder.boolValue {
                // A folder named so that no file can bear its name ("/", ".hidden") gives the default.
                let folder = URL(fileURLWithPath: inputs[0]).standardizedFileURL.lastPathComponent
                return FileName.problem(folder) == nil ? folder : "graph"
            }
        }
        return "graph"
    }
}
