import NewsGraphCore

/// What lies in a place lies in what that place lies in. An address states the chain in one
/// sentence ("Gahwareh, Kermanshah Province, Iran"); a document more often states its links one
/// at a time ("the cannery stands on Brennvik Quay in Gahwareh", "Gahwareh is a town in
/// Kermanshah Province"), and a reader joins them: the cannery is in the province too.
enum ContainmentChains {
    /// How many links a chain may join: a street, a town, a region, a country.
    static let longestChain = 4

    /// The `located_in` edges that a document's links imply and it does not state, each with the
    /// sentences of the links the text gives. A chain of what only the gazetteer knows implies
    /// nothing the gazetteer would not; a chain with a link read by the relation classifier or
    /// known from the gazetteer is itself only inferred. A pair a rule relates already, either
    /// way, is left as it is; neither the classifier's guess at a pair nor the gazetteer's
    /// knowledge of it stops the chain that states it (the two become one edge, stated).
    static func implied(by relations: [LocalRelation]) -> [LocalRelation] {
        var links: [EntityKey: [LocalRelation]] = [:]
        for relation in relations where relation.type == .locatedIn && relation.target.type != .meeting {
            links[relation.source, default: []].append(relation)
        }
        guard links.count > 1 else { return [] }
        let related = Set(relations.filter { !$0.isUnstated }.flatMap { [KeyPair($0.source, $0.target), KeyPair($0.target, $0.source)] })
        var out: [LocalRelation] = []
        var sources = Set<EntityKey>()
        // Sources in the order their first link came, so the output is the same run after run.
        for relation in relations where relation.type == .locatedIn && sources.insert(relation.source).inserted {
            out += chains(from: relation.source, links, related)
        }
        return out
    }

    /// Breadth first from `source`: each container once, by its shortest chain.
    private static func chains(
        from source: EntityKey, _ links: [EntityKey: [LocalRelation]], _ related: Set<KeyPair>
    ) -> [LocalRelation] {
        struct Chain {
            var end: EntityKey
            /// The sentences of the links the text gives, each once.
            var evidence: [Evidence] = []
            var isStated = true
        }
        var out: [LocalRelation] = []
        var reached: Set<EntityKey> = [source]
        var frontier = [Chain(end: source)]
        for depth in 1...longestChain {
            var next: [Chain] = []
            for chain in frontier {
                // The classifier's guess at a container, or the gazetteer's knowledge of it, is no
                // reason to stop looking for the chain the text states to it.
                for link in links[chain.end] ?? []
                where (depth == 1 && link.isUnstated) || reached.insert(link.target).inserted {
                    var longer = Chain(end: link.target, evidence: chain.evidence, isStated: chain.isStated)
                    if link.attributes["basis"] == nil {
                        if !longer.evidence.contains(link.evidence) { longer.evidence.append(link.evidence) }
                    } else {
                        longer.isStated = false
                    }
                    next.append(longer)
                    guard depth > 1, !longer.evidence.isEmpty, !related.contains(KeyPair(source, link.target)) else { continue }
                    var attributes: [String: AttributeValue] = ["pattern": .string("place-implied")]
                    if !longer.isStated { attributes["basis"] = .string("inferred") }
                    for evidence in longer.evidence {
                        out.append(LocalRelation(source: source, target: link.target, type: .locatedIn, attributes: attributes, evidence: evidence))
                    }
                }
            }
            frontier = next
        }
        return out
    }
}
