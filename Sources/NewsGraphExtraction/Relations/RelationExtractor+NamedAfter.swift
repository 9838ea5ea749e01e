import NewsGraphCore

/// A body named after the country or town it belongs to: "the Supreme Court of Norway", "the
/// University of Bergen", "the Bank of the Republic". The name states where the body is, as an
/// address would; the relation is drawn only where the article also names that country or town
/// on its own, so the graph relates two entities the text names rather than inventing a node
/// from a word inside a name.
extension RelationExtractor {
    func namedAfter(_ mentions: [MentionCandidate], _ tokens: [Token], _ evidences: [Evidence]) -> [LocalRelation] {
        // The bodies named "... of [the] X", with where X starts: few articles have one, so the
        // names the article gives are gathered only then.
        var namedAfter: [(index: Int, tail: Int)] = []
        for index in mentions.indices where mentions[index].type == .agency && mentions[index].key != nil {
            let end = mentions[index].end
            guard let of = (mentions[index].start..<end).last(where: { tokens[$0].key == "of" }) else { continue }
            let tail = of + 1 < end && tokens[of + 1].key == "the" ? of + 2 : of + 1
            if tail < end { namedAfter.append((index, tail)) }
        }
        guard !namedAfter.isEmpty else { return [] }
        // The countries and towns the article names, by the words of each name.
        func words(_ range: Range<Int>) -> String { tokens[range].map(\.key).joined(separator: " ") }
        var named: [String: EntityKey] = [:]
        // By index: a mention copied out of the list is a dozen references retained and released.
        for index in mentions.indices where mentions[index].type == .country || mentions[index].type == .place {
            guard let key = mentions[index].key else { continue }
            named[mentions[index].name.lowercased()] = key
            named[words(mentions[index].start..<mentions[index].end)] = key
        }
        return namedAfter.compactMap { index, tail in
            let mention = mentions[index]
            guard let target = named[words(tail..<mention.end)] else { return nil }
            // A government's body is part of its country; anything else lies in it.
            let type: RelationType = target.type == .country && mention.attributes["kind"] == "government" ? .partOf : .locatedIn
            return LocalRelation(
                source: mention.key!, target: target, type: type, attributes: ["pattern": .string("name-of")],
                evidence: evidences[mention.sentence])
        }
    }
}
