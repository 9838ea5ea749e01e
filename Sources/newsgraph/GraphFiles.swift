import NewsGraphCore
import NewsGraphExport
import NewsGraphGraphviz

/// Writes a graph in every requested format, the way `build` and `merge` both do, so the two
/// give the same files for the same articles.
struct GraphFiles {
    let folder: OutputFolder
    /// File extensions, as `Formats.parse` gives them.
    let formats: [String]
    let options: Formats.Options
    /// Most entities a diagram (SVG, DOT) shows; the other formats keep every entity.
    let maxNodes: Int

    /// Writes `<name>.<format>` for each format, and `<name>.caption.md` beside an SVG.
    func write(_ graph: EntityGraph, as name: String) throws {
        var named = options
        named.graphName = name
        // A diagram of thousands of entities helps nobody and takes minutes to lay out. The
        // selection ranks every entity, so it is made only when a diagram is asked for.
        var drawn: GraphSelection?
        func diagram() throws -> GraphSelection {
            if let drawn { return drawn }
            let selection = graph.nodes.count > maxNodes ? try graph.selecting(.full, maxNodes: maxNodes) : GraphSelection(full: graph)
            drawn = selection
            return selection
        }
        for format in formats {
            let text = DiagramFormat(rawValue: format) != nil
                ? try DiagramFiles.encode(try diagram(), as: format, options: named) : try Formats.encode(graph, as: format, options: named)
            try folder.write(text, to: "\(name).\(format)")
            if format == "svg" { try folder.write(DiagramFiles.caption(try diagram(), options: named), to: "\(name).caption.md") }
        }
    }
}
