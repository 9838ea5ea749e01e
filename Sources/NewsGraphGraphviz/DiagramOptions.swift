import NewsGraphExport

/// How a graph is drawn: the layout engine, the title, the style sheet and the graph's name.
public struct DiagramOptions: Sendable, Hashable {
    /// Which layout engine to use; `automatic` picks one by the graph's size.
    public var engine: LayoutEngine
    /// The heading of the drawing; `nil` names the source articles instead.
    public var title: String?
    /// Shapes and colours per entity and relation type.
    public var styleSheet: StyleSheet
    /// The graph's name in DOT and in the SVG `<title>`; it is slugged (`Slug.make`), and
    /// `nil` gives "newsgraph". Graphviz would otherwise call the graph `%3`.
    public var graphName: String?
    /// Whether the caption lists the entity and relation types present, with their styles.
    public var showsLegend: Bool

    public init(
        engine: LayoutEngine = .automatic, title: String? = nil, styleSheet: StyleSheet = .standard,
        graphName: String? = nil, showsLegend: Bool = true
    ) {
        self.engine = engine
        self.title = title
        self.styleSheet = styleSheet
        self.graphName = graphName
        self.showsLegend = showsLegend
    }
}
