import NewsGraphCore

/// Writes the graph as Cytoscape.js elements JSON (`.cyjs`), which Cytoscape.js loads as its
/// `elements` and Cytoscape desktop imports as a network, and writes the style sheet as a
/// Cytoscape.js stylesheet to go beside it.
///
/// The two are apart because that is how both tools take them: a network and a style are
/// loaded separately, and one style serves every graph. The elements file is
/// `{"elements": {"nodes": [...], "edges": [...]}}` plus Cytoscape's `format_version`,
/// `generated_by`, `target_cytoscapejs_version` and network `data` (its `name`). Each element
/// is `{"data": {...}, "classes": type}`:
/// - `data.id`, and for an edge `data.source` and `data.target`;
/// - the columns of the GraphML and GEXF exports (`GraphColumns`) with JSON's own types:
///   `label`, `type`, `mention_count`, `source_count`, `sources` and `aliases` (lists),
///   `evidence` (a list, one `document: sentence` each), `weight`, then the graph's own
///   attributes (role, kind, status, ...);
/// - `classes`: the node or relation type, which the stylesheet's selectors match.
///
/// The bytes are canonical, as the JSON export's are: keys sorted by code point, two-space
/// indentation, a trailing newline, elements in the canonical graph's order.
public struct CytoscapeEncoder: GraphEncoder {
    /// `cyjs`: the `--format` name and the elements file's extension.
    public static let identifier = "cyjs"
    /// The stylesheet's extension: `seeds.style.json` beside `seeds.cyjs`.
    public static let styleExtension = "style.json"

    /// Where the stylesheet takes its colours, shapes and line styles.
    public var styleSheet: StyleSheet
    /// The network's name in Cytoscape (`data.name`), usually the file's base name.
    public var name: String?

    /// Without a name the network is called "newsgraph"; the CLI passes the file's base name.
    public init(styleSheet: StyleSheet = .standard, name: String? = nil) {
        self.styleSheet = styleSheet
        self.name = name
    }

    /// The elements file.
    ///
    /// - Throws: `ExportError.cannotEncode` when an edge ends at a node the graph does not hold.
    /// - Complexity: O(n log n) in the size of the graph.
    public func encode(_ graph: EntityGraph) throws -> String {
        let table = try GraphColumns(graph.canonicalized(), format: Self.identifier)
        func elements(_ rows: some Collection<GraphColumns.Row>, _ domain: GraphColumns.Domain) -> CanonicalJSON {
            let columns = Dictionary(uniqueKeysWithValues: table.columns(domain).map { ($0.name, $0) })
            return .array(
                rows.map { row in
                    var data: [String: CanonicalJSON] = [:]
                    for (name, value) in row.values { data[name] = Self.json(value, in: columns[name]!) }
                    data["id"] = .string(row.id)
                    if let (source, target) = row.endpoints {
                        data["source"] = .string(source)
                        data["target"] = .string(target)
                    }
                    return .object(["data": .object(data), "classes": .string(row.values["type"]?.text ?? "")])
                })
        }
        let document: CanonicalJSON = .object([
            "format_version": .string("1.0"),
            "generated_by": .string("newsgraph"),
            "target_cytoscapejs_version": .string("~3"),
            "data": .object(["name": .string(name ?? "newsgraph")]),
            "elements": .object(["nodes": elements(table.nodes, .node), "edges": elements(table.edges, .edge)]),
        ])
        return document.text
    }

    /// The Cytoscape.js stylesheet: an array of `{"selector", "style"}`, one rule for all
    /// nodes and all edges (labels, arrows, size by sources), then one per node type
    /// (`node.person`: fill, border, shape) and one per relation type (`edge.attends`: line
    /// colour and style, arrow colour), in the graph contract's order.
    ///
    /// - Throws: `ExportError.cannotEncode` when a style sheet colour is not `#RRGGBB`.
    public func encodeStyle() throws -> String {
        try CytoscapeStylesheet(styleSheet).json.text
    }

    /// A value as JSON of its column's type: lists stay lists, integers in a `double` column
    /// (`weight`) become doubles, and a value in a column of mixed kinds becomes its text, so
    /// Cytoscape desktop finds one type per column.
    static func json(_ value: AttributeValue, in column: GraphColumns.Column) -> CanonicalJSON {
        switch (value, column.type) {
        case (.strings(let items), .strings): .array(items.map(CanonicalJSON.string))
        case (.int(let number), .int), (.int(let number), .long): .int(number)
        case (.int(let number), .double): .double(Double(number))
        case (.bool(let flag), .boolean): .bool(flag)
        default: .string(GraphColumns.text(value, in: column))
        }
    }
}
