import NewsGraphCore

/// A body named after the country or town it belongs to: "the Supreme Court of Norway", "the
/// University of Bergen", "the Bank of the Republic". The name states where the body is, as an
/// address would; the relation is drawn only where the article also names that country or town
/// on its own, so the graph relates two entities the text names rather than inventing a node
/// from a word inside a name.
extension RelationExtractor {
    func namedAfter(_ mentions: [MentionCandidate], _ tokens: [Token], _ evidences: [Evidence]) -> [LocalRelation] {
        // The countries and towns the article names, by the words of each name.
        var named: [String: EntityKey] = [:]
        for mention in mentions where mention.type == .country || mention.type == .place {
            guard let key = mention.key else { continue }
            named[mention.name.lowercased()] = key
            named[tokens[mention.start..<mention.end].map(\.key).joined(separator: " ")] = key
        }
        guard !named.isEmpty else { return [] }
        var found: [LocalRelation] = []
        for mention in mentions where mention.type == .agency {
            guard let source = mention.key, let of = (mention.start..<mention.end).last(where: { tokens[$0].key == "of" }) else {
                continue
            }
            var first = of + 1
            if first < mention.end && tokens[first].key == "the" { first += 1 }
            guard first < mention.end, let target = named[tokens[first..<mention.end].map(\.key).joined(separator: " ")] else {
                continue
            }
            // A government's body is part of its country; anything else lies in it.
            let type: RelationType = target.type == .country && mention.attributes["kind"] == "government" ? .partOf : .locatedIn
            found.append(
                LocalRelation(
                    source: source, target: target, type: type, attributes: ["pattern": .string("name-of")],
                    evidence: evidences[mention.sentence]))
        }
        return found
    }
}
