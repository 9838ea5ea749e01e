import OrderedCollections

extension EntityGraph {
    /// The part of the graph a view shows, cut to at most `maxNodes` nodes.
    ///
    /// - `full`: everything.
    /// - `actors`, `policies`, `meetings`: the nodes of the view's types, the partners their
    ///   relations of the view's kinds reach, and those relations (``GraphView``).
    /// - `ego(name)`: the nodes within `depth` steps (either direction) of the nodes whose label
    ///   or alias is `name`, ignoring case, and every edge among them.
    /// - `stories`: the `maxStories` heaviest stories (all by default), each with up to
    ///   ``entitiesPerStoryInOverview`` of its strongest entities (``core(of:size:)``) and the
    ///   edges among them inside the story (not those between stories).
    /// - `story(id)`: the story's entities and every edge among them.
    ///
    /// The stories views group the graph's stories first if it has none (``groupingStories(_:)``).
    ///
    /// Unless `drawsUnrelated`, entities with no relation in the view are set aside in
    /// ``GraphSelection/unrelated`` (a caption lists them as "also mentioned") rather than drawn,
    /// an ego view's centres excepted. When more nodes qualify than `maxNodes`, those with the
    /// most evidence in their relations are kept (``connectionOrder(first:)``), an ego view's
    /// centres always among them, and the rest are listed in ``GraphSelection/dropped``; unless
    /// `drawsUnrelated`, a kept entity whose every partner was left out is left out too, and the
    /// next one in line takes its place. Edges keep only when both ends do. Documents keep only
    /// when something shown cites them.
    ///
    /// - Throws: ``GraphError/unknownNode(name:closeLabels:)`` when no node has the ego name;
    ///   ``GraphError/unknownStory(id:storyIDs:)`` when no story has the id;
    ///   ``GraphError/invalidLimit(name:value:minimum:)`` for a negative depth or a node or
    ///   story limit below 1.
    /// - Complexity: O((n + e) log n) for n nodes and e edges, plus the grouping of stories.
    public func selecting(
        _ view: GraphView, depth: Int = 1, maxNodes: Int? = nil, maxStories: Int? = nil, drawsUnrelated: Bool = true
    ) throws(GraphError) -> GraphSelection {
        guard depth >= 0 else { throw .invalidLimit(name: "depth", value: depth, minimum: 0) }
        if let maxNodes, maxNodes < 1 { throw .invalidLimit(name: "max-nodes", value: maxNodes, minimum: 1) }
        if let maxStories, maxStories < 1 { throw .invalidLimit(name: "max-stories", value: maxStories, minimum: 1) }
        var graph = canonicalized()
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
        case .stories:
            if graph.stories.isEmpty { graph = graph.groupingStories() }
            let shown = graph.stories.prefix(maxStories ?? graph.stories.count)
            chosen = graph.keeping(Set(shown.flatMap { graph.core(of: $0, size: Self.entitiesPerStoryInOverview) }))
            // Each story is drawn as one piece: relations between stories would tie the boxes
            // into one tangle. Each story's own diagram and the full view keep them.
            let inside = Set(chosen.stories.flatMap(\.edges))
            chosen.edges = chosen.edges.filter { inside.contains($0.key) }
        case .story(let id):
            if graph.stories.isEmpty { graph = graph.groupingStories() }
            guard let story = graph.story(withID: id) else {
                throw .unknownStory(id: id, storyIDs: graph.stories.prefix(5).map(\.id))
            }
            chosen = graph.keeping(Set(story.entities))
            chosen.stories = chosen.stories.filter { $0.id == story.id }
        }
        var unrelated: [Entity] = []
        if !drawsUnrelated {
            let degrees = chosen.degrees
            let alone = Set(chosen.nodes.keys.filter { degrees[$0, default: 0] == 0 && !centres.contains($0) })
            if !alone.isEmpty {
                unrelated = chosen.connectionOrder().filter(alone.contains).compactMap { chosen.nodes[$0] }
                chosen = chosen.keeping(Set(chosen.nodes.keys).subtracting(alone))
            }
        }
        var dropped: [Entity] = []
        if let maxNodes, chosen.nodes.count > maxNodes {
            let order = chosen.connectionOrder(first: centres)
            let kept = chosen.cut(order, to: maxNodes, keeping: Set(centres), needsRelation: !drawsUnrelated)
            dropped = order.filter { !kept.contains($0) }.compactMap { chosen.nodes[$0] }
            chosen = chosen.keeping(kept)
        }
        if view != .full || !dropped.isEmpty || !unrelated.isEmpty { chosen.keepCitedDocuments() }
        // An article whose entities all stand alone still is the diagram's source: the caption
        // names them, and the heading counts the article rather than "0 articles".
        if chosen.nodes.isEmpty, !unrelated.isEmpty {
            let citing = Set(unrelated.flatMap(\.sourceDocuments))
            chosen.documents = graph.documents.filter { citing.contains($0.id) }
        }
        return GraphSelection(
            view: view, depth: view.isEgo ? depth : 0, maxNodes: maxNodes, graph: chosen, centres: centres,
            dropped: dropped, unrelated: unrelated, totalNodes: nodes.count, totalEdges: edges.count,
            totalStories: graph.stories.count, documentOrder: graph.documents.map(\.id))
    }

    /// How many of each story's strongest entities the `stories` overview shows: enough to name
    /// who and what, few enough that a dozen stories fit one drawing; each story's own diagram
    /// shows all of them.
    public static let entitiesPerStoryInOverview = 8

    /// Up to `size` of a story's entities that its own relations connect: the strongest, then
    /// again and again the strongest of those related to one already taken. The strongest few
    /// of a story need not be related to each other (two leaves of its hub); these always are,
    /// so an overview draws each story as one connected piece.
    ///
    /// - Complexity: O(s × k) for a story of s entities with k taken, plus its relations.
    public func core(of story: Story, size: Int) -> [String] {
        let rank = Dictionary(uniqueKeysWithValues: story.entities.enumerated().map { ($1, $0) })
        var partners: [String: [String]] = [:]
        for id in story.edges {
            guard let edge = edges[id], rank[edge.source] != nil, rank[edge.target] != nil else { continue }
            partners[edge.source, default: []].append(edge.target)
            partners[edge.target, default: []].append(edge.source)
        }
        guard let strongest = story.entities.first else { return [] }
        var taken = [strongest]
        var reachable = Set(partners[strongest] ?? [])
        while taken.count < size, let next = reachable.min(by: { rank[$0]! < rank[$1]! }) {
            taken.append(next)
            reachable.remove(next)
            for partner in partners[next] ?? [] where !taken.contains(partner) { reachable.insert(partner) }
        }
        return taken
    }

    /// The story with this id, ignoring case, with or without its `story-` prefix.
    public func story(withID id: String) -> Story? {
        let wanted = id.trimmingSpaces().lowercased()
        return stories.first { $0.id == wanted || $0.id == "story-" + wanted }
    }

    /// The first nodes of `order` up to `limit`, `pinned` always among them. With
    /// `needsRelation`, a node with no edge to another kept node (pinned ones excepted) makes
    /// way for the next in order, until the kept nodes all have one or the order runs out.
    ///
    /// - Complexity: O(r × k × d) for r refills of k kept nodes of degree d; one round when
    ///   every top node has a partner among the others, as in a connected corpus.
    func cut(_ order: [String], to limit: Int, keeping pinned: Set<String>, needsRelation: Bool) -> Set<String> {
        var kept = Set(order.prefix(limit))
        kept.formUnion(pinned)
        guard needsRelation else { return kept }
        var partners: [String: [String]] = [:]
        for edge in edges.values where edge.source != edge.target {
            partners[edge.source, default: []].append(edge.target)
            partners[edge.target, default: []].append(edge.source)
        }
        var next = min(limit, order.count)
        var setAside = Set<String>()
        while true {
            let stranded = kept.filter { id in !pinned.contains(id) && !(partners[id] ?? []).contains(where: kept.contains) }
            guard !stranded.isEmpty else { break }
            kept.subtract(stranded)
            setAside.formUnion(stranded)
            guard next < order.count else { break }
            while kept.count < limit && next < order.count {
                if !setAside.contains(order[next]) { kept.insert(order[next]) }
                next += 1
            }
        }
        return kept
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

    /// Node ids from most to least connected: `first` (in its order), then by the evidence of
    /// the node's relations (each relation counted once per document that states it), then the
    /// number of documents that mention it, its number of mentions, and its id.
    ///
    /// What a diagram keeps when space runs out: an entity many articles tie to others before
    /// one they only name, so a corpus diagram shows who did what with whom rather than every
    /// country a story happens in.
    ///
    /// - Complexity: O(n log n + e).
    public func connectionOrder(first: [String] = []) -> [String] {
        var evidence: [String: Int] = [:]
        for edge in edges.values where edge.source != edge.target {
            let count = edge.sourceDocuments.count
            evidence[edge.source, default: 0] += count
            evidence[edge.target, default: 0] += count
        }
        let pinned = first.filter { nodes[$0] != nil }
        let pinnedSet = Set(pinned)
        let rest = nodes.values.filter { !pinnedSet.contains($0.id) }.map { entity in
            (id: entity.id, key: (evidence[entity.id, default: 0], entity.sourceDocuments.count, entity.mentions.count))
        }.sorted { a, b in a.key != b.key ? a.key > b.key : a.id < b.id }
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
