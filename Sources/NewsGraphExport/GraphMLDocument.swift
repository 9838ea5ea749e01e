import NewsGraphCore

/// A graph as GraphML sees it, before it becomes text: typed key declarations, and for each
/// node and edge its id and its data values by key.
///
/// The columns and values come from `GraphColumns`, which GEXF and Cytoscape share, so the
/// decisions (which columns exist, how they are typed, what each value reads as) stay apart
/// from the XML writing; the yEd flavour adds its graphics keys and markup here before the
/// document is written.
struct GraphMLDocument {
    /// A `<key>`: a typed column of data, or a yFiles graphics slot whose data is markup.
    struct Key {
        var id: String
        var domain: GraphColumns.Domain
        /// `attr.name` and `attr.type` of a data column; nil for a yFiles slot.
        var column: (name: String, type: String)?
        /// `yfiles.type` of a graphics slot ("nodegraphics"); nil for a data column.
        var yFilesType: String?
    }

    /// A `<node>` or an `<edge>`: its values by key id as text, and yFiles markup if any.
    struct Element {
        var id: String
        var endpoints: (source: String, target: String)?
        var data: [String: String]
        /// Already-escaped XML written inside `<data key="…graphics">`, for the yEd flavour.
        var graphics: String?
    }

    private(set) var keys: [Key]
    private(set) var nodes: [Element]
    private(set) var edges: [Element]
    /// The namespaces the root element declares beyond GraphML's own, by prefix.
    private var namespaces: [(prefix: String, uri: String)] = []

    /// The key ids of the yEd flavour's graphics slots: not of the `n_`/`e_` form, so no
    /// column can take them.
    static let nodeGraphicsKey = "y_nodegraphics"
    static let edgeGraphicsKey = "y_edgegraphics"

    /// - Throws: `ExportError.cannotEncode` for an id or attribute name that is not an XML
    ///   name token, or an edge whose endpoint is not a node: the schema rejects both, and
    ///   readers would silently invent a node for the second.
    init(_ graph: EntityGraph) throws {
        let table = try GraphColumns(graph, format: GraphMLEncoder.identifier)
        keys = try table.columns.map { column in
            try Self.requireNameToken(column.name, "attribute name")
            return Key(
                id: Self.keyID(column.domain, column.name), domain: column.domain,
                column: (column.name, Self.typeName(column.type)), yFilesType: nil)
        }
        nodes = try Self.elements(table.nodes, columns: table.columns(.node), what: "node id")
        edges = try Self.elements(table.edges, columns: table.columns(.edge), what: "edge id")
    }

    /// Adds yEd's graphics: the yFiles namespace, a `nodegraphics` and an `edgegraphics`
    /// key, and for each element the markup `graphics` gives for its id.
    mutating func addYFilesGraphics(node: (String) -> String, edge: (String) -> String) {
        namespaces.append(("y", YEdGraphics.namespace))
        keys += [
            Key(id: Self.nodeGraphicsKey, domain: .node, column: nil, yFilesType: "nodegraphics"),
            Key(id: Self.edgeGraphicsKey, domain: .edge, column: nil, yFilesType: "edgegraphics"),
        ]
        for index in nodes.indices { nodes[index].graphics = node(nodes[index].id) }
        for index in edges.indices { edges[index].graphics = edge(edges[index].id) }
    }

    /// The document as GraphML, in UTF-8: declaration, namespaces and schema location, keys,
    /// then one directed graph; two-space indentation, LF, a trailing newline. Written as bytes
    /// because a corpus's file runs to hundreds of megabytes.
    var utf8: [UInt8] {
        var out: [UInt8] = []
        func put(_ text: String) { out.append(contentsOf: text.utf8) }
        func attribute(_ text: String) { XMLText.escape(text, inAttribute: true, into: &out) }
        put("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            """)
        for (prefix, uri) in namespaces {
            put(" xmlns:\(prefix)=\"")
            attribute(uri)
            put("\"")
        }
        put("""
             xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """)
        for key in keys {
            put("  <key id=\"")
            attribute(key.id)
            put("\" for=\"\(key.domain.rawValue)\"")
            if let (name, type) = key.column {
                put(" attr.name=\"")
                attribute(name)
                put("\" attr.type=\"\(type)\"")
            }
            if let yFilesType = key.yFilesType { put(" yfiles.type=\"\(yFilesType)\"") }
            put("/>\n")
        }
        put("  <graph edgedefault=\"directed\">\n")
        for node in nodes {
            write(node, tag: "node", graphicsKey: Self.nodeGraphicsKey, to: &out)
        }
        for edge in edges {
            write(edge, tag: "edge", graphicsKey: Self.edgeGraphicsKey, to: &out)
        }
        put("  </graph>\n</graphml>\n")
        return out
    }

    private func write(_ element: Element, tag: String, graphicsKey: String, to out: inout [UInt8]) {
        func put(_ text: String) { out.append(contentsOf: text.utf8) }
        func attribute(_ text: String) { XMLText.escape(text, inAttribute: true, into: &out) }
        put("    <\(tag) id=\"")
        attribute(element.id)
        put("\"")
        if let (source, target) = element.endpoints {
            put(" source=\"")
            attribute(source)
            put("\" target=\"")
            attribute(target)
            put("\"")
        }
        guard !element.data.isEmpty || element.graphics != nil else { return put("/>\n") }
        put(">\n")
        for key in element.data.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            put("      <data key=\"")
            attribute(key)
            put("\">")
            XMLText.escape(element.data[key]!, into: &out)
            put("</data>\n")
        }
        if let graphics = element.graphics {
            put("      <data key=\"\(graphicsKey)\">\n")
            put(graphics)
            put("      </data>\n")
        }
        put("    </\(tag)>\n")
    }

    /// `n_<name>` or `e_<name>`: readable, stable, and an XML name token when the name is.
    static func keyID(_ domain: GraphColumns.Domain, _ name: String) -> String { "\(domain.rawValue.prefix(1))_\(name)" }

    /// GraphML's `attr.type` for a column: lists are written joined, so they are strings.
    private static func typeName(_ type: GraphColumns.ValueType) -> String {
        switch type {
        case .boolean: "boolean"
        case .int: "int"
        case .long: "long"
        case .double: "double"
        case .string, .strings: "string"
        }
    }

    private static func elements(_ rows: [GraphColumns.Row], columns: [GraphColumns.Column], what: String) throws -> [Element] {
        let byName = Dictionary(uniqueKeysWithValues: columns.map { ($0.name, $0) })
        return try rows.map { row in
            try requireNameToken(row.id, what)
            var data: [String: String] = [:]
            for (name, value) in row.values {
                let column = byName[name]!
                data[keyID(column.domain, name)] = GraphColumns.text(value, in: column)
            }
            return Element(id: row.id, endpoints: row.endpoints, data: data, graphics: nil)
        }
    }

    private static func requireNameToken(_ text: String, _ what: String) throws {
        guard XMLText.isNameToken(text) else {
            throw ExportError.cannotEncode(
                format: GraphMLEncoder.identifier,
                reason: "\(what) '\(text)' is not an XML name token (letters, digits, '.', '-', '_', ':')")
        }
    }
}
