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
    /// Nodes and edges as the columns give them; each becomes an `Element` only as it is
    /// written, so a corpus's data is never held twice more as text.
    private let table: GraphColumns
    private let nodeColumns: [String: GraphColumns.Column]
    private let edgeColumns: [String: GraphColumns.Column]
    /// The yEd flavour's markup for a node's or an edge's id.
    private var graphics: (node: (String) -> String, edge: (String) -> String)?
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
        for id in graph.nodes.keys { try Self.requireNameToken(id, "node id") }
        for id in graph.edges.keys { try Self.requireNameToken(id, "edge id") }
        self.table = table
        nodeColumns = Dictionary(uniqueKeysWithValues: table.columns(.node).map { ($0.name, $0) })
        edgeColumns = Dictionary(uniqueKeysWithValues: table.columns(.edge).map { ($0.name, $0) })
    }

    /// Adds yEd's graphics: the yFiles namespace, a `nodegraphics` and an `edgegraphics`
    /// key, and for each element the markup `graphics` gives for its id.
    mutating func addYFilesGraphics(node: @escaping (String) -> String, edge: @escaping (String) -> String) {
        namespaces.append(("y", YEdGraphics.namespace))
        keys += [
            Key(id: Self.nodeGraphicsKey, domain: .node, column: nil, yFilesType: "nodegraphics"),
            Key(id: Self.edgeGraphicsKey, domain: .edge, column: nil, yFilesType: "edgegraphics"),
        ]
        graphics = (node, edge)
    }

    /// Bytes gathered before they are handed on: few enough calls, little memory.
    static let blockSize = 1 << 20

    /// Writes the document as GraphML, in UTF-8, to `write`, a block at a time: declaration,
    /// namespaces and schema location, keys, then one directed graph; two-space indentation,
    /// LF, a trailing newline. Written as bytes, and never whole, because a corpus's file runs
    /// to hundreds of megabytes.
    func write(to write: (UnsafeRawBufferPointer) throws -> Void) throws {
        var out: [UInt8] = []
        out.reserveCapacity(Self.blockSize + Self.blockSize / 4)
        func flush() throws {
            try out.withUnsafeBytes(write)
            out.removeAll(keepingCapacity: true)
        }
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
        for row in table.nodes {
            var element = Self.element(row, columns: nodeColumns)
            element.graphics = graphics?.node(row.id)
            Self.write(element, tag: "node", graphicsKey: Self.nodeGraphicsKey, to: &out)
            if out.count >= Self.blockSize { try flush() }
        }
        for row in table.edges {
            var element = Self.element(row, columns: edgeColumns)
            element.graphics = graphics?.edge(row.id)
            Self.write(element, tag: "edge", graphicsKey: Self.edgeGraphicsKey, to: &out)
            if out.count >= Self.blockSize { try flush() }
        }
        put("  </graph>\n</graphml>\n")
        try flush()
    }

    private static func write(_ element: Element, tag: String, graphicsKey: String, to out: inout [UInt8]) {
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

    private static func element(_ row: GraphColumns.Row, columns byName: [String: GraphColumns.Column]) -> Element {
        var data: [String: String] = [:]
        for (name, value) in row.values {
            let column = byName[name]!
            data[keyID(column.domain, name)] = GraphColumns.text(value, in: column)
        }
        return Element(id: row.id, endpoints: row.endpoints, data: data, graphics: nil)
    }

    private static func requireNameToken(_ text: String, _ what: String) throws {
        guard XMLText.isNameToken(text) else {
            throw ExportError.cannotEncode(
                format: GraphMLEncoder.identifier,
                reason: "\(what) '\(text)' is not an XML name token (letters, digits, '.', '-', '_', ':')")
        }
    }
}
