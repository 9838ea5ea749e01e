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

    func validate() throws {
        try OptionChecks.jobs(jobs)
        try OptionChecks.fileName(name, option: "--name")
        try OptionChecks.inputFiles(lexicon, what: "lexicon")
        try OptionChecks.inputFiles(patterns, what: "pattern file")
    }

    func run() throws {
        let files: GraphFiles
        do { files = try output.files() } catch {
            Report.error(error)
            throw ExitCode.failure
        }
        var (records, failures, lexicon) = try extract()
        let resolver = CorpusResolver(lexicon: lexicon)
        do {
            if output.perDocument {
                for record in records { try files.write(resolver.resolve([record]), as: record.document.id) }
            }
            let graph = resolver.resolve(records)
            // The records hold as much memory as the graph; the exports need only the graph.
            records = []
            try files.write(graph, as: mergedName)
        } catch {
            Report.error(error)
            throw ExitCode.failure
        }
        if !failures.isEmpty { throw ExitCode.failure }
    }

    /// Every article's record; the articles themselves are let go when this returns.
    private func extract() throws -> (records: [DocumentExtraction], failures: [String], lexicon: Lexicon) {
        var (articles, failures, extractor) = try ArticleInputs.prepare(inputs, lexicon: lexicon, patterns: patterns)
        if output.perDocument {
            // Each article's graph is named by its id, the file name: it must be one safe file name.
            let (named, unnamed) = ArticleInputs.nameable(articles)
            unnamed.forEach(Report.error)
            failures += unnamed
            articles = named
            guard !articles.isEmpty else { throw ExitCode.failure }
        }
        let records = Parallel.extract(articles, extractor: extractor, jobs: jobs)
        ArticleInputs.warnAboutEmpty(records)
        return (records, failures, extractor.lexicon)
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
