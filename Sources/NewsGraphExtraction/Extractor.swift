import Foundation
import NewsGraphCore

/// Article → what it says: the extraction pipeline for one document.
///
/// Stages, each its own type: tokens and sentences (`Tokenizer`, `SentenceSplitter`),
/// mentions (`MentionRecognizer`), in-document resolution (`DocumentResolver`), meetings and
/// policies (`EventRecognizer`), relations (`RelationExtractor` over `relations.patterns`).
/// Documents are independent, so they can be extracted in parallel; `CorpusResolver` joins them.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    /// The lexicon with every word the stages test numbered: what tokenizes articles.
    let frozen: FrozenLexicon
    public let patterns: [RelationPattern]
    let patternSet: PatternSet
    let events: EventRecognizer
    let zoneCues: ZoneCues
    /// The learned name tagger; nil runs the rules alone.
    let nameTagger: NameTagger?
    /// What the tagger reads, made once: it tabulates the lexicon's facts by word number.
    let nameFeatures: NameFeatures
    /// The learned relation classifier; nil reads relations by patterns alone.
    private(set) var relationClassifier: RelationClassifier?
    let quantities: QuantityRecognizer

    /// - Parameters:
    ///   - lexicon: world knowledge and linguistic data.
    ///   - patternFiles: the user's own relation pattern files, added to the shipped ones.
    ///   - learnedNames: whether the learned name tagger finds the names rules have no evidence for.
    ///   - learnedRelations: whether the learned relation classifier reads the pairs patterns miss.
    public init(lexicon: Lexicon, patternFiles: [String] = [], learnedNames: Bool = true, learnedRelations: Bool = true) throws {
        let shipped = Lexicon.resourceFolder().appendingPathComponent("patterns/relations.patterns")
        var patterns = try RelationPattern.parse(String(contentsOf: shipped, encoding: .utf8), path: "relations.patterns")
        for file in patternFiles {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw ExtractionError.badPattern(path: file, line: 0, reason: "cannot read the file as UTF-8 text")
            }
            patterns += try RelationPattern.parse(text, path: file)
        }
        self.patterns = patterns
        // The patterns' words and those the event rules test join the lexicon's vocabulary
        // before it is frozen, so tokens carry their numbers.
        let (frozen, (patternSet, events)) = lexicon.frozen { numbering in
            (PatternSet(patterns, numbering: &numbering), EventRecognizer(numbering: &numbering))
        }
        self.frozen = frozen
        self.patternSet = patternSet
        self.events = events
        let lexicon = frozen.lexicon
        self.lexicon = lexicon
        zoneCues = ZoneCues(lexicon)
        quantities = QuantityRecognizer(lexicon: lexicon)
        nameTagger = learnedNames ? try NameTagger.standard() : nil
        nameFeatures = NameFeatures(lexicon: lexicon)
        relationClassifier = learnedRelations ? try RelationClassifier.standard(lexicon: lexicon) : nil
    }

    public func extract(_ article: Article) -> DocumentExtraction {
        extract(article) { _ in }
    }

    /// This extractor with another relation classifier: the training's cross-validation reads
    /// each fold with a model the fold was not trained on.
    package func using(_ classifier: RelationClassifier) -> Extractor {
        var copy = self
        copy.relationClassifier = classifier
        return copy
    }

    /// What the stages up to the relations make of a document.
    private struct Analysis {
        var tokens: [Token]
        var sentences: [Sentence]
        var evidences: [Evidence]
        /// The resolved mentions less those an event's name took over.
        var kept: [MentionCandidate]
        /// Those with evidence of their own, and the events'.
        var strong: [MentionCandidate]
        var events: EventRecognizer.Output
        var found: RelationExtractor.Output
        var diagnostics: [Diagnostic]
    }

    private func analyse(_ article: Article, stageEnded: (ExtractionStage) -> Void) -> Analysis {
        let tokens = frozen.tokens(of: article.scalars)
        stageEnded(.tokens)
        let splitter = SentenceSplitter(lexicon: lexicon, cues: zoneCues)
        let sentences = splitter.split(tokens)
        stageEnded(.sentences)
        let recognized = MentionRecognizer(
            lexicon: lexicon, commonWords: splitter.lowercaseWords, nameTagger: nameTagger, nameFeatures: nameFeatures
        ).recognize(tokens, sentences)
        stageEnded(.mentions)
        let resolved = DocumentResolver(lexicon: lexicon).resolve(recognized.mentions, tokens: tokens, documentID: article.document.id)
        stageEnded(.resolution)
        // Each sentence's evidence once, shared by every relation it supports.
        let evidences = sentences.map { sentence in
            Evidence(
                document: article.document.id, start: sentence.start, end: sentence.end,
                sentence: article.slice(sentence.start, sentence.end))
        }
        let events = self.events.recognize(
            recognized.triggers, mentions: resolved.mentions, tokens: tokens, sentences: sentences, evidences: evidences)
        stageEnded(.events)
        // An event's name is its own: what its words were taken for gives way ("Winter Olympics").
        let kept = events.superseded.isEmpty ? resolved.mentions : resolved.mentions.filter { !events.supersedes($0) }
        // Gathered into one array: a filtered copy joined to the events' copied every mention twice.
        var strong: [MentionCandidate] = []
        strong.reserveCapacity(kept.count + events.mentions.count)
        for index in kept.indices where !kept[index].isWeak { strong.append(kept[index]) }
        strong.append(contentsOf: events.mentions)
        // Pronouns and "the company" resolved to what they refer to, for the patterns only.
        let references = ReferenceResolver(lexicon: lexicon).references(strong, titles: recognized.titles, tokens: tokens, sentences: sentences)
        let found = RelationExtractor(lexicon: lexicon, patterns: patternSet).extract(
            mentions: strong + references, titles: recognized.titles, tokens: tokens, sentences: sentences, evidences: evidences,
            article: article, events: events)
        var analysis = Analysis(
            tokens: tokens, sentences: sentences, evidences: evidences, kept: kept, strong: strong, events: events, found: found,
            diagnostics: resolved.diagnostics)
        let guesses =
            relationClassifier?.relations(
                strong, tokens: tokens, sentences: sentences, evidences: evidences,
                found: [events.relations, found.relations], lexicon: lexicon) ?? []
        // The classifier's guesses last, after the chains the text states.
        analysis.found.relations += ContainmentChains.implied(by: [analysis.found.relations, guesses])
        analysis.found.relations += guesses
        stageEnded(.relations)
        return analysis
    }

    /// `extract`, calling `stageEnded` as each stage finishes: `make bench` reads its clock there.
    public func extract(_ article: Article, stageEnded: (ExtractionStage) -> Void) -> DocumentExtraction {
        var analysis = analyse(article, stageEnded: stageEnded)
        // The relations, the events' first, taken out of the analysis: the list then held alone
        // is joined by moving its relations, where a joined copy retained and released each.
        var relations = analysis.found.relations
        analysis.found.relations = []
        relations.insert(contentsOf: analysis.events.relations, at: 0)
        var entities = entities([analysis.kept, analysis.events.mentions, analysis.found.impliedMentions], analysis.tokens, article)
        let stated = quantities.quantities(
            of: analysis.events.mentions, tokens: analysis.tokens, sentences: analysis.sentences, evidences: analysis.evidences,
            article: article)
        if !stated.isEmpty {
            for index in entities.indices { entities[index].quantities = stated[entities[index].key] }
        }
        let extraction = DocumentExtraction(
            document: article.document,
            entities: entities,
            relations: sharingKeys(of: entities, withoutSelfTargets(deduplicated(relations))),
            diagnostics: analysis.diagnostics)
        stageEnded(.entities)
        return extraction
    }

    /// The pairs of entities the relation classifier would read in an article, with their
    /// features: what `make model` trains it on.
    package func relationCandidates(_ article: Article) -> [RelationFeatures.Candidate] {
        let analysis = analyse(article) { _ in }
        return RelationFeatures(lexicon: lexicon).candidates(
            analysis.strong, tokens: analysis.tokens, sentences: analysis.sentences,
            found: [analysis.events.relations, analysis.found.relations])
    }

    /// What the mentions of one entity add up to, gathered mention by mention.
    ///
    /// Changed in place, through its methods (`groups[group].add(...)`).
    private struct EntityParts {
        var key: EntityKey
        var type: EntityType
        var attributes: [String: String]
        var roles: [String] = []
        var statuses: [String] = []
        /// The country of the last mention that knows one: it overrides the attribute, so it is
        /// set once, at the end.
        var country: String?
        /// Each mention's code-point span.
        var spans: [(start: Int, end: Int)] = []
        /// Each mention's name, "" where it gives none.
        var names: [String] = []
        var isWeak = true

        /// Starts from the first mention's attributes, less internal ones.
        init(first mention: MentionCandidate, key: EntityKey) {
            self.key = key
            type = mention.type
            attributes = mention.attributes
            for name in mention.attributes.keys where Extractor.isInternalAttribute(name) { attributes.removeValue(forKey: name) }
            // Room for a few mentions: an entity is seldom named only once.
            spans.reserveCapacity(4)
            names.reserveCapacity(4)
        }

        /// Adds `mentions[index]`: every mention's role and status count, and later mentions add
        /// the attributes the entity lacks.
        mutating func add(_ mentions: [MentionCandidate], _ index: Int, isFirst: Bool, _ tokens: [Token], _ lexicon: Lexicon) {
            for (name, value) in mentions[index].attributes {
                if name == "role" { roles.append(value) }
                if name == "status" { statuses.append(value) }
                if !isFirst && !Extractor.isInternalAttribute(name) && attributes[name] == nil { attributes[name] = value }
            }
            if let country = mentions[index].country { self.country = lexicon.countries[country].name }
            if let code = mentions[index].placeCountry, let country = lexicon.countryByCode[code] {
                self.country = lexicon.countries[country].name
            }
            spans.append((tokens[mentions[index].extentStart ?? mentions[index].start].start, tokens[mentions[index].end - 1].end))
            names.append(mentions[index].name)
            if !mentions[index].isWeak { isWeak = false }
        }

        /// The entity, its parts settled in place.
        mutating func entity(_ article: Article) -> LocalEntity {
            if let country { setAttribute("country", country) }
            // The most frequent role and status, not the first.
            if let role = mostFrequent(roles) { setAttribute("role", role) }
            if let status = mostFrequent(statuses) { setAttribute("status", status) }
            // Each distinct span once, in order; a span's text is a function of it within the
            // document, so the text is sliced only for the spans kept.
            spans.sort { $0 < $1 }
            var mentions: [Mention] = []
            for (index, span) in spans.enumerated() where index == 0 || spans[index - 1] != span {
                let text = article.slice(span.start, span.end)
                mentions.append(Mention(document: article.document.id, start: span.start, end: span.end, text: text))
            }
            return LocalEntity(
                key: key, type: type, names: Extractor.rankedNames(names, type: type), mentions: mentions, attributes: attributes,
                isWeak: isWeak)
        }

        /// Sets an attribute unless it has that value already (a write would copy the storage the
        /// attributes may share with the first mention's).
        private mutating func setAttribute(_ name: String, _ value: String) {
            if attributes[name] != value { attributes[name] = value }
        }
    }

    /// Groups mentions by key into the document's entities, in the order their keys first appear.
    ///
    /// The lists (resolved mentions, events', implied ones) are read where they lie, not joined.
    private func entities(_ lists: [[MentionCandidate]], _ tokens: [Token], _ article: Article) -> [LocalEntity] {
        let mentionCount = lists.reduce(0) { $0 + $1.count }
        var groupOfKey = [EntityKey: Int](minimumCapacity: mentionCount)
        var groups: [EntityParts] = []
        groups.reserveCapacity(mentionCount / 2)  // most entities are named more than once
        for mentions in lists {
            for index in mentions.indices {
                guard let key = mentions[index].key else { continue }
                if let group = groupOfKey[key] {
                    groups[group].add(mentions, index, isFirst: false, tokens, lexicon)
                } else {
                    groupOfKey[key] = groups.count
                    groups.append(EntityParts(first: mentions[index], key: key))
                    groups[groups.count - 1].add(mentions, index, isFirst: true, tokens, lexicon)
                }
            }
        }
        var entities: [LocalEntity] = []
        entities.reserveCapacity(groups.count)
        for group in groups.indices { entities.append(groups[group].entity(article)) }
        return entities
    }

    /// The names a group's mentions give (in order, "" for none), the one to show first: for
    /// people the fullest, for the rest the most frequent (ties: the longer).
    private static func rankedNames(_ names: [String], type: EntityType) -> [String] {
        // Most entities go by one name: nothing to count or rank.
        if names.count == 1 && !names[0].isEmpty { return names }
        let named = names.lazy.filter { !$0.isEmpty }
        guard let firstName = named.first else { return [] }
        if named.allSatisfy({ $0 == firstName }) { return [firstName] }
        // What the order looks at, worked out once per name rather than in every comparison.
        struct Candidate {
            var name: String
            var isFull: Bool
            var informative: Int
            var count: Int
            var length: Int
            /// Where in the group the name first appears.
            var first: Int
        }
        var candidates: [Candidate] = []
        var candidateOfName = [String: Int](minimumCapacity: names.count)
        for (position, name) in names.enumerated() where !name.isEmpty {
            if let candidate = candidateOfName[name] {
                candidates[candidate].count += 1
                continue
            }
            candidateOfName[name] = candidates.count
            let measures = Self.measure(name)
            candidates.append(
                Candidate(
                    name: name, isFull: type == .person && measures.words >= 2,
                    informative: type == .policy ? measures.informative : 0, count: 1, length: measures.length,
                    first: position))
        }
        return candidates.sorted { a, b in
            if type == .person, a.isFull != b.isFull { return a.isFull }
            // A policy is best named by the name that says most about it ("sanctions against Russia").
            if type == .policy, a.informative != b.informative { return a.informative > b.informative }
            if a.count != b.count { return a.count > b.count }
            if a.length != b.length { return a.length > b.length }
            return a.first < b.first
        }.map(\.name)
    }

    /// Attributes stages pass each other ("_family"), not for the graph.
    private static func isInternalAttribute(_ name: String) -> Bool { name.hasPrefix("fallback") || name.hasPrefix("_") }

    /// A name's words (split at spaces), how many of them tell something apart (numbers, names,
    /// longer words), and its length in characters.
    private static func measure(_ name: String) -> (words: Int, informative: Int, length: Int) {
        // One pass over the scalars while each is a character of its own; otherwise by characters.
        var words = 0
        var informative = 0
        var length = 0
        var wordLength = 0
        var wordIsInformative = false
        func endWord() {
            if wordLength > 0 {
                words += 1
                if wordIsInformative || wordLength >= 5 { informative += 1 }
            }
            wordLength = 0
        }
        for scalar in name.unicodeScalars {
            guard isLoneCharacter(scalar) else { return measureByCharacters(name) }
            length += 1
            if scalar == " " {
                endWord()
                continue
            }
            if wordLength == 0 { wordIsInformative = ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar) }
            wordLength += 1
        }
        endWord()
        return (words, informative, length)
    }

    private static func measureByCharacters(_ name: String) -> (words: Int, informative: Int, length: Int) {
        let words = name.spaceSeparatedWords
        let informative = words.filter { word in
            word.first?.isNumber == true || word.first?.isUppercase == true || word.count >= 5
        }
        return (words.count, informative.count, name.count)
    }

    /// A scalar that is a character of its own whatever surrounds it: printable ASCII, and the
    /// quotes and dashes labels use. Names made of these are split and measured by scalars,
    /// without breaking them into characters (`measure` was a good part of ranking names).
    private static func isLoneCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D: true
        default: false
        }
    }

    /// A measure is not aimed at whoever imposes it: "Peru's tariffs on imports into Peru" charge
    /// goods coming into Peru. A `targets` edge to an author of the policy in the same sentence
    /// is dropped.
    ///
    /// The relations are changed in place, as are those of the next two steps: each copy of the
    /// list retained and released every relation's keys, attributes and evidence.
    private func withoutSelfTargets(_ relations: consuming [LocalRelation]) -> [LocalRelation] {
        struct Imposition: Hashable {
            var sentence: Int
            var author: EntityKey
            var policy: EntityKey
        }
        var relations = relations
        let impositions = Set(
            relations.indices.lazy.filter { relations[$0].type == .imposes }.map {
                Imposition(sentence: relations[$0].evidence.start, author: relations[$0].source, policy: relations[$0].target)
            })
        guard !impositions.isEmpty else { return relations }
        relations.removeAll { relation in
            relation.type == .targets
                && impositions.contains(Imposition(sentence: relation.evidence.start, author: relation.target, policy: relation.source))
        }
        return relations
    }

    /// The relations with each end the very key object of its entity: every mention made a key
    /// of its own, and a record keeps one per entity rather than one per mention.
    private func sharingKeys(of entities: [LocalEntity], _ relations: consuming [LocalRelation]) -> [LocalRelation] {
        let shared = Dictionary(entities.map { ($0.key, $0.key) }, uniquingKeysWith: { first, _ in first })
        var relations = relations
        // Relations come in runs that share their key objects (a source with each of its
        // targets, a relation per sentence of evidence): a key object the relation before had
        // is not looked up again, and an end that already is the entity's key is left alone.
        var source: (given: EntityKey, shared: EntityKey?)?
        var target: (given: EntityKey, shared: EntityKey?)?
        for index in relations.indices {
            if source?.given !== relations[index].source { source = (relations[index].source, shared[relations[index].source]) }
            if target?.given !== relations[index].target { target = (relations[index].target, shared[relations[index].target]) }
            if let key = source?.shared, key !== relations[index].source { relations[index].source = key }
            if let key = target?.shared, key !== relations[index].target { relations[index].target = key }
        }
        return relations
    }

    /// One relation per source, type, target, sentence and basis: the first found. What the
    /// sentence states, what a reading of it infers and what the gazetteer knows stay apart,
    /// for the corpus to weigh ("Vancouver, British Columbia, Canada" states what the gazetteer
    /// also knows: the edge is the text's, its rules both).
    private func deduplicated(_ relations: consuming [LocalRelation]) -> [LocalRelation] {
        var relations = relations
        // Duplicates share a sentence: each relation is compared with the earlier ones of its
        // sentence, found by sorting on the sentence's start. (Through a buffer pointer: no
        // relation is copied.)
        let duplicates: [Int] = relations.withUnsafeBufferPointer { relations in
            let bySentence = relations.indices.sorted {
                (relations[$0].evidence.start, $0) < (relations[$1].evidence.start, $1)
            }
            var duplicates: [Int] = []
            var sentenceStart = 0
            for (rank, index) in bySentence.enumerated() {
                if rank > 0 && relations[bySentence[rank - 1]].evidence.start != relations[index].evidence.start {
                    sentenceStart = rank
                }
                if bySentence[sentenceStart..<rank].contains(where: { earlier in
                    relations[earlier].type == relations[index].type && relations[earlier].target == relations[index].target
                        && relations[earlier].source == relations[index].source
                        && relations[earlier].attributes["basis"] == relations[index].attributes["basis"]
                }) {
                    duplicates.append(index)
                }
            }
            return duplicates
        }
        // Mostly none. Removed in one pass: removing each from the array moved every relation
        // after it, quadratic in a long article that repeats itself (issue 15).
        guard !duplicates.isEmpty else { return relations }
        relations.remove(atAscending: duplicates.sorted())
        return relations
    }
}

/// The value counted most often, of equal counts the first in code-point order; nil for none.
func mostFrequent(_ counts: [String: Int]) -> String? {
    if counts.count == 1 { return counts.first!.key }
    return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
}

func mostFrequent(_ values: [String]) -> String? {
    // Mostly every value is the same: nothing to count.
    if let first = values.first, values.allSatisfy({ $0 == first }) { return first }
    var counts: [String: Int] = [:]
    for value in values { counts[value, default: 0] += 1 }
    return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
}
