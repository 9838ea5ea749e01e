import NewsGraphCore

/// Draws an ``EntityGraph`` with Graphviz's C libraries, in-process: DOT written by cgraph,
/// SVG laid out by `dot`, `neato` or `sfdp`.
///
/// Output is deterministic: the graph is canonicalised, the force-directed layouts are
/// seeded, and text is measured with Graphviz's built-in font metrics rather than the
/// installed fonts, so the same graph gives the same bytes run after run and machine after
/// machine (with the same Graphviz version). Calls may come from any thread; they are
/// serialised, because Graphviz is not thread-safe.
public enum GraphvizRenderer {
    /// Renders `graph` as DOT or SVG.
    ///
    /// - Parameters:
    ///   - graph: the graph; it is canonicalised first.
    ///   - format: DOT (not laid out) or SVG.
    ///   - options: engine, title, style sheet and graph name.
    /// - Returns: the text, the engine used and Graphviz's warnings.
    /// - Throws: ``RenderingError`` for a bad style sheet or when Graphviz fails or reports an
    ///   error.
    /// - Complexity: `dot` is fast on small graphs but can take minutes on tangled graphs of a
    ///   few hundred nodes, which is why ``LayoutEngine/automatic`` switches to `sfdp` above
    ///   ``LayoutEngine/dotNodeLimit`` nodes or ``LayoutEngine/dotEdgeLimit`` edges.
    public static func render(
        _ graph: EntityGraph, as format: DiagramFormat, options: DiagramOptions = DiagramOptions()
    ) throws(RenderingError) -> Diagram {
        try render(GraphSelection(full: graph), as: format, options: options)
    }

    /// Renders the part of a graph a view selected (``EntityGraph/selecting(_:depth:maxNodes:)``)
    /// as DOT or SVG, with a caption that says what the view shows and what it left out.
    ///
    /// In SVG, every node's and edge's `<title>` is its tooltip (evidence sentences and sources)
    /// and the caption is the `<desc>`.
    ///
    /// - Throws: ``RenderingError`` for a bad style sheet or when Graphviz fails or reports an
    ///   error.
    public static func render(
        _ selection: GraphSelection, as format: DiagramFormat, options: DiagramOptions = DiagramOptions()
    ) throws(RenderingError) -> Diagram {
        let (model, caption, skipped) = try DiagramModel.make(from: selection, options: options)
        let output = try GraphvizSession.render(model, as: format)
        var diagnostics = skipped
        if case .fonts(let reason)? = output.textMetrics {
            diagnostics.append(
                Diagnostic(
                    id: "graphviz.font-dependent-layout", severity: .warning,
                    message: "text is measured with the installed fonts, so the layout may differ on other machines (\(reason))"))
        }
        diagnostics += output.warnings.map {
            Diagnostic(id: "graphviz.warning", severity: .warning, message: "Graphviz: \($0)")
        }
        let text =
            format == .svg
            ? SVGAnnotator.annotate(output.text, titles: model.tooltips, description: caption.plainText) : output.text
        return Diagram(text: text, format: format, engine: model.engine, caption: caption, diagnostics: diagnostics)
    }

    /// The graph as DOT, written by Graphviz and not laid out; its `layout` attribute names the
    /// engine the SVG would use, so `dot -Tsvg` on the file draws the same picture.
    public static func dot(_ graph: EntityGraph, options: DiagramOptions = DiagramOptions()) throws(RenderingError) -> String {
        try render(graph, as: .dot, options: options).text
    }

    /// `dot` read back by cgraph, from memory and as the `dot` program reads a file: the node
    /// names with their labels, and the number of edges. For checking that DOT this module wrote
    /// (or any DOT) is DOT Graphviz accepts; `make fuzz` asserts it of every diagram.
    ///
    /// - Throws: ``RenderingError/renderFailed(format:messages:)`` when cgraph cannot read it.
    public static func readBack(dot: String) throws(RenderingError) -> (labels: [String: String], edgeCount: Int) {
        let parsed = try GraphvizSession.parseDOT(dot)
        return (parsed.nodes, parsed.edgeCount)
    }

    /// The graph laid out and drawn as SVG, with the engine that laid it out.
    public static func svg(
        _ graph: EntityGraph, options: DiagramOptions = DiagramOptions()
    ) throws(RenderingError) -> (svg: String, engine: LayoutEngine) {
        let diagram = try render(graph, as: .svg, options: options)
        return (diagram.text, diagram.engine)
    }
}
