/// The entities of a graph that take part in a relation, numbered in id order, and the
/// relations between them as weighted links: what ``StoryGrouping`` groups, and how a group
/// becomes a ``Story``.
struct RelatedEntities {
    /// The ids of the entities with at least one relation to another node, sorted.
    let ids: [String]
    /// One link per pair of related entities, weighted by the articles that state each relation
    /// between them (summed over relations of either direction and any type).
    let links: WeightedLinks

    /// The types a story title names first: who acts.
    static let actorTypes: Set<EntityType> = [.person, .agency, .country]
    /// The types a story title names after a colon: what happens.
    static let eventTypes: Set<EntityType> = [.meeting, .policy]
    /// How many entities a title names before its meeting or policy.
    static let titleNames = 2

    init(_ graph: EntityGraph) {
        var related = Set<String>()
        for edge in graph.edges.values where Self.counts(edge, in: graph) {
            related.insert(edge.source)
            related.insert(edge.target)
        }
        ids = related.sorted()
        let number = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var links: [(Int, Int, Int)] = []
        links.reserveCapacity(graph.edges.count)
        for edge in graph.edges.values where Self.counts(edge, in: graph) {
            links.append((number[edge.source]!, number[edge.target]!, Self.evidence(of: edge)))
        }
        self.links = WeightedLinks(count: ids.count, links: links)
    }

    /// Whether a relation links two distinct nodes of the graph.
    static func counts(_ edge: Relation, in graph: EntityGraph) -> Bool {
        edge.source != edge.target && graph.nodes[edge.source] != nil && graph.nodes[edge.target] != nil
    }

    /// The articles that state a relation; at least 1, so a relation without evidence still links.
    static func evidence(of edge: Relation) -> Int {
        max(edge.sourceDocuments.count, 1)
    }

    /// The stories of the groups of entities numbered in `groups`: each with its relations,
    /// articles, weight, entities strongest first, id and title, in the groups' order.
    ///
    /// - Complexity: O(e + n log n): one pass over the relations, then each story sorted.
    func stories(of groups: [[Int]], in graph: EntityGraph) -> [Story] {
        var group = Array(repeating: -1, count: ids.count)
        for (index, members) in groups.enumerated() { for member in members { group[member] = index } }
        let number = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var strength = Array(repeating: 0, count: ids.count)
        var edges = Array(repeating: [String](), count: groups.count)
        var documents = Array(repeating: Set<String>(), count: groups.count)
        var weight = Array(repeating: 0, count: groups.count)
        for edge in graph.edges.values where Self.counts(edge, in: graph) {
            let (source, target) = (number[edge.source]!, number[edge.target]!)
            let story = group[source]
            guard story >= 0, story == group[target] else { continue }
            let evidence = Self.evidence(of: edge)
            strength[source] += evidence
            strength[target] += evidence
            weight[story] += evidence
            edges[story].append(edge.id)
            for item in edge.evidence { documents[story].insert(item.document) }
        }
        return groups.indices.map { index in
            let entities = groups[index].map { (graph.nodes[ids[$0]]!, strength[$0]) }
            let ordered = entities.map { entity, strength in (entity, strength, entity.sourceDocuments.count) }
                .sorted { a, b in (a.1, a.2) != (b.1, b.2) ? (a.1, a.2) > (b.1, b.2) : a.0.id < b.0.id }
                .map(\.0)
            return Story(
                id: "story-" + Slug.make(ordered[0].id), title: Self.title(ordered), entities: ordered.map(\.id),
                edges: edges[index].sorted(), documents: documents[index].sorted(), weight: weight[index])
        }
    }

    /// "Iran, Mahmoud Ahmadinejad: Tehran conference": the two strongest actors (or, with none,
    /// the two strongest entities that are not meetings or policies), then the meeting or
    /// policy named by the most articles (then the most often, then the strongest).
    ///
    /// - Parameter entities: the story's entities, strongest first.
    static func title(_ entities: [Entity]) -> String {
        var names = entities.filter { actorTypes.contains($0.type) }
        if names.isEmpty { names = entities.filter { !eventTypes.contains($0.type) } }
        let events = entities.filter { eventTypes.contains($0.type) }
        // `max` keeps the first of equals: the strongest, as `entities` is ordered.
        let event = events.max { a, b in
            (a.sourceDocuments.count, a.mentions.count) < (b.sourceDocuments.count, b.mentions.count)
        }
        let named = names.prefix(titleNames).map(\.label).joined(separator: ", ")
        switch (named.isEmpty, event) {
        case (false, let event?): return "\(named): \(event.label)"
        case (false, nil): return named
        case (true, let event?): return event.label
        case (true, nil): return entities.first?.label ?? ""
        }
    }
}
