import NewsGraphCore
import NewsGraphExport

/// What the DOT and SVG encoders share: they draw with Graphviz in one format and hand its
/// warnings to a callback, since `encode` can only return text.
public protocol DiagramEncoder: GraphEncoder {
    static var format: DiagramFormat { get }
    var options: DiagramOptions { get }
    /// Receives Graphviz's warnings and skipped elements.
    var onDiagnostic: (@Sendable (Diagnostic) -> Void)? { get }
}

extension DiagramEncoder {
    /// - Throws: ``RenderingError``.
    public func encode(_ graph: EntityGraph) throws -> String {
        let diagram = try GraphvizRenderer.render(graph, as: Self.format, options: options)
        diagram.diagnostics.forEach { onDiagnostic?($0) }
        return diagram.text
    }
}
