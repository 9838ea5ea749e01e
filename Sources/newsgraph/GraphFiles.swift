import NewsGraphCore
import NewsGraphExport
import NewsGraphExtraction
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
    /// Whether a diagram draws entities with no relation too, rather than naming them in its
    /// caption (`--include-isolated`).
    let drawsUnrelated: Bool

    /// Writes `<name>.<format>` for each format, and `<name>.caption.md` beside an SVG, with
    /// the graph's stories grouped (every format carries them).
    func write(_ resolved: EntityGraph, as name: String) throws {
        let graph = resolved.groupingStories()
        var named = options
        named.graphName = name
        // A diagram of thousands of entities helps nobody and takes minutes to lay out, and an
        // entity with no relation says nothing in a drawing. The selection ranks every entity,
        // so it is made only when a diagram is asked for.
        var drawn: GraphSelection?
        func diagram() throws -> GraphSelection {
            if let drawn { return drawn }
            let selection = try graph.selecting(.full, maxNodes: maxNodes, drawsUnrelated: drawsUnrelated)
            drawn = selection
            return selection
        }
        // The data formats of a corpus take seconds each and share nothing: encode and write
        // them on separate threads. Diagrams, which report notes as they are drawn, stay in order.
        let dataOptions = named
        let written = Parallel.map(formats.filter { DiagramFormat(rawValue: $0) == nil }, jobs: nil) { format in
            Result {
                try folder.write(to: "\(name).\(format)") { write in try Formats.encode(graph, as: format, options: dataOptions, to: write) }
            }
        }
        for result in written { try result.get() }
        for format in formats where DiagramFormat(rawValue: format) != nil {
            try folder.write(try DiagramFiles.encode(try diagram(), as: format, options: named), to: "\(name).\(format)")
            if format == "svg" { try folder.write(DiagramFiles.caption(try diagram(), options: named), to: "\(name).caption.md") }
        }
    }
}
