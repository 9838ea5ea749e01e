import OrderedCollections

/// The typed graph that extraction fills and every exporter reads (`SCHEMA.md`).
///
/// Nodes and edges are keyed by their canonical ids, so two graphs built from the same
/// input hold the same elements in the same order.
public struct EntityGraph: Hashable, Sendable {
    public var documents: [Document]
    public var nodes: OrderedDictionary<String, Entity>
    public var edges: OrderedDictionary<String, Relation>
    public var diagnostics: [Diagnostic]
    /// The stories the relations group the entities into (``StoryGrouping``), heaviest first;
    /// empty until ``groupingStories(_:)`` fills it. Derived from the nodes and edges, so the
    /// command line groups every graph it reads or builds afresh.
    public var stories: [Story]

    public init(
        documents: [Document] = [], nodes: [Entity] = [], edges: [Relation] = [], diagnostics: [Diagnostic] = [],
        stories: [Story] = []
    ) {
        self.documents = documents
        self.nodes = OrderedDictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.edges = OrderedDictionary(edges.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.diagnostics = diagnostics
        self.stories = stories
    }

    public subscript(node id: String) -> Entity? { nodes[id] }

    /// The same graph in canonical order: documents by id, nodes and edges by id, mentions,
    /// quantities, evidence, aliases and diagnostics sorted, stories heaviest first. Exporters write graphs in this form.
    ///
    /// - Complexity: O(n log n) in the number of nodes, edges, mentions and evidence.
    public func canonicalized() -> EntityGraph {
        var graph = self
        graph.documents.sort { $0.id < $1.id }
        graph.nodes.sort { $0.key < $1.key }
        for index in graph.nodes.values.indices {
            graph.nodes.values[index].mentions = Self.sortedUnique(graph.nodes.values[index].mentions)
            graph.nodes.values[index].aliases = Self.sortedUnique(graph.nodes.values[index].aliases)
            if let quantities = graph.nodes.values[index].quantities {
                graph.nodes.values[index].quantities = quantities.isEmpty ? nil : Self.sortedUnique(quantities)
            }
        }
        graph.edges.sort { $0.key < $1.key }
        for index in graph.edges.values.indices {
            graph.edges.values[index].evidence = Self.sortedUnique(graph.edges.values[index].evidence)
        }
        graph.diagnostics = Self.sortedUnique(graph.diagnostics)
        graph.stories.sort(by: Story.precedes)
        return graph
    }

    /// `items` sorted, each once. Every exporter canonicalizes a graph that is usually
    /// canonical already, so strictly increasing items are returned as they are rather than
    /// hashed and sorted again (for a corpus, millions of mentions and sentences each time).
    private static func sortedUnique<Item: Hashable & Comparable>(_ items: [Item]) -> [Item] {
        if zip(items, items.dropFirst()).allSatisfy({ $0 < $1 }) { return items }
        return Array(Set(items)).sorted()
    }

    /// Edges whose source and target are both in the graph; views use it after dropping nodes.
    public mutating func dropDanglingEdges() {
        edges = edges.filter { nodes[$0.value.source] != nil && nodes[$0.value.target] != nil }
    }

    /// The number of edges touching each node.
    public var degrees: [String: Int] {
        var degree: [String: Int] = [:]
        for edge in edges.values {
            degree[edge.source, default: 0] += 1
            degree[edge.target, default: 0] += 1
        }
        return degree
    }
}

extension EntityGraph: Codable {
    enum CodingKeys: String, CodingKey {
        case documents, nodes, edges, diagnostics, stories
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            documents: try container.decode([Document].self, forKey: .documents),
            nodes: try container.decode([Entity].self, forKey: .nodes),
            edges: try container.decode([Relation].self, forKey: .edges),
            diagnostics: try container.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? [],
            stories: try container.decodeIfPresent([Story].self, forKey: .stories) ?? []
        )
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(documents, forKey: .documents)
        try container.encode(Array(nodes.values), forKey: .nodes)
        try container.encode(Array(edges.values), forKey: .edges)
        try container.encode(diagnostics, forKey: .diagnostics)
        // Absent until grouped, so a graph that was never grouped keeps the bytes it had.
        if !stories.isEmpty { try container.encode(stories, forKey: .stories) }
    }
}
