import NewsGraphCore

/// Writes the graph as GraphML, the XML graph format that networkx, igraph, Gephi, Cytoscape
/// and yEd read, so a reader can analyse or lay out the graph with their own tools.
///
/// Every value is a `<data>` element under a typed `<key>` (`attr.name`, `attr.type`), so
/// readers get integers and booleans back as such:
/// - nodes: `type`, `label`, `aliases` (`; `-joined), `mention_count`, `source_count`,
///   `sources` (the document ids, `; `-joined), then one key per attribute name in the graph;
/// - edges: `type`, `label` (the relation's phrase, "member of"), `source_count`, `evidence`
///   (one line per sentence, `document: sentence`), then one key per attribute name.
///
/// An attribute is typed `int` (or `long`), `boolean` or, when its values are of mixed kinds
/// or lists, `string`. A graph attribute whose name a derived column already uses, or `id`,
/// is written as `attributes.<name>`. Key ids are `n_<name>` and `e_<name>`, declared in
/// sorted order; node and edge ids are the graph's own.
///
/// Text is escaped for XML 1.0 (never CDATA) and characters XML 1.0 cannot carry (control
/// characters other than tab, newline and carriage return) are dropped, so any label gives a
/// well-formed file. The output validates against the GraphML 1.0 schema.
public struct GraphMLEncoder: GraphEncoder {
    /// `graphml`: the `--format` name and the file extension.
    public static let identifier = "graphml"

    /// Plain GraphML, which every reader understands. A flavour with presentation data for
    /// one tool (yEd's shapes and colours from the style sheet) would be an option here,
    /// adding its keys to the document before it is written.
    public init() {}

    /// - Throws: `ExportError.cannotEncode` when a node id, edge id or attribute name is not
    ///   an XML name token, or an edge ends at a node the graph does not hold.
    /// - Complexity: O(n log n) in the size of the graph.
    public func encode(_ graph: EntityGraph) throws -> String {
        try GraphMLDocument(graph.canonicalized()).xml
    }
}
