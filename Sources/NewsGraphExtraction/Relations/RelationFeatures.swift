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
        /// Whether the patterns found a relation between the two, either way round.
        var patternsRelate: Bool
    }

    enum Template: UInt64 {
        case bias = 1, types, levels, distance, together, order, gap, word, firstWord, lastWord, before, after
        case commaOnly, mentionsBetween, sourceIsTopic, targetIsTopic, targetsOfType, patternSaid, sourceNamedBy
        case typesDistance, typesOrder, typesWord
        case onlyOfType, sourceMentions, targetMentions, firstSentence, sourceKind, levelsDistance, typesTogether
        case targetInSourceSentence, sourceBefore, sourceAfter, sourceDescription, targetDescription
    }

    /// The candidates of a document: its strong mentions (by key), tokens and sentences, and
    /// the relations the patterns found, list after list.
    func candidates(
        _ mentions: [MentionCandidate], tokens: [Token], sentences: [Sentence], found: [[LocalRelation]]
    ) -> [Candidate] {
        var out: [Candidate] = []
        forEachPair(mentions, tokens: tokens, sentences: sentences, found: found) { pair, entities in
            out.append(pair.candidate(of: entities, mentions, tokens))
        }
        return out
    }

    /// One candidate pair as `forEachPair` reads it: its features are in a buffer the next pair
    /// reuses, so a pair the classifier rejects costs no allocation of its own.
    struct Pair {
        /// The entities' ranks.
        let source: Int
        let target: Int
        let allowed: [Label]
        let features: [UInt64]
        /// The sentences that name both, or else the nearest sentence of each, ascending.
        let evidence: (Int, Int?)
        let patternsRelate: Bool

        /// The pair as a candidate of its own.
        /// - Parameter entities: the document's, by rank.
        func candidate(of entities: [Entity], _ mentions: [MentionCandidate], _ tokens: [Token]) -> Candidate {
            Candidate(
                source: entities[source].key, target: entities[target].key, allowed: allowed, features: features,
                sourceSpans: entities[source].spans(mentions, tokens), targetSpans: entities[target].spans(mentions, tokens),
                evidence: evidenceSentences, patternsRelate: patternsRelate)
        }

        /// The sentences of `evidence`, ascending.
        var evidenceSentences: [Int] { [evidence.0] + (evidence.1.map { [$0] } ?? []) }
    }

    /// Calls `body` with each candidate pair of a document and the document's entities by rank,
    /// in the order `candidates` lists them.
    /// - Parameter asks: whether a pair of entities whose keys are of these types (source,
    ///   target), which may hold these relations, is to be read at all; a pair it refuses is
    ///   passed over before anything is worked out for it (the classifier refuses pairs none of
    ///   whose relations it gives).
    func forEachPair(
        _ mentions: [MentionCandidate], tokens: [Token], sentences: [Sentence], found: [[LocalRelation]],
        asking asks: (EntityType, EntityType, [Label]) -> Bool = { _, _, _ in true },
        _ body: (Pair, [Entity]) -> Void
    ) {
        // Entities by rank: in the order first named (body sentences only), the topic first.
        let (entities, rank) = Self.entities(mentions, tokens, sentences)
        guard entities.count > 1 else { return }
        // What the patterns said of each entity, as source, in the order they said it.
        // What only the gazetteer knows (a city's country) is a feature, but leaves the pair for
        // the classifier to read: where the text bears it out, the edge is the text's.
        var said = [[(target: Int, type: RelationType, isKnowledge: Bool)]](repeating: [], count: entities.count)
        // Relations come in runs that share their keys (one per sentence of evidence): a key
        // the one before had is not looked up again.
        var last: (source: EntityKey, rank: Int?, target: EntityKey, targetRank: Int?)?
        for list in found {
            for index in list.indices {
                let relation = (source: list[index].source, target: list[index].target)
                let source = last.map { $0.source === relation.source } == true ? last!.rank : rank[relation.source]
                let target = last.map { $0.target === relation.target } == true ? last!.targetRank : rank[relation.target]
                last = (relation.source, source, relation.target, target)
                if let source, let target {
                    said[source].append((target, list[index].type, list[index].attributes["basis"] == .string("knowledge")))
                }
            }
        }
        var ofType = [Int](repeating: 0, count: EntityType.allCases.count)
        for entity in entities { ofType[Self.typeIndex(entity.type)] += 1 }
        let opening = entities[0].sentences[0]
        let inOpening = entities.map { $0.isNamed(in: opening) }
        let neighbours = RelationNeighbours(mentionsOf: entities.map(\.mentions), mentions: mentions)
        // Worked out for an entity when a pair first asks.
        var descriptions = [UInt64??](repeating: nil, count: entities.count)
        var features = FeatureBuffer()
        features.values.reserveCapacity(48)
        var targets: [Int] = []
        for source in entities.indices {
            let first = entities[source]
            // A person is compared with bodies only, and meetings, policies and goods with nothing.
            guard first.canBeSource else { continue }
            neighbours.of(source, into: &targets)
            for target in targets {
                let other = entities[target]
                let targetType = Self.typeIndex(other.type)
                let allowed = first.allowed[targetType]
                guard !allowed.isEmpty, asks(first.key.type, other.key.type, allowed) else { continue }
                // The nearest pair of mentions, by sentence and then by tokens.
                var best: (distance: Int, gap: Int, a: Int, b: Int)?
                for i in first.mentions.indices {
                    for j in other.mentions.indices {
                        let distance = abs(first.sentences[i] - other.sentences[j])
                        let gap = first.starts[i] < other.starts[j] ? other.starts[j] - first.ends[i] : first.starts[i] - other.ends[j]
                        if best == nil || (distance, gap) < (best!.distance, best!.gap) {
                            best = (distance, gap, first.mentions[i], other.mentions[j])
                        }
                    }
                }
                guard let nearest = best, nearest.distance <= Self.window || source == 0 || target == 0 else { continue }
                // Whom a person works for, a sentence says; across sentences the reading was
                // wrong 27 times in 28 on the documents the classifier learned from.
                if first.type == .person && nearest.distance > 0 { continue }
                // Where a body is, among towns and sites, a sentence says too: across sentences
                // the reading was right 15 times in 42 in cross-validation (8 in 42 on the
                // held-out half), and in news it put an agency or a broadcaster where a later
                // sentence's strikes fell.
                if first.type == .agency && other.type == .place && nearest.distance > 0 { continue }
                features.values.removeAll(keepingCapacity: true)
                let types = first.typeHash &+ 31 &* other.typeHash
                features.types = types
                features.add(.bias)
                features.add(.types, types)
                let levels = first.level << 8 | other.level
                features.add(.levels, levels)
                if other.isNamed(in: first.sentences[0]) { features.addTyped(.targetInSourceSentence, 1) }
                let distance = UInt64(min(nearest.distance, 3))
                features.add(.distance, distance)
                features.addTyped(.typesDistance, distance)
                let together = first.sentences.reduce(0) { count, sentence in count + (other.isNamed(in: sentence) ? 1 : 0) }
                features.add(.together, UInt64(min(together, 3)))
                if source == 0 { features.add(.sourceIsTopic) }
                if target == 0 { features.add(.targetIsTopic) }
                features.add(.targetsOfType, UInt64(min(ofType[targetType], 4)))
                // "The only country the article names": a place in it most likely lies there.
                if ofType[targetType] == 1 { features.addTyped(.onlyOfType, 1) }
                features.add(.sourceMentions, UInt64(min(first.mentions.count, 4)))
                features.add(.targetMentions, UInt64(min(other.mentions.count, 4)))
                features.addTyped(.firstSentence, (inOpening[source] ? 1 : 0) << 1 | (inOpening[target] ? 1 : 0))
                if let kind = first.kindHash { features.add(.sourceKind, kind ^ other.typeHash) }
                features.add(.levelsDistance, levels << 4 | UInt64(min(nearest.distance, 3)))
                features.addTyped(.typesTogether, UInt64(min(together, 3)))
                // What the text says each is: "X is a town in ...", "Y, a record label, ...".
                if descriptions[source] == nil {
                    descriptions[source] = .some(description(of: first.mentions, mentions, tokens, sentences))
                }
                if descriptions[target] == nil {
                    descriptions[target] = .some(description(of: other.mentions, mentions, tokens, sentences))
                }
                if let noun = descriptions[source]! { features.addTyped(.sourceDescription, noun) }
                if let noun = descriptions[target]! { features.addTyped(.targetDescription, noun) }
                // The words just before and after the source's first mention: "born in", "based in".
                if let word = first.before { features.addTyped(.sourceBefore, word) }
                if let word = first.after { features.addTyped(.sourceAfter, word) }
                var patternsRelate = false
                for said in said[source] where said.target == target {
                    features.add(.patternSaid, Self.hash(said.type.rawValue))
                    if !said.isKnowledge { patternsRelate = true }
                }
                for said in said[target] where said.target == source {
                    features.add(.patternSaid, Self.hash("reverse " + said.type.rawValue))
                    if !said.isKnowledge { patternsRelate = true }
                }
                features.add(.sourceNamedBy, first.evidenceHash)
                let evidence: (Int, Int?)
                if nearest.distance == 0 {
                    // Read in place: a mention copied is a dozen references retained and released.
                    let sourceFirst = mentions[nearest.a].start < mentions[nearest.b].start
                    features.add(.order, sourceFirst ? 1 : 2)
                    features.addTyped(.typesOrder, sourceFirst ? 1 : 2)
                    let (left, right) = sourceFirst ? (nearest.a, nearest.b) : (nearest.b, nearest.a)
                    let sentenceIndex = mentions[nearest.a].sentence
                    // Mentions may overlap ("Trade Minister Ana Lima" and the ministry its title names).
                    let gap = mentions[left].end..<max(mentions[left].end, mentions[right].start)
                    features.add(.gap, UInt64(min(gap.count, 10)))
                    if gap.count == 1 && tokens[gap.lowerBound].key == "," { features.add(.commaOnly) }
                    features.add(.mentionsBetween, UInt64(neighbours.mentionsWithin(gap, of: sentenceIndex, upTo: 3)))
                    for index in gap.prefix(Self.wordsBetween) where tokens[index].kind == .word {
                        let word = Self.hash(tokens[index].key)
                        features.add(.word, word)
                        features.addTyped(.typesWord, word ^ (sourceFirst ? 1 : 2))
                    }
                    if let firstWord = gap.first { features.add(.firstWord, Self.hash(tokens[firstWord].key)) }
                    if let lastWord = gap.last { features.add(.lastWord, Self.hash(tokens[lastWord].key)) }
                    let sentence = sentences[sentenceIndex].tokens
                    if mentions[left].start > sentence.lowerBound { features.add(.before, Self.hash(tokens[mentions[left].start - 1].key)) }
                    if mentions[right].end < sentence.upperBound { features.add(.after, Self.hash(tokens[mentions[right].end].key)) }
                    evidence = (sentenceIndex, nil)
                } else {
                    let (one, two) = (mentions[nearest.a].sentence, mentions[nearest.b].sentence)
                    evidence = (min(one, two), max(one, two))
                }
                body(
                    Pair(
                        source: source, target: target, allowed: allowed, features: features.values, evidence: evidence,
                        patternsRelate: patternsRelate), entities)
            }
        }
    }

    static func hash(_ text: String) -> UInt64 { NameFeatures.bytesHash(text.utf8) }

    /// The features of one pair as they are worked out: each a template's number mixed with a
    /// value. A buffer with methods rather than functions nested in the loop: those captured
    /// the array, and every append paid a run-time exclusivity check.
    private struct FeatureBuffer {
        var values: [UInt64] = []
        /// The pair's types, hashed: what a typed template mixes its value with.
        var types: UInt64 = 0

        @inline(__always) mutating func add(_ template: Template, _ value: UInt64 = 0) {
            values.append(NameFeatures.mix(NameFeatures.mix(template.rawValue &* 0x9E37_79B9_7F4A_7C15) ^ value))
        }

        @inline(__always) mutating func addTyped(_ template: Template, _ value: UInt64) {
            add(template, types ^ NameFeatures.mix(value))
        }
    }

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
