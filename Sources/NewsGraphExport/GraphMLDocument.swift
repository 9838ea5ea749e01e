import NewsGraphCore

/// A graph as GraphML sees it, before it becomes text: typed key declarations, and for each
/// node and edge its id and its data values by key.
///
/// Building this table first keeps the decisions (which columns exist, how they are typed,
/// what each value reads as) apart from the XML writing, and gives a later flavour (yEd's
/// shapes and colours) one place to add its keys and values before the document is written.
struct GraphMLDocument {
    enum Domain: String { case node, edge }

    /// GraphML's `attr.type`, narrowed to what the graph holds.
    enum ValueType: String { case boolean, int, long, string }

    /// A `<key>`: one column of data on nodes or on edges.
    struct Key {
        var domain: Domain
        var name: String
        var type: ValueType

        /// `n_<name>` or `e_<name>`: readable, stable, and an XML name token when the name is.
        var id: String { Self.id(domain, name) }

        static func id(_ domain: Domain, _ name: String) -> String { "\(domain.rawValue.prefix(1))_\(name)" }
    }

    /// A `<node>` or an `<edge>` and its values, keyed by key id.
    struct Element {
        var id: String
        var endpoints: (source: String, target: String)?
        var data: [String: String]
    }

    /// Sorted by id, so the declarations and each element's data come out in one order.
    private(set) var keys: [Key]
    private(set) var nodes: [Element]
    private(set) var edges: [Element]

    /// Columns the encoder derives on nodes; graph attributes of the same names are written
    /// as `attributes.<name>` so neither hides the other. `id` is reserved because igraph
    /// stores element ids in an attribute of that name.
    static let nodeColumns: [(name: String, type: ValueType)] = [
        ("type", .string), ("label", .string), ("aliases", .string), ("mention_count", .int),
        ("source_count", .int), ("sources", .string),
    ]
    static let edgeColumns: [(name: String, type: ValueType)] = [
        ("type", .string), ("label", .string), ("source_count", .int), ("evidence", .string),
    ]

    /// - Throws: `ExportError.cannotEncode` for an id or attribute name that is not an XML
    ///   name token, or an edge whose endpoint is not a node: the schema rejects both, and
    ///   readers would silently invent a node for the second.
    init(_ graph: EntityGraph) throws {
        var nodeAttributes = ColumnTypes(domain: .node, reserved: ["id"] + Self.nodeColumns.map(\.name))
        nodes = try graph.nodes.values.map { entity in
            try Self.requireNameToken(entity.id, "node id")
            let documents = entity.sourceDocuments
            var data = [
                "n_type": entity.type.rawValue, "n_label": entity.label,
                "n_mention_count": String(entity.mentions.count), "n_source_count": String(documents.count),
            ]
            if !entity.aliases.isEmpty { data["n_aliases"] = entity.aliases.joined(separator: "; ") }
            if !documents.isEmpty { data["n_sources"] = documents.joined(separator: "; ") }
            try nodeAttributes.add(entity.attributes, to: &data, owner: entity.id)
            return Element(id: entity.id, endpoints: nil, data: data)
        }

        var edgeAttributes = ColumnTypes(domain: .edge, reserved: ["id"] + Self.edgeColumns.map(\.name))
        edges = try graph.edges.values.map { relation in
            try Self.requireNameToken(relation.id, "edge id")
            for endpoint in [relation.source, relation.target] where graph.nodes[endpoint] == nil {
                throw ExportError.cannotEncode(
                    format: GraphMLEncoder.identifier,
                    reason: "edge \(relation.id) ends at \(endpoint), which is not a node of the graph")
            }
            var data = [
                "e_type": relation.type.rawValue, "e_label": relation.type.phrase,
                "e_source_count": String(relation.sourceDocuments.count),
            ]
            if !relation.evidence.isEmpty {
                data["e_evidence"] = relation.evidence.map { "\($0.document): \($0.sentence)" }.joined(separator: "\n")
            }
            try edgeAttributes.add(relation.attributes, to: &data, owner: relation.id)
            return Element(id: relation.id, endpoints: (relation.source, relation.target), data: data)
        }

        let fixed =
            Self.nodeColumns.map { Key(domain: .node, name: $0.name, type: $0.type) }
            + Self.edgeColumns.map { Key(domain: .edge, name: $0.name, type: $0.type) }
        keys = (fixed + nodeAttributes.keys + edgeAttributes.keys).sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }

    /// The document as GraphML text: declaration, namespace and schema location, keys, then
    /// one directed graph; two-space indentation, LF, a trailing newline.
    var xml: String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for key in keys {
            out += "  <key id=\"\(attribute(key.id))\" for=\"\(key.domain.rawValue)\" "
            out += "attr.name=\"\(attribute(key.name))\" attr.type=\"\(key.type.rawValue)\"/>\n"
        }
        out += "  <graph edgedefault=\"directed\">\n"
        for node in nodes {
            write(node, tag: "node", to: &out)
        }
        for edge in edges {
            write(edge, tag: "edge", to: &out)
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private func write(_ element: Element, tag: String, to out: inout String) {
        out += "    <\(tag) id=\"\(attribute(element.id))\""
        if let (source, target) = element.endpoints {
            out += " source=\"\(attribute(source))\" target=\"\(attribute(target))\""
        }
        guard !element.data.isEmpty else { return out += "/>\n" }
        out += ">\n"
        for key in element.data.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            out += "      <data key=\"\(attribute(key))\">\(XMLText.escaped(element.data[key]!))</data>\n"
        }
        out += "    </\(tag)>\n"
    }

    private func attribute(_ text: String) -> String { XMLText.escaped(text, inAttribute: true) }

    private static func requireNameToken(_ text: String, _ what: String) throws {
        guard XMLText.isNameToken(text) else {
            throw ExportError.cannotEncode(
                format: GraphMLEncoder.identifier,
                reason: "\(what) '\(text)' is not an XML name token (letters, digits, '.', '-', '_', ':')")
        }
    }

    /// The attribute names found on one kind of element, each with the narrowest GraphML type
    /// that holds all its values: int (long beyond 32 bits, GraphML's int being Java's),
    /// boolean, else string (lists are written `; `-joined).
    private struct ColumnTypes {
        let domain: Domain
        let reserved: [String]
        private var types: [String: ValueType] = [:]

        init(domain: Domain, reserved: [String]) {
            self.domain = domain
            self.reserved = reserved
        }

        var keys: [Key] { types.map { Key(domain: domain, name: $0.key, type: $0.value) } }

        mutating func add(_ attributes: Attributes, to data: inout [String: String], owner: String) throws {
            for (name, value) in attributes {
                try GraphMLDocument.requireNameToken(name, "attribute name on \(owner)")
                // Prefixing every colliding name, and every name already prefixed, keeps the
                // mapping one-to-one.
                let column = reserved.contains(name) || name.hasPrefix("attributes.") ? "attributes.\(name)" : name
                data[Key.id(domain, column)] = value.text
                let type: ValueType =
                    switch value {
                    case .int(let number): Int32(exactly: number) == nil ? .long : .int
                    case .bool: .boolean
                    case .string, .strings: .string
                    }
                types[column] = Self.join(types[column], type)
            }
        }

        private static func join(_ old: ValueType?, _ new: ValueType) -> ValueType {
            switch (old, new) {
            case (nil, _): new
            case (let old?, _) where old == new: old
            case (.int?, .long), (.long?, .int): .long
            default: .string
            }
        }
    }
}
