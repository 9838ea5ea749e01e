import ArgumentParser
import Foundation
import NewsGraphCore
import NewsGraphExport
import NewsGraphGraphviz

/// `newsgraph compare`: where the articles of one saved graph disagree.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Say where the articles of a saved JSON graph disagree.",
        discussion: """
            Reports names one entity is written under in different articles (merged spelling \
            variants, and spellings kept apart that may be one); claims only some articles make \
            (a relation one article states while other articles that name both its ends do not, \
            and a person or body only one of the articles covering a story names); a measure's \
            status that differs between articles; and numbers (rates, sums, counts, durations) \
            and dates articles give one meeting or measure differently. Most sources and links \
            first, each with its articles and sentences. Writes Markdown \
            (or --format json) to standard output or -o.

            Example: newsgraph compare Graphs/seeds.json -o seeds.compare.md
            """
    )

    @Argument(help: "A graph in newsgraph's JSON form, built from several articles.")
    var graph: String

    @Option(help: "markdown or json.")
    var format: DiffCommand.Format = .markdown

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write the report to this file instead of standard output.")
    var output: String?

    func run() throws {
        let loaded = try GraphFile.read(graph)
        let comparison = SourceComparison(loaded)
        let report: Data
        switch format {
        case .markdown:
            let name = URL(fileURLWithPath: graph).lastPathComponent
            report = Data(ComparisonReport.markdown(comparison, graph: loaded, name: name).utf8)
        case .json: report = try ReportJSON.encode(comparison)
        }
        try OutputFolder.writeReport(report, to: output)
    }
}
