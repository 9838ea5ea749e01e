import NewsGraphCore

/// Writes the graph as GraphML, the XML graph format that networkx, igraph, Gephi, Cytoscape
/// and yEd read, so a reader can analyse or lay out the graph with their own tools.
///
/// Every value is a `<data>` element under a typed `<key>` (`attr.name`, `attr.type`), so
/// readers get integers and booleans back as such:
/// - nodes: `type`, `label`, `aliases` (`; `-joined), `mention_count`, `source_count`,
///   `sources` (the document ids, `; `-joined), then one key per attribute name in the graph;
/// - edges: `type`, `label` (the relation's phrase, "member of"), `source_count`, `weight`
///   (the same count as a double, under the name Gephi and networkx read as edge weight),
///   `evidence` (one line per sentence, `document: sentence`), then one key per attribute name.
///
/// An attribute is typed `int` (or `long`), `boolean` or, when its values are of mixed kinds
/// or lists, `string`. A graph attribute whose name a derived column already uses, or a name
/// some reader reserves (`id`; `parent` on nodes; `source`, `target` on edges), is written as
/// `attributes.<name>`, as in the GEXF and Cytoscape exports, which share these columns.
/// Key ids are `n_<name>` and `e_<name>`, declared in sorted order; node and edge ids are the
/// graph's own.
///
/// Text is escaped for XML 1.0 (never CDATA) and characters XML 1.0 cannot carry (control
/// characters other than tab, newline and carriage return) are dropped, so any label gives a
/// well-formed file. The plain flavour validates against the GraphML 1.0 schema; the yEd
/// flavour adds yFiles markup inside `<data>` and the unprefixed `yfiles.type` attribute on
/// two keys, which is how yEd writes its own files.
public struct GraphMLEncoder: GraphEncoder {
    /// `graphml`: the `--format` name and the file extension.
    public static let identifier = "graphml"

    /// What the file carries beyond the graph's data.
    public enum Flavor: String, CaseIterable, Sendable {
        /// The graph's data only, which every reader understands.
        case plain
        /// Also yEd's graphics (`y:ShapeNode`, `y:PolyLineEdge`) from the style sheet, so
        /// yEd opens the graph with each type's fill, border and shape and each relation's
        /// line style and colour. Other readers skip the graphics and read the same data.
        case yed
    }

    /// Plain unless the file is meant for yEd.
    public var flavor: Flavor
    /// Where the yEd flavour takes its colours and shapes; the plain flavour ignores it.
    public var styleSheet: StyleSheet

    /// The defaults give the plain GraphML every reader understands; the style sheet matters
    /// only to the yEd flavour.
    public init(flavor: Flavor = .plain, styleSheet: StyleSheet = .standard) {
        self.flavor = flavor
        self.styleSheet = styleSheet
    }

    /// - Throws: `ExportError.cannotEncode` when a node id, edge id or attribute name is not
    ///   an XML name token, an edge ends at a node the graph does not hold, or (yEd) a style
    ///   sheet colour is not `#RRGGBB`.
    /// - Complexity: O(n log n) in the size of the graph.
    public func encode(_ graph: EntityGraph) throws -> String {
        try joinedUTF8(graph)
    }

    /// The same text as UTF-8, written without an intermediate String.
    public func encode(_ graph: EntityGraph, to write: (UnsafeRawBufferPointer) throws -> Void) throws {
        let graph = graph.canonicalized()
        var document = try GraphMLDocument(graph)
        if flavor == .yed {
            let graphics = try YEdGraphics(graph, styleSheet: styleSheet)
            document.addYFilesGraphics(node: { graphics.nodes[$0]! }, edge: { graphics.edges[$0]! })
        }
        try document.write(to: write)
    }
}
