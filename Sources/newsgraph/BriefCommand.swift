import ArgumentParser
import Foundation
import NewsGraphCore
import NewsGraphGraphviz

/// `newsgraph brief`: one self-contained HTML page about a saved graph.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Write a self-contained HTML brief of a saved JSON graph.",
        discussion: """
            One HTML page with no external requests (no script, no fonts or \
            images by URL): the diagram of each view inline with its caption, \
            the numbered sources, a table of the entities with their mention \
            counts and sources, and the evidence for every relation.

            Example:
              newsgraph brief Graphs/seeds.json --view full --view actors -o brief.html
            """
    )

    @Argument(help: "A graph in newsgraph's JSON form.")
    var graph: String

    @Option(name: [.customShort("o"), .customLong("output")], help: "The HTML file to write.")
    var output: String

    @Option(help: "A view to draw, in order; repeatable: full, actors, policies, meetings or ego:NAME (default: full).")
    var view: [String] = []

    @Option(parsing: .unconditional, help: "With --view ego:NAME, how many steps from NAME to include.")
    var depth: Int = 1

    @Option(
        parsing: .unconditional, help: "Keep at most N entities in each diagram, the most important; the caption names the rest.")
    var maxNodes: Int?

    @Option(help: "The page's heading (default: 'News graph brief: ' and the graph file's name).")
    var title: String?

    @Option(help: "Layout engine for the diagrams: automatic (by graph size and shape), dot, neato or sfdp.")
    var engine: LayoutEngine = .automatic

    func run() throws {
        do {
            let loaded = try GraphFile.read(graph)
            let name = URL(fileURLWithPath: graph).deletingPathExtension().lastPathComponent
            let selections = try (view.isEmpty ? ["full"] : view).map { text throws(GraphError) in
                try ViewOptions.select(loaded, view: text, depth: depth, maxNodes: maxNodes)
            }
            let options = DiagramOptions(engine: engine, graphName: name)
            let brief = try BriefPage.render(loaded, views: selections, title: title ?? "News graph brief: \(name)", options: options)
            brief.diagnostics.forEach { Report.note("\($0)") }
            let url = URL(fileURLWithPath: output)
            _ = try OutputFolder(url.deletingLastPathComponent().path)
            try OutputFolder.writeAtomically(Data(brief.html.utf8), to: url)
        } catch {
            Report.error(error)
            throw ExitCode.failure
        }
    }
}
