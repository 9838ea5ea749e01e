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
            counts and sources, and the evidence for every relation. --view stories adds \
            an overview of the stories, a table of them and each story's diagram.

            Example:
              newsgraph brief Graphs/seeds.json --view full --view actors -o brief.html
              newsgraph brief voa.json --view stories --max-stories 8 -o voa.brief.html
            """
    )

    @Argument(help: "A graph in newsgraph's JSON form.")
    var graph: String

    @Option(name: [.customShort("o"), .customLong("output")], help: "The HTML file to write.")
    var output: String

    @Option(help: """
        A view to draw, in order; repeatable: full, actors, policies, meetings, stories (an overview, \
        a table of the stories and a diagram of each), ego:NAME or story:ID (default: full).
        """)
    var view: [String] = []

    @Option(parsing: .unconditional, help: "With --view ego:NAME, how many steps from NAME to include.")
    var depth: Int = 1

    @Option(parsing: .unconditional, help: "Keep at most N entities in each diagram, the most connected; the caption names the rest.")
    var maxNodes: Int?

    @Option(help: "With --view stories, the N heaviest stories: the overview's boxes, the table and the diagrams.")
    var maxStories: Int = ViewOptions.defaultMaxStories

    @Flag(help: "Also draw entities with no relation in a view (by default the caption lists them as also mentioned).")
    var includeIsolated = false

    @Option(help: "The page's heading (default: 'News graph brief: ' and the graph file's name).")
    var title: String?

    @Option(help: "Layout engine for the diagrams: automatic (by graph size and shape), dot, neato or sfdp.")
    var engine: LayoutEngine = .automatic

    func run() throws {
        let loaded = try GraphFile.read(graph)
        let name = URL(fileURLWithPath: graph).deletingPathExtension().lastPathComponent
        let selections = try (view.isEmpty ? ["full"] : view).flatMap { text throws(GraphError) -> [GraphSelection] in
            let selection = try ViewOptions.select(
                loaded, view: text, depth: depth, maxNodes: maxNodes, maxStories: maxStories,
                includeIsolated: includeIsolated)
            guard selection.view == .stories else { return [selection] }
            // The overview, then each story it shows, which its table links to.
            return try [selection]
                + selection.graph.stories.map { story throws(GraphError) in
                    try loaded.selecting(
                        .story(story.id), maxNodes: maxNodes ?? LayoutEngine.dotNodeLimit, drawsUnrelated: includeIsolated)
                }
        }
        let options = DiagramOptions(engine: engine, graphName: name)
        let brief = try BriefPage.render(loaded, views: selections, title: title ?? "News graph brief: \(name)", options: options)
        brief.diagnostics.forEach { Report.note("\($0)") }
        try OutputFolder.writeFile(Data(brief.html.utf8), to: output)
    }
}
