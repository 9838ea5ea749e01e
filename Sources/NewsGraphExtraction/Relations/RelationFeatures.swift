import NewsGraphCore

/// What the learned relation classifier (`RelationClassifier`) reads about two entities of a
/// document: their types and sizes, how near the text names them, the words between them
/// where one sentence names both, whether the document is about one of them, how many other
/// candidates there are, and what the patterns already said of them.
///
/// Candidates are pairs whose types a relation of the graph can join (a person and a body, a
/// place and a larger one, a body and its country, two bodies), named within a sentence of each
/// other, or one of them the entity the document opens with. Training (`make model`) and the
/// extractor compute them here, through the same code.
package struct RelationFeatures: Sendable {
    let lexicon: Lexicon
    /// The words a description follows and ends at (patterns/description-words.tsv).
    private let copulas: Set<String>
    private let articles: Set<String>
    private let descriptionStops: Set<String>

    package init(lexicon: Lexicon) {
        self.lexicon = lexicon
        copulas = lexicon.descriptionWords["copula"] ?? []
        articles = lexicon.descriptionWords["article"] ?? []
        descriptionStops = lexicon.descriptionWords["stop"] ?? []
    }

    /// Sentences apart within which two entities are compared, unless one is the topic.
    static let window = 100
    /// Words between two mentions that are read one by one.
    static let wordsBetween = 8

    /// The relation a candidate may hold, or none. Their numbers are the trained model's
    /// labels: append, never renumber.
    package enum Label: Int, CaseIterable, Sendable {
        case none = 0, locatedIn, memberOf, leads, partOf

        package var relationType: RelationType? {
            switch self {
            case .none: nil
            case .locatedIn: .locatedIn
            case .memberOf: .memberOf
            case .leads: .leads
            case .partOf: .partOf
            }
        }

        package init?(_ type: RelationType) {
            switch type {
            case .locatedIn: self = .locatedIn
            case .memberOf: self = .memberOf
            case .leads: self = .leads
            case .partOf: self = .partOf
            default: return nil
            }
        }
    }

    /// Which relations a pair of entity types can hold, source first.
    package static func labels(from source: EntityType, _ sourceKind: String?, to target: EntityType) -> [Label] {
        switch (source, target) {
        case (.person, .agency): [.memberOf, .leads]
        // Whom a person leads or serves among countries is the titles' to say ("President X",
        // "Sudan's foreign minister"); read without them, the leaders of every country named
        // in a story were taken for each other's.
        case (.place, .place), (.place, .country): [.locatedIn]
        case (.agency, .country): sourceKind == "government" ? [.partOf] : [.locatedIn, .partOf]
        case (.agency, .place): [.locatedIn]
        case (.agency, .agency): [.partOf]
        // A country within a larger unit ("Scotland", "Austria" in an empire).
        case (.country, .country), (.country, .place): [.locatedIn, .partOf]
        // Who takes part in a meeting and where it is held are left to the patterns: the
        // training set's events are wars and games, not the talks and summits of news.
        default: []
        }
    }

    /// Two entities of a document, source first, with what the classifier reads.
    package struct Candidate: Sendable {
        package var source: EntityKey
        package var target: EntityKey
        package var allowed: [Label]
        package var features: [UInt64]
        /// The code-point spans of each entity's mentions, for matching training data.
        package var sourceSpans: [Range<Int>]
        package var targetSpans: [Range<Int>]
        /// The sentences that name both, or else the nearest sentence of each.
        var evidence: [Int]
    }

    enum Template: UInt64 {
        case bias = 1, types, levels, distance, together, order, gap, word, firstWord, lastWord, before, after
        case commaOnly, mentionsBetween, sourceIsTopic, targetIsTopic, targetsOfType, patternSaid, sourceNamedBy
        case typesDistance, typesOrder, typesWord
        case onlyOfType, sourceMentions, targetMentions, firstSentence, sourceKind, levelsDistance, typesTogether
        case targetInSourceSentence, sourceBefore, sourceAfter, sourceDescription, targetDescription
    }

    /// The candidates of a document: its strong mentions (by key), tokens and sentences, and
    /// the relations the patterns found.
    func candidates(
        _ mentions: [MentionCandidate], tokens: [Token], sentences: [Sentence], found: [LocalRelation]
    ) -> [Candidate] {
        // Entities by key, in the order first named, with their mentions (body sentences only).
        var order: [EntityKey] = []
        var ofKey: [EntityKey: [Int]] = [:]
        for index in mentions.indices where sentences[mentions[index].sentence].zone == .body {
            guard let key = mentions[index].key else { continue }
            if ofKey[key] == nil { order.append(key) }
            ofKey[key, default: []].append(index)
        }
        guard order.count > 1 else { return [] }
        let topic = order[0]
        var said: [KeyPair: [RelationType]] = [:]
        for relation in found { said[KeyPair(relation.source, relation.target), default: []].append(relation.type) }
        var ofType: [EntityType: Int] = [:]
        for key in order { ofType[mentions[ofKey[key]![0]].type, default: 0] += 1 }
        let neighbours = RelationNeighbours(order: order, ofKey: ofKey, mentions: mentions)
        var descriptions: [EntityKey: UInt64?] = [:]
        func description(of key: EntityKey) -> UInt64? {
            if let known = descriptions[key] { return known }
            let noun = self.description(of: ofKey[key]!, mentions, tokens, sentences)
            descriptions[key] = noun
            return noun
        }
        var out: [Candidate] = []
        for source in order {
            let sourceMentions = ofKey[source]!
            let first = mentions[sourceMentions[0]]
            for target in neighbours.of(source) {
                let targetMentions = ofKey[target]!
                let other = mentions[targetMentions[0]]
                let allowed = Self.labels(from: first.type, first.attributes["kind"], to: other.type)
                guard !allowed.isEmpty else { continue }
                // The nearest pair of mentions, by sentence and then by tokens.
                var best: (distance: Int, gap: Int, a: Int, b: Int)?
                for a in sourceMentions {
                    for b in targetMentions {
                        let distance = abs(mentions[a].sentence - mentions[b].sentence)
                        let gap = mentions[a].start < mentions[b].start
                            ? mentions[b].start - mentions[a].end : mentions[a].start - mentions[b].end
                        if best == nil || (distance, gap) < (best!.distance, best!.gap) { best = (distance, gap, a, b) }
                    }
                }
                guard let nearest = best, nearest.distance <= Self.window || source == topic || target == topic else { continue }
                var features: [UInt64] = []
                features.reserveCapacity(32)
                let types = Self.hash(first.type.rawValue) &+ 31 &* Self.hash(other.type.rawValue)
                func add(_ template: Template, _ value: UInt64 = 0) {
                    features.append(NameFeatures.mix(NameFeatures.mix(template.rawValue &* 0x9E37_79B9_7F4A_7C15) ^ value))
                }
                func addTyped(_ template: Template, _ value: UInt64) { add(template, types ^ NameFeatures.mix(value)) }
                add(.bias)
                add(.types, types)
                add(.levels, UInt64(RelationExtractor.level(of: first)?.rawValue ?? 9) << 8 | UInt64(RelationExtractor.level(of: other)?.rawValue ?? 9))
                if targetMentions.contains(where: { mentions[$0].sentence == first.sentence }) { addTyped(.targetInSourceSentence, 1) }
                let distance = UInt64(min(nearest.distance, 3))
                add(.distance, distance)
                addTyped(.typesDistance, distance)
                let together = sourceMentions.reduce(0) { count, a in
                    count + (targetMentions.contains { mentions[$0].sentence == mentions[a].sentence } ? 1 : 0)
                }
                add(.together, UInt64(min(together, 3)))
                if source == topic { add(.sourceIsTopic) }
                if target == topic { add(.targetIsTopic) }
                add(.targetsOfType, UInt64(min(ofType[other.type] ?? 0, 4)))
                // "The only country the article names": a place in it most likely lies there.
                if ofType[other.type] == 1 { addTyped(.onlyOfType, 1) }
                add(.sourceMentions, UInt64(min(sourceMentions.count, 4)))
                add(.targetMentions, UInt64(min(targetMentions.count, 4)))
                let opening = mentions[ofKey[topic]![0]].sentence
                addTyped(.firstSentence, (sourceMentions.contains { mentions[$0].sentence == opening } ? 1 : 0) << 1
                    | (targetMentions.contains { mentions[$0].sentence == opening } ? 1 : 0))
                if let kind = first.attributes["kind"] { add(.sourceKind, Self.hash(kind) ^ Self.hash(other.type.rawValue)) }
                let levels = UInt64(RelationExtractor.level(of: first)?.rawValue ?? 9) << 8 | UInt64(RelationExtractor.level(of: other)?.rawValue ?? 9)
                add(.levelsDistance, levels << 4 | UInt64(min(nearest.distance, 3)))
                addTyped(.typesTogether, UInt64(min(together, 3)))
                // What the text says each is: "X is a town in ...", "Y, a record label, ...".
                if let noun = description(of: source) { addTyped(.sourceDescription, noun) }
                if let noun = description(of: target) { addTyped(.targetDescription, noun) }
                // The words just before and after the source's first mention: "born in", "based in".
                let firstMention = mentions[sourceMentions[0]]
                let home = sentences[firstMention.sentence].tokens
                if firstMention.start > home.lowerBound { addTyped(.sourceBefore, Self.hash(tokens[firstMention.start - 1].key)) }
                if firstMention.end < home.upperBound { addTyped(.sourceAfter, Self.hash(tokens[firstMention.end].key)) }
                for type in said[KeyPair(source, target)] ?? [] { add(.patternSaid, Self.hash(type.rawValue)) }
                for type in said[KeyPair(target, source)] ?? [] { add(.patternSaid, Self.hash("reverse " + type.rawValue)) }
                add(.sourceNamedBy, Self.hash(first.evidence.rawValue))
                var evidence: [Int]
                if nearest.distance == 0 {
                    let a = mentions[nearest.a]
                    let b = mentions[nearest.b]
                    let sourceFirst = a.start < b.start
                    add(.order, sourceFirst ? 1 : 2)
                    addTyped(.typesOrder, sourceFirst ? 1 : 2)
                    let (left, right) = sourceFirst ? (a, b) : (b, a)
                    // Mentions may overlap ("Trade Minister Ana Lima" and the ministry its title names).
                    let gap = left.end..<max(left.end, right.start)
                    add(.gap, UInt64(min(gap.count, 10)))
                    if gap.count == 1 && tokens[gap.lowerBound].key == "," { add(.commaOnly) }
                    add(.mentionsBetween, UInt64(neighbours.mentionsWithin(gap, of: a.sentence, upTo: 3)))
                    for index in gap.prefix(Self.wordsBetween) where tokens[index].kind == .word {
                        let word = Self.hash(tokens[index].key)
                        add(.word, word)
                        addTyped(.typesWord, word ^ (sourceFirst ? 1 : 2))
                    }
                    if let firstWord = gap.first { add(.firstWord, Self.hash(tokens[firstWord].key)) }
                    if let lastWord = gap.last { add(.lastWord, Self.hash(tokens[lastWord].key)) }
                    let sentence = sentences[a.sentence].tokens
                    if left.start > sentence.lowerBound { add(.before, Self.hash(tokens[left.start - 1].key)) }
                    if right.end < sentence.upperBound { add(.after, Self.hash(tokens[right.end].key)) }
                    evidence = [a.sentence]
                } else {
                    evidence = [mentions[nearest.a].sentence, mentions[nearest.b].sentence].sorted()
                }
                out.append(
                    Candidate(
                        source: source, target: target, allowed: allowed, features: features,
                        sourceSpans: sourceMentions.map { tokens[mentions[$0].start].start..<tokens[mentions[$0].end - 1].end },
                        targetSpans: targetMentions.map { tokens[mentions[$0].start].start..<tokens[mentions[$0].end - 1].end },
                        evidence: evidence))
            }
        }
        return out
    }

    static func hash(_ text: String) -> UInt64 { NameFeatures.bytesHash(text.utf8) }

    /// The noun of the first description the text gives an entity: "is a small town", ", a
    /// record label": the first lower-case word after "is/was/, a/an/the" and up to three
    /// modifiers that is no function word.
    private func description(
        of indices: [Int], _ mentions: [MentionCandidate], _ tokens: [Token], _ sentences: [Sentence]
    ) -> UInt64? {
        for index in indices {
            let upper = sentences[mentions[index].sentence].tokens.upperBound
            var cursor = mentions[index].end
            guard cursor + 1 < upper, copulas.contains(tokens[cursor].key), articles.contains(tokens[cursor + 1].key)
            else { continue }
            cursor += 2
            var noun: String?
            while cursor < min(upper, mentions[index].end + 8), tokens[cursor].kind == .word, !tokens[cursor].isCapitalized {
                if !lexicon.isFunctionWord(tokens[cursor].key) { noun = tokens[cursor].key }
                if descriptionStops.contains(tokens[cursor].key) { break }
                cursor += 1
            }
            if let noun { return Self.hash(noun) }
        }
        return nil
    }
}
