import ArgumentParser
import NewsGraphExport
import NewsGraphGraphviz

/// The options of `build` and `merge` that say which files to write and how, shared so the two
/// commands take the same options and write the same bytes.
struct GraphFileOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Folder to write the graph files into (created if missing).")
    var out: String

    @Option(name: .shortAndLong, help: "Formats to write, comma-separated: svg, dot, graphml, json, gexf, cyjs (cyjs also writes <name>.style.json).")
    var format: String = "svg,json"

    @Flag(help: "Also write one graph per article, named by the article's id.")
    var perDocument = false

    @Option(help: "Layout engine for SVG: automatic (by graph size and shape), dot, neato or sfdp.")
    var engine: LayoutEngine = .automatic

    @Option(help: "GraphML flavour: plain, or yed (adds yEd's shapes, colours and labels from the style sheet).")
    var graphmlFlavor: GraphMLEncoder.Flavor = .plain

    @Option(
        parsing: .unconditional,
        help: """
            Most entities a diagram (SVG, DOT) shows: those with the most evidence in their relations, \
            the rest named in its caption. The default is the most that dot lays out \
            readably; other formats keep every entity.
            """)
    var maxNodes: Int = LayoutEngine.dotNodeLimit

    @Flag(help: "Also draw entities with no relation (by default a diagram's caption lists them as also mentioned).")
    var includeIsolated = false

    func validate() throws {
        if maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1, not \(maxNodes)") }
    }

    /// Checks the formats without touching the output folder; returns nil (no writer yet).
    func checkedFormats() throws -> GraphFiles? {
        _ = try Formats.parse(format)
        return nil
    }

    /// The writer these options describe; throws when the formats or the folder are bad.
    func files() throws -> GraphFiles {
        GraphFiles(
            folder: try OutputFolder(out), formats: try Formats.parse(format),
            options: Formats.Options(engine: engine, graphMLFlavor: graphmlFlavor), maxNodes: maxNodes,
            drawsUnrelated: includeIsolated)
    }
}
