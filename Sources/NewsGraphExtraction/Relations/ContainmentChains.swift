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
    /// - Parameter lists: the document's relations, list after list (read where they lie, not
    ///   joined: a joined copy retained and released every relation's keys and evidence).
    static func implied(by lists: [[LocalRelation]]) -> [LocalRelation] {
        // Each source's links, as (list, index) of the relation.
        var links: [EntityKey: [Link]] = [:]
        for (list, relations) in lists.enumerated() {
            for index in relations.indices where relations[index].type == .locatedIn && relations[index].target.type != .meeting {
                links[relations[index].source, default: []].append(Link(list: list, index: index))
            }
        }
        guard links.count > 1 else { return [] }
        var related = Related(lists)
        var out: [LocalRelation] = []
        var sources = Set<EntityKey>()
        // Sources in the order their first link came, so the output is the same run after run.
        for relations in lists {
            for index in relations.indices where relations[index].type == .locatedIn && sources.insert(relations[index].source).inserted {
                chains(from: relations[index].source, lists, links, &related, into: &out)
            }
        }
        return out
    }

    /// Where a link lies: `lists[list][index]`.
    private struct Link {
        var list: Int
        var index: Int
    }

    /// The pairs a rule reads in the text relates, either way round: made when a chain first
    /// asks, as most documents' links join into no chain.
    private struct Related {
        private let lists: [[LocalRelation]]
        private var pairs: Set<KeyPair>?

        init(_ lists: [[LocalRelation]]) { self.lists = lists }

        mutating func contains(_ pair: KeyPair) -> Bool {
            if pairs == nil {
                var made = Set<KeyPair>()
                for relations in lists {
                    for index in relations.indices where !relations[index].isUnstated {
                        made.insert(KeyPair(relations[index].source, relations[index].target))
                        made.insert(KeyPair(relations[index].target, relations[index].source))
                    }
                }
                pairs = made
            }
            return pairs!.contains(pair)
        }
    }

    /// Breadth first from `source`: each container once, by its shortest chain.
    private static func chains(
        from source: EntityKey, _ lists: [[LocalRelation]], _ links: [EntityKey: [Link]], _ related: inout Related,
        into out: inout [LocalRelation]
    ) {
        struct Chain {
            var end: EntityKey
            /// The sentences of the links the text gives, each once.
            var evidence: [Evidence] = []
            var isStated = true
        }
        var reached: Set<EntityKey> = [source]
        var frontier = [Chain(end: source)]
        for depth in 1...longestChain {
            var next: [Chain] = []
            for chain in frontier {
                guard let ends = links[chain.end] else { continue }
                for end in ends {
                    // Read in place: a relation copied is its keys, attributes and evidence retained.
                    let link = (relations: lists[end.list], index: end.index)
                    let target = link.relations[link.index].target
                    // The classifier's guess at a container, or the gazetteer's knowledge of it, is
                    // no reason to stop looking for the chain the text states to it.
                    guard (depth == 1 && link.relations[link.index].isUnstated) || reached.insert(target).inserted else { continue }
                    var longer = Chain(end: target, evidence: chain.evidence, isStated: chain.isStated)
                    if link.relations[link.index].attributes["basis"] == nil {
                        if !longer.evidence.contains(link.relations[link.index].evidence) {
                            longer.evidence.append(link.relations[link.index].evidence)
                        }
                    } else {
                        longer.isStated = false
                    }
                    next.append(longer)
                    guard depth > 1, !longer.evidence.isEmpty, !related.contains(KeyPair(source, target)) else { continue }
                    var attributes: [String: AttributeValue] = ["pattern": .string("place-implied")]
                    if !longer.isStated { attributes["basis"] = .string("inferred") }
                    for evidence in longer.evidence {
                        out.append(LocalRelation(source: source, target: target, type: .locatedIn, attributes: attributes, evidence: evidence))
                    }
                }
            }
            frontier = next
        }
    }
}
