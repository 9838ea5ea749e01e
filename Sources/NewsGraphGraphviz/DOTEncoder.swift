import NewsGraphCore
import NewsGraphExport

/// Writes a graph as Graphviz DOT, styled and captioned like the SVG, for users who want to
/// edit the drawing or lay it out with other Graphviz tools.
public struct DOTEncoder: GraphEncoder {
    public static let identifier = "dot"

    public var options: DiagramOptions
    /// Receives Graphviz's warnings and skipped elements, which `encode` cannot return.
    public var onDiagnostic: (@Sendable (Diagnostic) -> Void)?

    public init(options: DiagramOptions = DiagramOptions(), onDiagnostic: (@Sendable (Diagnostic) -> Void)? = nil) {
        self.options = options
        self.onDiagnostic = onDiagnostic
    }

    /// - Throws: ``RenderingError``.
    public func encode(_ graph: EntityGraph) throws -> String {
        let diagram = try GraphvizRenderer.render(graph, as: .dot, options: options)
        diagram.diagnostics.forEach { onDiagnostic?($0) }
        return diagram.text
    }
}
