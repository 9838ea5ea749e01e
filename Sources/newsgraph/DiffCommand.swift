import ArgumentParser
import Foundation
import NewsGraphCore
import NewsGraphGraphviz

/// `newsgraph diff`: what changed between two saved graphs (yesterday's briefing and today's).
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Say what changed between two saved JSON graphs.",
        discussion: """
            Compares OLD with NEW: articles, entities and relations added and removed, entities \
            whose aliases, role or status changed, relations whose evidence now comes from other \
            articles, merges that appeared or went. Entities are matched by id, and by label or \
            alias where an id moved. Writes Markdown (or --format json) to standard output or -o; \
            --svg FILE also draws the new graph with the additions marked and the removals shown \
            faintly. Both files are read whole first: nothing is written if either is not a graph.

            Example: newsgraph diff yesterday/seeds.json Graphs/seeds.json -o changes.md --svg changes.svg
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

    @Argument(help: "The older graph, in newsgraph's JSON form.")
    var old: String

    @Argument(help: "The newer graph, in newsgraph's JSON form.")
    var new: String

    @Option(help: "markdown or json.")
    var format: Format = .markdown

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Also draw the new graph with the changes marked, as SVG, to this file.")
    var svg: String?

    @Option(help: "Layout engine for --svg: automatic (by graph size and shape), dot, neato or sfdp.")
    var engine: LayoutEngine = .automatic

    func run() throws {
        let before = try GraphFile.read(old)
        let after = try GraphFile.read(new)
        let diff = GraphDiff(old: before, new: after)
        // The paths as given: two files of one name (yesterday's and today's) stay apart.
        let oldName = old
        let newName = new
        let report: Data
        switch format {
        case .markdown: report = Data(DiffReport.markdown(diff, old: oldName, new: newName).utf8)
        case .json: report = try ReportJSON.encode(diff)
        }
        // The drawing is made before anything is written: one that fails leaves no report.
        var drawing: Data?
        if svg != nil {
            let options = DiagramOptions(
                engine: engine, title: "Changes from \(oldName) to \(newName)",
                graphName: URL(fileURLWithPath: new).deletingPathExtension().lastPathComponent + "-changes")
            let diagram = try ChangeDiagram.svg(diff, old: before, new: after, options: options)
            diagram.diagnostics.forEach { Report.note("\($0)") }
            drawing = Data(diagram.text.utf8)
        }
        if let svg, let drawing { try OutputFolder.writeFile(drawing, to: svg) }
        try OutputFolder.writeReport(report, to: output)
    }
}
