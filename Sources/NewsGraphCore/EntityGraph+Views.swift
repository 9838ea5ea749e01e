import OrderedCollections

extension EntityGraph {
    /// The part of the graph a view shows, cut to at most `maxNodes` nodes.
    ///
    /// - `full`: everything.
    /// - `actors`, `policies`, `meetings`: the nodes of the view's types, the partners their
    ///   relations of the view's kinds reach, and those relations (``GraphView``).
    /// - `ego(name)`: the nodes within `depth` steps (either direction) of the nodes whose label
    ///   or alias is `name`, ignoring case, and every edge among them.
    ///
    /// When more nodes qualify than `maxNodes`, the most important are kept (``importanceOrder``),
    /// an ego view's centre always among them, and the rest are listed in
    /// ``GraphSelection/dropped``. Edges keep only when both ends do. Documents keep only when
    /// something shown cites them.
    ///
    /// - Throws: ``GraphError/unknownNode(name:closeLabels:)`` when no node has the ego name;
    ///   ``GraphError/invalidLimit(name:value:minimum:)`` for a negative depth or a node limit
    ///   below 1.
    /// - Complexity: O((n + e) log n) for n nodes and e edges.
    public func selecting(_ view: GraphView, depth: Int = 1, maxNodes: Int? = nil) throws(GraphError) -> GraphSelection {
        guard depth >= 0 else { throw .invalidLimit(name: "depth", value: depth, minimum: 0) }
        if let maxNodes, maxNodes < 1 { throw .invalidLimit(name: "max-nodes", value: maxNodes, minimum: 1) }
        let graph = canonicalized()
        var centres: [String] = []
        var chosen: EntityGraph
        switch view {
        case .full:
            chosen = graph
        case .actors, .policies, .meetings:
            chosen = graph.focused(on: view.focus!.types, links: view.focus!.links)
        case .ego(let name):
            centres = graph.nodeIDs(named: name)
            guard !centres.isEmpty else { throw .unknownNode(name: name, closeLabels: graph.closeLabels(to: name)) }
            chosen = graph.keeping(graph.neighbourhood(of: Set(centres), depth: depth))
        }
        var dropped: [Entity] = []
        if let maxNodes, chosen.nodes.count > maxNodes {
            let order = chosen.importanceOrder(first: centres)
            let kept = Set(order.prefix(maxNodes))
            dropped = order.dropFirst(maxNodes).compactMap { chosen.nodes[$0] }
            chosen = chosen.keeping(kept)
        }
        if view != .full || !dropped.isEmpty { chosen.keepCitedDocuments() }
        return GraphSelection(
            view: view, depth: view.isEgo ? depth : 0, maxNodes: maxNodes, graph: chosen, centres: centres,
            dropped: dropped, totalNodes: nodes.count, totalEdges: edges.count, documentOrder: graph.documents.map(\.id))
    }

    /// The nodes of `types`, the nodes an edge of `links` joins to one of them, the `links`
    /// edges that touch a node of `types`, and every edge between two nodes of `types`.
    ///
    /// - Complexity: O(n + e).
    public func focused(on types: Set<EntityType>, links: Set<RelationType>) -> EntityGraph {
        let isCore = { (id: String) in self.nodes[id].map { types.contains($0.type) } ?? false }
        let kept = edges.values.filter { edge in
            guard nodes[edge.source] != nil, nodes[edge.target] != nil else { return false }
            let (source, target) = (isCore(edge.source), isCore(edge.target))
            return (source && target) || (links.contains(edge.type) && (source || target))
        }
        var ids = Set(nodes.values.filter { types.contains($0.type) }.map(\.id))
        for edge in kept {
            ids.insert(edge.source)
            ids.insert(edge.target)
        }
        var graph = self
        graph.nodes = nodes.filter { ids.contains($0.key) }
        graph.edges = OrderedDictionary(uniqueKeysWithValues: kept.map { ($0.id, $0) })
        graph.keepStoriesOfKeptElements()
        return graph
    }

    /// The graph with only the nodes in `ids` and the edges between them.
    ///
    /// - Complexity: O(n + e).
    public func keeping(_ ids: Set<String>) -> EntityGraph {
        var graph = self
        graph.nodes = nodes.filter { ids.contains($0.key) }
        graph.dropDanglingEdges()
        graph.keepStoriesOfKeptElements()
        return graph
    }

    /// The ids of the nodes within `depth` steps of `centres`, following edges either way
    /// (breadth-first), the centres included.
    ///
    /// - Complexity: O(n + e).
    public func neighbourhood(of centres: Set<String>, depth: Int) -> Set<String> {
        var neighbours: [String: [String]] = [:]
        for edge in edges.values {
            neighbours[edge.source, default: []].append(edge.target)
            neighbours[edge.target, default: []].append(edge.source)
        }
        var reached = centres.filter { nodes[$0] != nil }
        var frontier = Array(reached)
        for _ in 0..<max(depth, 0) {
            var next: [String] = []
            for id in frontier {
                for neighbour in neighbours[id, default: []] where nodes[neighbour] != nil && reached.insert(neighbour).inserted {
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        return reached
    }

    /// Node ids from most to least important: `first` (in its order), then by the number of
    /// documents that mention the node, its degree, its number of mentions, and its id.
    ///
    /// A node named by several independent articles and linked to many others is what a
    /// briefing should keep when space runs out.
    ///
    /// - Complexity: O(n log n + e).
    public func importanceOrder(first: [String] = []) -> [String] {
        let degrees = self.degrees
        let pinned = first.filter { nodes[$0] != nil }
        let rest = nodes.values.filter { !pinned.contains($0.id) }.sorted { a, b in
            let keyA = (a.sourceDocuments.count, degrees[a.id, default: 0], a.mentions.count)
            let keyB = (b.sourceDocuments.count, degrees[b.id, default: 0], b.mentions.count)
            return keyA != keyB ? keyA > keyB : a.id < b.id
        }
        return pinned + rest.map(\.id)
    }

    /// The ids of the nodes whose id, label or alias is `name`, ignoring case and surrounding
    /// space: the id matches first, then labels, then aliases; all nodes at the first level
    /// that matches are returned, in id order.
    public func nodeIDs(named name: String) -> [String] {
        let wanted = name.trimmingSpaces().lowercased()
        guard !wanted.isEmpty else { return [] }
        let levels: [(Entity) -> Bool] = [
            { $0.id.lowercased() == wanted },
            { $0.label.lowercased() == wanted },
            { $0.aliases.contains { $0.lowercased() == wanted } },
        ]
        for matches in levels {
            let found = nodes.values.filter(matches).map(\.id).sorted()
            if !found.isEmpty { return found }
        }
        return []
    }

    /// Up to `limit` node labels that look like `name`, most alike first: labels or aliases that
    /// contain it, then those sharing most letter pairs with it (Dice coefficient of bigrams,
    /// at least 0.3). For "did you mean" hints.
    public func closeLabels(to name: String, limit: Int = 3) -> [String] {
        let wanted = name.trimmingSpaces().lowercased()
        guard !wanted.isEmpty else { return [] }
        var best: [String: Double] = [:]
        for entity in nodes.values {
            for candidate in [entity.label] + entity.aliases {
                let lowered = candidate.lowercased()
                let score = lowered.contains(wanted) || wanted.contains(lowered) ? 1 : Self.bigramSimilarity(wanted, lowered)
                if score >= 0.3 { best[entity.label] = max(best[entity.label] ?? 0, score) }
            }
        }
        return best.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map(\.key)
    }

    /// Dice's coefficient over the two texts' sets of adjacent character pairs: 1 for equal
    /// texts, 0 for texts with no pair in common.
    static func bigramSimilarity(_ a: String, _ b: String) -> Double {
        func pairs(_ text: String) -> Set<String> {
            let characters = Array(text)
            guard characters.count > 1 else { return [text] }
            return Set((0..<(characters.count - 1)).map { String(characters[$0...$0 + 1]) })
        }
        let (x, y) = (pairs(a), pairs(b))
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
    }

    /// Drops the documents that no node mention or edge evidence cites.
    mutating func keepCitedDocuments() {
        var cited = Set(nodes.values.flatMap { $0.mentions.map(\.document) })
        cited.formUnion(edges.values.flatMap { $0.evidence.map(\.document) })
        documents = documents.filter { cited.contains($0.id) }
        keepStoriesOfKeptElements()
    }
}
