import NewsGraphCore
import NewsGraphExport

/// Draws a graph as SVG with Graphviz: the picture a reader opens in a browser.
public struct SVGEncoder: GraphEncoder {
    public static let identifier = "svg"

    public var options: DiagramOptions
    /// Receives Graphviz's warnings and skipped elements, which `encode` cannot return.
    public var onDiagnostic: (@Sendable (Diagnostic) -> Void)?

    public init(options: DiagramOptions = DiagramOptions(), onDiagnostic: (@Sendable (Diagnostic) -> Void)? = nil) {
        self.options = options
        self.onDiagnostic = onDiagnostic
    }

    /// - Throws: ``RenderingError``.
    public func encode(_ graph: EntityGraph) throws -> String {
        let diagram = try GraphvizRenderer.render(graph, as: .svg, options: options)
        diagram.diagnostics.forEach { onDiagnostic?($0) }
        return diagram.text
    }
}
