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
    public let patterns: [RelationPattern]
    let patternSet: PatternSet

    /// - Parameters:
    ///   - lexicon: world knowledge and linguistic data.
    ///   - patternFiles: the user's own relation pattern files, added to the shipped ones.
    public init(lexicon: Lexicon, patternFiles: [String] = []) throws {
        let shipped = Lexicon.resourceFolder().appendingPathComponent("patterns/relations.patterns")
        var patterns = try RelationPattern.parse(String(contentsOf: shipped, encoding: .utf8), path: "relations.patterns")
        for file in patternFiles {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw ExtractionError.badPattern(path: file, line: 0, reason: "cannot read the file as UTF-8 text")
            }
            patterns += try RelationPattern.parse(text, path: file)
        }
        self.patterns = patterns
        // The patterns' words join the lexicon's vocabulary, so tokens carry their numbers.
        var lexicon = lexicon
        self.patternSet = PatternSet(patterns, lexicon: &lexicon)
        self.lexicon = lexicon
    }

    public func extract(_ article: Article) -> DocumentExtraction {
        extract(article) { _ in }
    }

    /// `extract`, calling `stageEnded` as each stage finishes: `make bench` reads its clock there.
    public func extract(_ article: Article, stageEnded: (ExtractionStage) -> Void) -> DocumentExtraction {
        let tokens = lexicon.tokens(of: article.scalars)
        stageEnded(.tokens)
        let splitter = SentenceSplitter(lexicon: lexicon)
        let sentences = splitter.split(tokens)
        stageEnded(.sentences)
        let recognized = MentionRecognizer(lexicon: lexicon, commonWords: splitter.lowercaseWords).recognize(tokens, sentences)
        stageEnded(.mentions)
        let resolved = DocumentResolver(lexicon: lexicon).resolve(recognized.mentions, tokens: tokens, documentID: article.document.id)
        stageEnded(.resolution)
        // Each sentence's evidence once, shared by every relation it supports.
        let evidences = sentences.map { sentence in
            Evidence(
                document: article.document.id, start: sentence.start, end: sentence.end,
                sentence: article.slice(sentence.start, sentence.end))
        }
        let events = EventRecognizer(lexicon: lexicon).recognize(
            recognized.triggers, mentions: resolved.mentions, tokens: tokens, sentences: sentences, evidences: evidences)
        stageEnded(.events)
        let strong = resolved.mentions.filter { !$0.isWeak } + events.mentions
        let found = RelationExtractor(lexicon: lexicon, patterns: patternSet).extract(
            mentions: strong, titles: recognized.titles, tokens: tokens, sentences: sentences, evidences: evidences,
            article: article, events: events)
        stageEnded(.relations)
        let all = resolved.mentions + events.mentions + found.impliedMentions
        let extraction = DocumentExtraction(
            document: article.document, entities: entities(all, tokens, article),
            relations: deduplicated(events.relations + found.relations), diagnostics: resolved.diagnostics)
        stageEnded(.entities)
        return extraction
    }

    /// Groups mentions by key into the document's entities.
    private func entities(_ mentions: [MentionCandidate], _ tokens: [Token], _ article: Article) -> [LocalEntity] {
        var order: [String] = []
        var groups: [String: [MentionCandidate]] = [:]
        for mention in mentions where !mention.key.isEmpty {
            if groups[mention.key] == nil { order.append(mention.key) }
            groups[mention.key, default: []].append(mention)
        }
        return order.map { key in
            let group = groups[key]!
            var attributes: [String: String] = [:]
            for mention in group {
                for (name, value) in mention.attributes where attributes[name] == nil && !name.hasPrefix("fallback") && !name.hasPrefix("_") {
                    attributes[name] = value
                }
                if let country = mention.country { attributes["country"] = lexicon.countries[country].name }
                if let code = mention.placeCountry, let index = lexicon.countryByCode[code] {
                    attributes["country"] = lexicon.countries[index].name
                }
            }
            // The most frequent role, not the first.
            let roles = group.compactMap { $0.attributes["role"] }
            if let role = mostFrequent(roles) { attributes["role"] = role }
            let statuses = group.compactMap { $0.attributes["status"] }
            if let status = mostFrequent(statuses) { attributes["status"] = status }
            // Each distinct span once, in order; a span's text is a function of it within the
            // document, so the text is sliced only for the spans kept.
            var spans = group.map { (tokens[$0.start].start, tokens[$0.end - 1].end) }
            spans.sort { $0 < $1 }
            var mentions: [Mention] = []
            for (index, span) in spans.enumerated() where index == 0 || spans[index - 1] != span {
                mentions.append(Mention(document: article.document.id, start: span.0, end: span.1, text: article.slice(span.0, span.1)))
            }
            return LocalEntity(
                key: key, type: group[0].type, names: rankedNames(group), mentions: mentions,
                attributes: attributes, isWeak: !group.contains { !$0.isWeak })
        }
    }

    /// Names a group's mentions give, the one to show first: for people the fullest, for the
    /// rest the most frequent (ties: the longer).
    private func rankedNames(_ group: [MentionCandidate]) -> [String] {
        var counts: [String: Int] = [:]
        var first: [String: Int] = [:]
        for (position, mention) in group.enumerated() where !mention.name.isEmpty {
            counts[mention.name, default: 0] += 1
            if first[mention.name] == nil { first[mention.name] = position }
        }
        // Most entities go by one name: nothing to rank.
        guard counts.count > 1 else { return Array(counts.keys) }
        let type = group[0].type
        // What the order looks at, worked out once per name rather than in every comparison.
        struct Candidate {
            var name: String
            var isFull: Bool
            var informative: Int
            var count: Int
            var length: Int
            var first: Int
        }
        let candidates = counts.map { name, count in
            Candidate(
                name: name, isFull: type == .person && name.split(separator: " ").count >= 2,
                informative: type == .policy ? Self.informativeWords(name) : 0, count: count, length: name.count,
                first: first[name]!)
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

    /// Words of a name that tell something apart: numbers, names, longer words.
    static func informativeWords(_ name: String) -> Int {
        name.split(separator: " ").filter { word in
            word.first?.isNumber == true || word.first?.isUppercase == true || word.count >= 5
        }.count
    }

    /// One relation per source, type, target and sentence: the first found.
    private func deduplicated(_ relations: [LocalRelation]) -> [LocalRelation] {
        struct Identity: Hashable {
            var source: String
            var type: RelationType
            var target: String
            var start: Int
        }
        var seen = Set<Identity>(minimumCapacity: relations.count)
        return relations.filter { relation in
            seen.insert(
                Identity(source: relation.source, type: relation.type, target: relation.target, start: relation.evidence.start)
            ).inserted
        }
    }
}

func mostFrequent(_ values: [String]) -> String? {
    var counts: [String: Int] = [:]
    for value in values { counts[value, default: 0] += 1 }
    return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
}
