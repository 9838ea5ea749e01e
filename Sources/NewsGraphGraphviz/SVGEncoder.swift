import NewsGraphCore

/// Draws a graph as SVG with Graphviz: the picture a reader opens in a browser.
public struct SVGEncoder: DiagramEncoder {
    public static let identifier = "svg"
    public static let format = DiagramFormat.svg

    public var options: DiagramOptions
    public var onDiagnostic: (@Sendable (Diagnostic) -> Void)?

    public init(options: DiagramOptions = DiagramOptions(), onDiagnostic: (@Sendable (Diagnostic) -> Void)? = nil) {
        self.options = options
        self.onDiagnostic = onDiagnostic
    }
}
