import NewsGraphCore

/// A graph as a table-minded tool sees it: typed columns on nodes and on edges, and for each
/// node and edge its value in each column.
///
/// GraphML, GEXF and Cytoscape.js all declare attributes as columns of one type and read
/// each element as a row, and none of them can compute what the graph knows only through its
/// mentions and evidence (how many documents name a node, which sentences support an edge).
/// Deciding the columns once, here, keeps the three exports in agreement: the same column
/// names, the same types, the same values, and the same rule for a graph attribute whose
/// name a derived column already uses.
struct GraphColumns {
    enum Domain: String, Sendable { case node, edge }

    /// A column's type, narrowed to what its values hold; each format spells it its own way.
    enum ValueType: Sendable {
        case boolean
        /// Fits in 32 bits (Java's `int`, which GraphML and GEXF readers use).
        case int
        case long
        case double
        case string
        /// Lists of strings: written as lists where the format has them, else joined.
        case strings
    }

    struct Column: Sendable {
        var domain: Domain
        var name: String
        var type: ValueType

        /// How a list value of this column reads as one string: evidence sentences one per
        /// line, short names `; `-separated.
        var separator: String { name == "evidence" ? "\n" : "; " }
    }

    /// A node or an edge: its id, its endpoints for an edge, and its values by column name.
    /// A missing value means the element has none (no aliases, an attribute it lacks).
    struct Row: Sendable {
        var id: String
        var endpoints: (source: String, target: String)?
        var values: [String: AttributeValue]
    }

    /// Derived columns on nodes, in the order formats that keep declaration order show them.
    /// `id` is reserved because igraph and Cytoscape keep element ids under that name, and
    /// `parent` because Cytoscape.js reads it as a compound node's parent: a graph attribute
    /// of a reserved or derived name is written as `attributes.<name>`.
    static let nodeColumns: [(name: String, type: ValueType)] = [
        ("type", .string), ("label", .string), ("aliases", .strings), ("mention_count", .int),
        ("source_count", .int), ("sources", .strings),
    ]
    /// Derived columns on edges. `weight` repeats `source_count` under the name Gephi and
    /// networkx take as an edge's weight, typed `double` as those readers type weights.
    /// `source` and `target` are reserved because Cytoscape.js reads the endpoints from them.
    static let edgeColumns: [(name: String, type: ValueType)] = [
        ("type", .string), ("label", .string), ("source_count", .int), ("weight", .double), ("evidence", .strings),
    ]
    static let reservedNodeNames = ["id", "parent"]
    /// The derived node column naming the node's story (`Story.id`), declared only for a graph
    /// whose stories are grouped, so Gephi and Cytoscape can colour nodes by story. Its name is
    /// reserved either way, so a graph attribute `story` is always `attributes.story`.
    static let storyColumn = (name: "story", type: ValueType.string)
    static let reservedEdgeNames = ["id", "source", "target"]

    /// Every column, derived and from the graph's attributes, sorted by domain (edges first)
    /// and name in code-point order, so declarations come out in one order.
    private(set) var columns: [Column]
    /// The graph the rows are read from, one at a time, as a format writes them: a corpus's
    /// rows (every evidence sentence as `document: sentence`) would weigh as much as the file.
    let graph: EntityGraph
    private let storyOf: [String: String]
    private let nodeReserved: [String]
    private let edgeReserved: [String]

    /// A row per node, in the graph's order, made as it is read.
    var nodes: some RandomAccessCollection<Row> { graph.nodes.values.lazy.map(nodeRow) }
    /// A row per edge, in the graph's order, made as it is read.
    var edges: some RandomAccessCollection<Row> { graph.edges.values.lazy.map(edgeRow) }

    /// - Parameters:
    ///   - graph: the graph, in the order its rows should take (encoders pass it canonicalized).
    ///   - format: the format's identifier, for the error message.
    /// - Throws: `ExportError.cannotEncode` for an edge whose endpoint is not a node: every
    ///   format would either reject the file or silently invent the node.
    init(_ graph: EntityGraph, format: String) throws {
        self.graph = graph
        storyOf = graph.storyOfEntity
        nodeReserved = Self.reservedNodeNames + Self.nodeColumns.map(\.name) + [Self.storyColumn.name]
        edgeReserved = Self.reservedEdgeNames + Self.edgeColumns.map(\.name)
        // The columns' types from every attribute first; the rows only as they are read.
        var nodeTypes = AttributeTypes(reserved: nodeReserved)
        for entity in graph.nodes.values { nodeTypes.add(entity.attributes) }
        var edgeTypes = AttributeTypes(reserved: edgeReserved)
        for relation in graph.edges.values {
            for endpoint in [relation.source, relation.target] where graph.nodes[endpoint] == nil {
                throw ExportError.cannotEncode(
                    format: format, reason: "edge \(relation.id) ends at \(endpoint), which is not a node of the graph")
            }
            edgeTypes.add(relation.attributes)
        }

        let storyColumns = graph.stories.isEmpty ? [] : [Self.storyColumn]
        let derived =
            (Self.nodeColumns + storyColumns).map { Column(domain: .node, name: $0.name, type: $0.type) }
            + Self.edgeColumns.map { Column(domain: .edge, name: $0.name, type: $0.type) }
        let attributes =
            nodeTypes.types.map { Column(domain: .node, name: $0.key, type: $0.value) }
            + edgeTypes.types.map { Column(domain: .edge, name: $0.key, type: $0.value) }
        columns = (derived + attributes).sorted {
            $0.domain != $1.domain ? $0.domain.rawValue < $1.domain.rawValue : $0.name.utf8.lexicographicallyPrecedes($1.name.utf8)
        }
    }

    private func nodeRow(_ entity: Entity) -> Row {
        let documents = entity.sourceDocuments
        var values: [String: AttributeValue] = [
            "type": .string(entity.type.rawValue), "label": .string(entity.label),
            "mention_count": .int(entity.mentions.count), "source_count": .int(documents.count),
        ]
        if !entity.aliases.isEmpty { values["aliases"] = .strings(entity.aliases) }
        if !documents.isEmpty { values["sources"] = .strings(documents) }
        if let story = storyOf[entity.id] { values[Self.storyColumn.name] = .string(story) }
        for (name, value) in entity.attributes { values[AttributeTypes.column(name, reserved: nodeReserved)] = value }
        return Row(id: entity.id, endpoints: nil, values: values)
    }

    private func edgeRow(_ relation: Relation) -> Row {
        let documents = relation.sourceDocuments.count
        var values: [String: AttributeValue] = [
            "type": .string(relation.type.rawValue), "label": .string(relation.type.phrase),
            "source_count": .int(documents), "weight": .int(documents),
        ]
        if !relation.evidence.isEmpty {
            values["evidence"] = .strings(relation.evidence.map { "\($0.document): \($0.sentence)" })
        }
        for (name, value) in relation.attributes { values[AttributeTypes.column(name, reserved: edgeReserved)] = value }
        return Row(id: relation.id, endpoints: (relation.source, relation.target), values: values)
    }

    /// The columns of one domain, in the sorted order.
    func columns(_ domain: Domain) -> [Column] { columns.filter { $0.domain == domain } }

    /// `value` as one string, as formats without lists write it: a list joined with the
    /// column's separator, an integer in a `double` column (`weight`) as "2.0", so readers
    /// that parse by the declared type get what they expect.
    static func text(_ value: AttributeValue, in column: Column) -> String {
        switch (value, column.type) {
        case (.strings(let items), _): items.joined(separator: column.separator)
        case (.int(let number), .double): "\(Double(number))"
        default: value.text
        }
    }

    /// The attribute names found on one kind of element, each with the narrowest type that
    /// holds all its values: int (long beyond 32 bits), boolean, a list of strings, else string.
    private struct AttributeTypes {
        let reserved: [String]
        private(set) var types: [String: ValueType] = [:]

        init(reserved: [String]) { self.reserved = reserved }

        /// The column an attribute named `name` is written in. Prefixing every colliding name,
        /// and every name already prefixed, keeps the mapping one-to-one.
        static func column(_ name: String, reserved: [String]) -> String {
            reserved.contains(name) || name.hasPrefix("attributes.") ? "attributes.\(name)" : name
        }

        mutating func add(_ attributes: Attributes) {
            for (name, value) in attributes {
                let column = Self.column(name, reserved: reserved)
                let type: ValueType =
                    switch value {
                    case .int(let number): Int32(exactly: number) == nil ? .long : .int
                    case .bool: .boolean
                    case .string: .string
                    case .strings: .strings
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
