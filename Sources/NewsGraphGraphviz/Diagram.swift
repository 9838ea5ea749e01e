import NewsGraphCore

/// A rendered diagram and what a caller should know about how it was made.
public struct Diagram: Sendable, Hashable {
    /// The DOT or SVG text, ending with a newline.
    public var text: String
    public var format: DiagramFormat
    /// The engine that laid out the drawing (the one the DOT names, for DOT); never `automatic`.
    public var engine: LayoutEngine
    /// What the diagram shows, its numbered sources and its single-source entities: also in the
    /// SVG's `<desc>`.
    public var caption: DiagramCaption
    /// Warnings Graphviz printed while rendering (it recovers from many problems silently,
    /// such as an unknown colour) and elements this renderer skipped, such as an edge whose
    /// node is missing.
    public var diagnostics: [Diagnostic]

    public init(
        text: String, format: DiagramFormat, engine: LayoutEngine, caption: DiagramCaption, diagnostics: [Diagnostic] = []
    ) {
        self.text = text
        self.format = format
        self.engine = engine
        self.caption = caption
        self.diagnostics = diagnostics
    }
}
