import Foundation
import NewsGraphCore

/// A learned classifier of the relation between two entities of a document (who works for or
/// leads what, what lies in what, what body is part of what), for the pairs no pattern
/// covers: an averaged perceptron over `RelationFeatures`, trained by `make model` on the
/// relation dev set's training half.
///
/// It reads the text, not world knowledge: its edges say `basis: inferred` (a reading of the
/// document rather than a sentence that states the relation) and carry the sentences that name
/// the two. The gazetteer may only veto it: a town the gazetteer puts in one country is not
/// read as lying in another.
package struct RelationClassifier: Sendable {
    /// A relation between entities of two types, as the classifier may read it.
    package struct Reading: Hashable, Codable, Sendable {
        package var relation: RelationType
        package var source: EntityType
        package var target: EntityType

        package init(_ relation: RelationType, _ source: EntityType, _ target: EntityType) {
            self.relation = relation
            self.source = source
            self.target = target
        }
    }

    let model: LinearModel
    /// How far the best relation's score must lead the score of none.
    let threshold: Float
    /// The readings it gives: those cross-validation did not show wrong more often than right
    /// (`isMostlyWrong` in the training).
    let readings: Set<Reading>
    /// `readings` as a table: whether label `l` between types `s` and `t` (by
    /// `RelationFeatures.typeIndex`) is one it gives, at `(s * typeCount + t) * labelCount + l`.
    private let gives: [Bool]
    let features: RelationFeatures

    package static let magic = "NGRC"
    package static let labelCount = RelationFeatures.Label.allCases.count

    package init(model: LinearModel, threshold: Float, readings: Set<Reading>, lexicon: Lexicon) {
        self.model = model
        self.threshold = threshold
        self.readings = readings
        features = RelationFeatures(lexicon: lexicon)
        let types = EntityType.allCases
        var gives = [Bool](repeating: false, count: types.count * types.count * Self.labelCount)
        for source in types {
            for target in types {
                for label in RelationFeatures.Label.allCases {
                    guard let relation = label.relationType, readings.contains(Reading(relation, source, target)) else { continue }
                    gives[Self.slot(label, source, target)] = true
                }
            }
        }
        self.gives = gives
    }

    private static func slot(_ label: RelationFeatures.Label, _ source: EntityType, _ target: EntityType) -> Int {
        (RelationFeatures.typeIndex(source) * EntityType.allCases.count + RelationFeatures.typeIndex(target)) * labelCount + label.rawValue
    }

    /// The classifier that ships with newsgraph; its threshold is in the model's card.
    package static func standard(lexicon: Lexicon) throws -> RelationClassifier {
        let model = try LinearModel.shipped("relation-classifier.weights", magic: magic, labelCount: labelCount)
        let card = Lexicon.resourceFolder().appendingPathComponent("model/relation-classifier.json")
        guard let data = FileManager.default.contents(atPath: card.path),
            let read = try? JSONDecoder().decode(ModelCard.self, from: data)
        else {
            throw ExtractionError.badModel(path: card.path, reason: "missing, or without a threshold and readings")
        }
        return RelationClassifier(model: model, threshold: read.threshold, readings: Set(read.readings), lexicon: lexicon)
    }

    /// The part of the model's card the classifier needs; the rest is for readers.
    private struct ModelCard: Decodable {
        let threshold: Float
        let readings: [Reading]
    }

    /// The best allowed relation of a candidate and its lead over none.
    package func decide(_ candidate: RelationFeatures.Candidate) -> (label: RelationFeatures.Label, margin: Float) {
        var scores: [Float] = []
        return decide(candidate.features, allowed: candidate.allowed, scores: &scores)
    }

    /// `decide(_:)` for a candidate's features and labels, its scores summed in `scores`, a
    /// buffer the caller reuses from one candidate to the next.
    func decide(
        _ features: [UInt64], allowed: [RelationFeatures.Label], scores: inout [Float]
    ) -> (label: RelationFeatures.Label, margin: Float) {
        model.scores(features, into: &scores)
        var best = RelationFeatures.Label.none
        var bestScore = -Float.infinity
        for label in allowed where scores[label.rawValue] > bestScore {
            best = label
            bestScore = scores[label.rawValue]
        }
        return (best, bestScore - scores[RelationFeatures.Label.none.rawValue])
    }

    /// The slots a relation fills that hold one entity each: a person serves one country, and a
    /// country has one leader; a body or place is part of, or lies in, one country; a meeting
    /// is held in one country and one town. ("Xi Jinping leads China" leaves no room for a
    /// second leader of China, nor for Xi to lead the United States.) Countries and places are
    /// told by their keys.
    static func slots(_ source: EntityKey, _ type: RelationType, _ target: EntityKey) -> [(name: Slot, holder: EntityKey)] {
        let toCountry = target.type == .country
        let toPlace = target.type == .place
        switch type {
        case .leads where toCountry: return [(Slot(.serves, source), target), (Slot(.ledBy, target), source)]
        case .represents where toCountry: return [(Slot(.serves, source), target)]
        case .locatedIn where toCountry, .partOf where toCountry: return [(Slot(.country, source), target)]
        case .heldIn where toCountry: return [(Slot(.heldInCountry, source), target)]
        case .heldIn where toPlace: return [(Slot(.heldInTown, source), target)]
        default: return []
        }
    }

    /// What an entity's mentions say of its kind, size and country, for the vetoes.
    private struct KeyFacts {
        var kind: String?
        var level: PlaceLevel?
        var country: String?
        /// A body the lexicon lists as international (the United Nations, the World Bank), or
        /// whose own name says it spans nations (the `multinational-word` cue class).
        var isInternational = false

        /// Keeps what is given, and what was said before where it is not.
        mutating func update(kind: String?, level: PlaceLevel?, country: String?) {
            if let kind { self.kind = kind }
            if let level { self.level = level }
            if let country { self.country = country }
        }
    }

    /// A place one entity can hold for another: the country a person serves, the leader of a
    /// country, the country a body or place belongs to, the country and town a meeting is held in.
    struct Slot: Hashable {
        enum Kind { case serves, ledBy, country, heldInCountry, heldInTown }
        var kind: Kind
        var of: EntityKey

        init(_ kind: Kind, _ of: EntityKey) {
            self.kind = kind
            self.of = of
        }
    }

    /// What the classifier keeps of a pair it reads a relation in (a `RelationFeatures.Candidate`
    /// less what only training reads).
    private struct DecidedPair {
        var source: EntityKey
        var target: EntityKey
        /// The sentences that name both, or else the nearest sentence of each.
        var evidence: [Int]
        /// Whether the patterns found a relation between the two, either way round.
        var patternsRelate: Bool
    }

    /// The relations the classifier reads in a document, for pairs the patterns did not relate
    /// by the same type.
    /// - Parameter found: what the patterns found, list after list (read where they lie, not joined).
    func relations(
        _ mentions: [MentionCandidate], tokens: [Token], sentences: [Sentence], evidences: [Evidence],
        found: [[LocalRelation]], lexicon: Lexicon
    ) -> [LocalRelation] {
        // Most pairs are found to hold no relation: only those that do are kept, and only then
        // is the rest of the document read.
        var decided: [(candidate: DecidedPair, decision: (label: RelationFeatures.Label, margin: Float))] = []
        var scores: [Float] = []
        // A pair none of whose relations it gives ("a person and a body", once `member_of` was
        // found wrong more often than right) is not worth its features: whichever it decided, the
        // edge would be dropped.
        let asks = { (source: EntityType, target: EntityType, allowed: [RelationFeatures.Label]) in
            allowed.contains { gives[Self.slot($0, source, target)] }
        }
        features.forEachPair(mentions, tokens: tokens, sentences: sentences, found: found, asking: asks) { pair, entities in
            let decision = decide(pair.features, allowed: pair.allowed, scores: &scores)
            if decision.margin > threshold, let type = decision.label.relationType {
                let (source, target) = (entities[pair.source].key, entities[pair.target].key)
                if readings.contains(Reading(type, source.type, target.type)) {
                    decided.append(
                        (
                            DecidedPair(source: source, target: target, evidence: pair.evidenceSentences, patternsRelate: pair.patternsRelate),
                            decision
                        ))
                }
            }
        }
        guard !decided.isEmpty else { return [] }
        decided.sort { ($1.1.margin, $0.0.source, $0.0.target) < ($0.1.margin, $1.0.source, $1.0.target) }
        // Each key's kind, size and country: of its mentions, the last that gives each.
        // Only the keys of the decided pairs are asked about: other mentions are passed over
        // with one look-up, not three.
        var asked = Set<EntityKey>(minimumCapacity: 2 * decided.count)
        for (candidate, _) in decided {
            asked.insert(candidate.source)
            asked.insert(candidate.target)
        }
        var facts: [EntityKey: KeyFacts] = [:]
        // (By index: a mention copied out of the array is a dozen references retained and released.)
        for index in mentions.indices {
            guard let key = mentions[index].key, asked.contains(key) else { continue }
            let kind = mentions[index].attributes["kind"]
            let level = RelationExtractor.level(of: mentions[index])
            let country = RelationExtractor.country(of: mentions[index])
            guard kind != nil || level != nil || country != nil else { continue }
            facts[key, default: KeyFacts()].update(kind: kind, level: level, country: country)
            if (kind == "international" && mentions[index].evidence == .lexicon) || namesMultinationalBody(mentions[index], lexicon) {
                facts[key]!.isInternational = true
            }
        }
        // Slots a relation fills once: what the patterns fill is taken, and of the classifier's
        // readings the most confident fills a slot first.
        var filled: [Slot: EntityKey] = [:]
        for list in found {
            for index in list.indices {
                for slot in Self.slots(list[index].source, list[index].type, list[index].target) where filled[slot.name] == nil {
                    filled[slot.name] = slot.holder
                }
            }
        }
        var out: [LocalRelation] = []
        for (candidate, decision) in decided {
            // A pair the patterns relate is read as they read it ("Foreign Minister X" represents
            // his country; the classifier would not make him its leader).
            guard let type = decision.label.relationType, !candidate.patternsRelate else { continue }
            // What lies in something is smaller than it; an international body, a company or a
            // newspaper is no part of the country it works in.
            if type == .locatedIn || type == .partOf, let inner = facts[candidate.source]?.level, let outer = facts[candidate.target]?.level,
                inner <= outer
            {
                continue
            }
            if type == .partOf, candidate.target.type == .country,
                lexicon.isIndependentKind(facts[candidate.source]?.kind) || facts[candidate.source]?.isInternational == true
            {
                continue
            }
            // The United Nations works in Darfur and the World Bank in Zambia: where a body of
            // nations is, an article says in so many words ("headquartered in Geneva"), and the
            // patterns read that; the classifier took every country such a body worked in.
            if type == .locatedIn, facts[candidate.source]?.isInternational == true { continue }
            if type == .locatedIn, let inner = facts[candidate.source]?.country, let outer = facts[candidate.target]?.country,
                inner != outer
            {
                continue
            }
            let slots = Self.slots(candidate.source, type, candidate.target)
            guard slots.allSatisfy({ filled[$0.name] == nil || filled[$0.name] == $0.holder }) else { continue }
            for slot in slots { filled[slot.name] = slot.holder }
            for sentence in candidate.evidence {
                out.append(
                    LocalRelation(
                        source: candidate.source, target: candidate.target, type: type,
                        attributes: ["pattern": .string(LocalRelation.classifierRule), "basis": .string("inferred")],
                        evidence: evidences[sentence]))
            }
        }
        return out
    }

    /// Whether a body's own name says it spans nations: "Inter-American Commission on Human
    /// Rights", "World Food Programme" (`multinational-word`).
    private func namesMultinationalBody(_ mention: MentionCandidate, _ lexicon: Lexicon) -> Bool {
        mention.type == .agency
            && mention.name.split(separator: " ").contains { lexicon.cue("multinational-word", contains: $0.lowercased()) }
    }
}
