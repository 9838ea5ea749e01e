import NewsGraphCore
import NewsGraphExport
import NewsGraphGraphviz

/// Writes views of a graph, with a caption beside every SVG (`x.svg` gets `x.caption.md`).
enum DiagramFiles {
    /// `selection` in `format`: SVG and DOT are drawn for the view (its caption says what it
    /// shows and what it left out); the other formats carry the selected nodes and edges.
    static func encode(_ selection: GraphSelection, as format: String, options: Formats.Options) throws -> String {
        guard let diagramFormat = DiagramFormat(rawValue: format) else {
            var text: [UInt8] = []
            try Formats.encode(selection.graph, as: format, options: options) { text.append(contentsOf: $0) }
            return String(decoding: text, as: UTF8.self)
        }
        let diagram = try GraphvizRenderer.render(selection, as: diagramFormat, options: diagramOptions(options))
        diagram.diagnostics.forEach { Report.note("\($0)") }
        return diagram.text
    }

    /// The Markdown caption of the SVG `encode` draws for `selection`.
    static func caption(_ selection: GraphSelection, options: Formats.Options) -> String {
        DiagramCaption(selection: selection, options: diagramOptions(options), engine: options.engine).markdown
    }

    /// `seeds.svg` → `seeds.caption.md`.
    static func captionName(forSVG name: String) -> String {
        (name.hasSuffix(".svg") ? String(name.dropLast(4)) : name) + ".caption.md"
    }

    static func diagramOptions(_ options: Formats.Options) -> DiagramOptions {
        DiagramOptions(engine: options.engine, styleSheet: options.styleSheet, graphName: options.graphName)
    }
}
