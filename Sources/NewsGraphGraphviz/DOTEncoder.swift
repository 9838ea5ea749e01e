import NewsGraphCore

/// Writes a graph as Graphviz DOT, styled and captioned like the SVG, for users who want to
/// edit the drawing or lay it out with other Graphviz tools.
public struct DOTEncoder: DiagramEncoder {
    public static let identifier = "dot"
    public static let format = DiagramFormat.dot

    public var options: DiagramOptions
    public var onDiagnostic: (@Sendable (Diagnostic) -> Void)?

    public init(options: DiagramOptions = DiagramOptions(), onDiagnostic: (@Sendable (Diagnostic) -> Void)? = nil) {
        self.options = options
        self.onDiagnostic = onDiagnostic
    }
}
