import NewsGraphCore

extension RelationFeatures {
    /// One entity of a document as the classifier's pairs read it, worked out once per entity:
    /// an article's entities are compared pair by pair, most pairs are then found to hold no
    /// relation their types allow, and reading a mention's attributes or hashing its key for
    /// every pair cost more than the features of the pairs kept.
    ///
    /// A class: each pair reads two, and a struct of this many arrays and strings would be
    /// copied, each of them retained and released, at every read.
    final class Entity {
        let key: EntityKey
        /// Its mentions in body sentences (indices into the document's mentions), in order.
        let mentions: [Int]
        /// The sentence of each of those mentions, in the same order.
        let sentences: [Int]
        /// Each of those mentions' first token and the token after its last, in the same order:
        /// every pair compares the mentions of its two entities, read here rather than from
        /// the mentions themselves, which lie far apart in memory.
        let starts: [Int]
        let ends: [Int]
        /// What its first mention says: its type, its kind ("government"), its size
        /// (`PlaceLevel`'s number, 9 for none) and why it was typed so.
        let type: EntityType
        let kind: String?
        let level: UInt64
        /// `RelationFeatures.hash` of the type's, the kind's and the evidence's names.
        let typeHash: UInt64
        let kindHash: UInt64?
        let evidenceHash: UInt64
        /// The words just before and after its first mention, hashed; nil at the sentence's edge.
        let before: UInt64?
        let after: UInt64?
        /// Which relations it can hold, source first, by the target's type (`typeIndex`).
        let allowed: [[Label]]
        /// Whether it can hold a relation with an entity of some type.
        let canBeSource: Bool

        /// The entity whose body mentions are `indices`, the first its first.
        init(_ indices: [Int], _ mentions: [MentionCandidate], _ tokens: [Token], _ sentences: [Sentence]) {
            // Read in place: a mention copied is a dozen references retained and released.
            let first = indices[0]
            key = mentions[first].key!
            self.mentions = indices
            self.sentences = indices.map { mentions[$0].sentence }
            starts = indices.map { mentions[$0].start }
            ends = indices.map { mentions[$0].end }
            type = mentions[first].type
            kind = mentions[first].attributes["kind"]
            level = UInt64(RelationExtractor.level(of: mentions[first])?.rawValue ?? 9)
            typeHash = RelationFeatures.hash(type.rawValue)
            kindHash = kind.map(RelationFeatures.hash)
            evidenceHash = RelationFeatures.hash(mentions[first].evidence.rawValue)
            let home = sentences[mentions[first].sentence].tokens
            let (start, end) = (mentions[first].start, mentions[first].end)
            before = start > home.lowerBound ? RelationFeatures.hash(tokens[start - 1].key) : nil
            after = end < home.upperBound ? RelationFeatures.hash(tokens[end].key) : nil
            let isGovernment = kind == "government"
            allowed = RelationFeatures.allowedByType[RelationFeatures.typeIndex(type)][isGovernment ? 1 : 0]
            canBeSource = allowed.contains { !$0.isEmpty }
        }

        /// The code-point span of each mention, for matching training data.
        func spans(_ mentions: [MentionCandidate], _ tokens: [Token]) -> [Range<Int>] {
            self.mentions.map { tokens[mentions[$0].start].start..<tokens[mentions[$0].end - 1].end }
        }

        /// Whether one of its mentions is in `sentence`.
        func isNamed(in sentence: Int) -> Bool { sentences.contains(sentence) }
    }

    /// `labels(from:_:to:)` for every source type (by `typeIndex`), with a kind other than
    /// "government" and with that kind (the only kind the labels ask about), to every target
    /// type: made once, where each entity made its own seven lists.
    static let allowedByType: [[[[Label]]]] = EntityType.allCases.map { source in
        [nil, "government"].map { kind in EntityType.allCases.map { target in labels(from: source, kind, to: target) } }
    }

    /// The number of a type among `EntityType.allCases`: where `Entity.allowed` lists its labels.
    static func typeIndex(_ type: EntityType) -> Int {
        switch type {
        case .person: 0
        case .agency: 1
        case .country: 2
        case .place: 3
        case .meeting: 4
        case .policy: 5
        case .commodity: 6
        }
    }

    /// The document's entities with a mention in a body sentence, in the order first named there
    /// (their ranks: the topic is 0), and the rank of each key.
    static func entities(
        _ mentions: [MentionCandidate], _ tokens: [Token], _ sentences: [Sentence]
    ) -> (entities: [Entity], rank: [EntityKey: Int]) {
        var rank = [EntityKey: Int](minimumCapacity: mentions.count)
        var indices: [[Int]] = []
        for index in mentions.indices where sentences[mentions[index].sentence].zone == .body {
            guard let key = mentions[index].key else { continue }
            if let known = rank[key] {
                indices[known].append(index)
            } else {
                rank[key] = indices.count
                indices.append([index])
            }
        }
        return (indices.map { Entity($0, mentions, tokens, sentences) }, rank)
    }
}
