import Foundation
import NewsGraphCore

/// Finds the relations of one document: the relation patterns over each sentence, plus the
/// relations the text's structure states (a byline's reporters work for the dateline's
/// agency, "U.S. Commerce Department" is part of the United States, a city lies in its country).
struct RelationExtractor {
    let lexicon: Lexicon
    let patterns: PatternSet

    struct Output {
        var relations: [LocalRelation] = []
        /// Agencies that titles imply ("Treasury Secretary" → Treasury Department), as mentions.
        var impliedMentions: [MentionCandidate] = []
    }

    func extract(
        mentions: [MentionCandidate], titles: [TitleMention], tokens: [Token], sentences: [Sentence], evidences: [Evidence],
        article: Article, events: EventRecognizer.Output
    ) -> Output {
        var output = Output()
        let matcher = PatternMatcher(lexicon: lexicon, kinds: mentions.map(MentionKind.init))
        var mentionsBySentence: [Int: [Int]] = [:]
        for (index, mention) in mentions.enumerated() { mentionsBySentence[mention.sentence, default: []].append(index) }
        var titlesBySentence: [Int: [Int]] = [:]
        for (index, title) in titles.enumerated() { titlesBySentence[title.sentence, default: []].append(index) }

        for sentence in sentences where sentence.zone == .body {
            let evidence = evidences[sentence.index]
            let items = self.items(sentence, mentionsBySentence[sentence.index] ?? [], titlesBySentence[sentence.index] ?? [], mentions, titles)
            let cues = SentenceCues(sentence, tokens, lexicon)
            let hedge = hedging(sentence, tokens, mentions, cues)
            for match in matcher.matches(patterns, in: items, tokens: tokens, cues: cues) {
                if isNegated(match, items, tokens, cues) { continue }
                for spec in match.pattern.outputs {
                    output.relations += relations(
                        spec, match, items, mentions: mentions, titles: titles, tokens: tokens, sentence: sentence,
                        events: events, evidence: evidence, hedge: hedge, implied: &output.impliedMentions)
                }
            }
        }
        output.relations += structural(mentions, sentences, article, evidences)
        var kinds: [String: String] = [:]
        for mention in [mentions, output.impliedMentions].joined() where mention.type == .agency {
            kinds[mention.key] = kinds[mention.key] ?? mention.attributes["kind"]
        }
        output.relations = output.relations.filter { isPlausible($0, agencyKinds: kinds) }
        return output
    }

    // MARK: Items

    /// The sentence as items: each mention (by the tokens patterns see of it) and title is one item.
    func items(
        _ sentence: Sentence, _ mentionIndices: [Int], _ titleIndices: [Int], _ mentions: [MentionCandidate],
        _ titles: [TitleMention]
    ) -> SentenceItems {
        // The mentions and the title starting at each token of the sentence, by offset in it.
        let lower = sentence.tokens.lowerBound
        var byStart: [[Int]] = Array(repeating: [], count: sentence.tokens.count)
        for index in mentionIndices where sentence.tokens.contains(mentions[index].itemRange.lowerBound) {
            byStart[mentions[index].itemRange.lowerBound - lower].append(index)
        }
        var titleAt = Array(repeating: -1, count: sentence.tokens.count)
        for index in titleIndices where sentence.tokens.contains(titles[index].start) { titleAt[titles[index].start - lower] = index }
        var items = SentenceItems(items: [], ranges: [])
        items.items.reserveCapacity(sentence.tokens.count)
        items.ranges.reserveCapacity(sentence.tokens.count)
        var token = sentence.tokens.lowerBound
        while token < sentence.tokens.upperBound {
            let group = byStart[token - lower]
            let title = titleAt[token - lower]
            if !group.isEmpty {
                let end = group.map { mentions[$0].itemRange.upperBound }.max()!
                let longest = group.filter { mentions[$0].itemRange.upperBound == end }
                items.items.append(.mentions(longest))
                items.ranges.append(token..<end)
                token = end
            } else if title >= 0 {
                items.items.append(.title(title))
                items.ranges.append(token..<titles[title].end)
                token = titles[title].end
            } else {
                items.items.append(.token(token))
                items.ranges.append(token..<(token + 1))
                token += 1
            }
        }
        return items
    }

    // MARK: Negation and hedging

    /// A negation inside the match that the pattern did not ask for itself.
    private func isNegated(_ match: PatternMatch, _ items: SentenceItems, _ tokens: [Token], _ cues: SentenceCues) -> Bool {
        guard match.endItem > match.firstItem else { return false }
        let start = items.ranges[match.firstItem].lowerBound
        let end = items.ranges[match.endItem - 1].upperBound
        // Also the two words before the match: "not ... X imposed".
        for token in max(0, start - 1)..<end where !match.literalTokens.contains(token) {
            for found in cues.at(token) where found.end <= end && found.hits.contains(.cue("negation")) {
                if !(token..<found.end).contains(where: match.literalTokens.contains) { return true }
            }
        }
        return false
    }

    struct Hedge {
        var attributedTo: String?
    }

    /// "according to people familiar with the matter", "Reuters reports that": the sentence
    /// reports a claim.
    private func hedging(_ sentence: Sentence, _ tokens: [Token], _ mentions: [MentionCandidate], _ cues: SentenceCues) -> Hedge? {
        for token in sentence.tokens {
            for found in cues.at(token)
            where found.hits.contains(.cue("hedge")) {
                let phrase = (token..<found.end).map { tokens[$0].key }.joined(separator: " ")
                if phrase == "according to" {
                    var end = found.end
                    while end < sentence.tokens.upperBound && ![",", ".", ";"].contains(tokens[end].key) { end += 1 }
                    return Hedge(attributedTo: text(found.end, end, tokens))
                }
                if phrase.hasPrefix("reports"), let reporter = mentions.last(where: { $0.end == token }) {
                    return Hedge(attributedTo: reporter.name)
                }
                if phrase.contains("familiar") {
                    // "people familiar with the matter": from the noun before to the phrase's end.
                    var start = token
                    while start > sentence.tokens.lowerBound && tokens[start - 1].kind == .word && start > token - 2 { start -= 1 }
                    return Hedge(attributedTo: text(start, found.end, tokens))
                }
                return Hedge(attributedTo: nil)
            }
        }
        return nil
    }

    private func text(_ start: Int, _ end: Int, _ tokens: [Token]) -> String {
        var out = ""
        for index in start..<end {
            if index > start && tokens[index].spaceBefore { out += " " }
            out += tokens[index].text
        }
        return out
    }

    // MARK: From a match to relations

    private func relations(
        _ spec: RelationPattern.Output, _ match: PatternMatch, _ items: SentenceItems, mentions: [MentionCandidate],
        titles: [TitleMention], tokens: [Token], sentence: Sentence, events: EventRecognizer.Output, evidence: Evidence,
        hedge: Hedge?, implied: inout [MentionCandidate]
    ) -> [LocalRelation] {
        var attributes: [String: AttributeValue] = ["pattern": .string(match.pattern.name)]
        for (key, value) in spec.attributes where key != "status" { attributes[key] = .string(value) }
        if spec.attributes.keys.contains("status") {
            if let status = matchStatus(match, items, tokens, mentions) { attributes["status"] = .string(status) }
        }
        if let hedge {
            attributes["hedged"] = .bool(true)
            if let who = hedge.attributedTo { attributes["attributed_to"] = .string(who) }
        }
        let sources = endpoint(spec.source, match, mentions, sentence: sentence, items: items, events: events)
        if spec.relation.hasPrefix("ROLE["), let titleIndex = match.bindings[String(spec.relation.dropFirst(5).dropLast())]?.first {
            let title = titles[titleIndex]
            attributes["role"] = .string(title.role)
            if title.isFormer { attributes["former"] = .bool(true) }
            var out: [LocalRelation] = []
            for source in sources {
                if spec.target == String(spec.relation.dropFirst(5).dropLast()) || match.bindings[spec.target] == nil {
                    out += impliedAgency(title, holder: source, affiliation: nil, mentions: mentions, tokens: tokens, evidence: evidence, attributes: attributes, implied: &implied)
                    continue
                }
                for targetIndex in match.bindings[spec.target] ?? [] {
                    let target = mentions[targetIndex]
                    if let type = roleRelation(title.titleClass, targetType: target.type) {
                        out.append(LocalRelation(source: source, target: target.key, type: type, attributes: attributes, evidence: evidence))
                    }
                    if target.type == .country {
                        out += impliedAgency(title, holder: source, affiliation: target, mentions: mentions, tokens: tokens, evidence: evidence, attributes: attributes, implied: &implied)
                    }
                }
            }
            return out
        }
        guard let type = RelationType(rawValue: spec.relation) else { return [] }
        let targets = endpoint(spec.target, match, mentions, sentence: sentence, items: items, events: events)
        // "meetings in Oslo, Lisbon and Nairobi": two lists of one length pair up in order.
        let pairs: [(String, String)] = sources.count > 1 && sources.count == targets.count
            ? Array(zip(sources, targets)) : sources.flatMap { source in targets.map { (source, $0) } }
        return pairs.filter { $0.0 != $0.1 }.map { source, target in
            LocalRelation(source: source, target: target, type: type, attributes: attributes, evidence: evidence)
        }
    }

    /// The keys a relation endpoint names.
    private func endpoint(
        _ name: String, _ match: PatternMatch, _ mentions: [MentionCandidate], sentence: Sentence, items: SentenceItems,
        events: EventRecognizer.Output
    ) -> [String] {
        if name == "MEETING" {
            return meeting(for: match, mentions, sentence: sentence, items: items, events: events).map { [$0] } ?? []
        }
        var seen = Set<String>()
        return (match.bindings[name] ?? []).map { mentions[$0].key }.filter { seen.insert($0).inserted }
    }

    /// The meeting a sentence talks about: one whose participants the match names, else one
    /// named in the sentence (nearest first), else the one the article is about so far.
    private func meeting(
        for match: PatternMatch, _ mentions: [MentionCandidate], sentence: Sentence, items: SentenceItems,
        events: EventRecognizer.Output
    ) -> String? {
        let people = Set(match.bindings.values.flatMap { $0 }.filter { $0 < mentions.count && mentions[$0].type == .person }.map { mentions[$0].key })
        if !people.isEmpty, let key = events.participants.filter({ $0.value.isSuperset(of: people) || people.isSuperset(of: $0.value) })
            .keys.sorted().first
        {
            return key
        }
        var best: (distance: Int, key: String)?
        for (position, item) in items.items.enumerated() {
            guard case .mentions(let indices) = item else { continue }
            for index in indices where mentions[index].type == .meeting {
                let distance = position < match.firstItem ? match.firstItem - position : max(0, position - match.endItem)
                if best == nil || distance < best!.distance { best = (distance, mentions[index].key) }
            }
        }
        return best?.key ?? events.salientMeeting[sentence.index]
    }

    private func matchStatus(_ match: PatternMatch, _ items: SentenceItems, _ tokens: [Token], _ mentions: [MentionCandidate]) -> String? {
        let start = items.ranges[match.firstItem].lowerBound
        let end = items.ranges[max(match.firstItem, match.endItem - 1)].upperBound
        var found = StatusCues.Found()
        for index in start..<end { found.formUnion(lexicon.statusCues.statuses(of: tokens[index].key)) }
        for indices in match.bindings.values {
            for index in indices where index < mentions.count && mentions[index].type == .policy {
                if let status = mentions[index].attributes["status"] { found.insert(status: status) }
            }
        }
        return found.strongest
    }

    /// What a title says its holder is to a country or body.
    private func roleRelation(_ titleClass: TitleClass, targetType: EntityType) -> RelationType? {
        switch (titleClass, targetType) {
        case (.head, .country), (.head, .agency), (.orgHead, .agency): .leads
        case (.deputy, .country), (.minister, .country), (.official, .country), (.legislator, .country), (.orgHead, .country):
            .represents
        case (.deputy, .agency), (.minister, .agency), (.official, .agency), (.legislator, .agency), (.staff, .agency): .memberOf
        default: nil
        }
    }

    /// "U.S. Treasury Secretary": the holder leads the Treasury Department, a body of the United States.
    private func impliedAgency(
        _ title: TitleMention, holder: String, affiliation: MentionCandidate?, mentions: [MentionCandidate], tokens: [Token],
        evidence: Evidence, attributes: [String: AttributeValue], implied: inout [MentionCandidate]
    ) -> [LocalRelation] {
        guard let name = title.impliedAgency, let start = title.portfolioStart, let end = title.portfolioEnd else { return [] }
        let country = affiliation?.type == .country ? affiliation : nil
        let key = "agency:\(normalisedName(name))" + (country.map { "|\($0.key)" } ?? "")
        var mention = MentionCandidate(
            type: .agency, start: start, end: end, sentence: title.sentence, name: name, key: key, evidence: .title)
        mention.attributes["kind"] = "government"
        if let country, let code = country.attributes["code"] { mention.country = lexicon.countryByCode[code] }
        if !implied.contains(where: { $0.start == start && $0.key == key }) { implied.append(mention) }
        var out = [LocalRelation(source: holder, target: key, type: .leads, attributes: attributes, evidence: evidence)]
        if let country {
            out.append(LocalRelation(source: key, target: country.key, type: .partOf, attributes: ["pattern": .string("title")], evidence: evidence))
        }
        return out
    }

    /// Kinds of agency that are never a body of a country ("Japan's Kyodo news agency" is a
    /// Japanese news agency, "Syria's U.N. ambassador" does not make the U.N. Syrian).
    static let independentKinds: Set<String> = ["international", "media", "company", "university", "think-tank", "ngo"]

    private func isPlausible(_ relation: LocalRelation, agencyKinds: [String: String]) -> Bool {
        guard relation.type == .partOf, relation.target.hasPrefix("country:") else { return true }
        return !Self.independentKinds.contains(agencyKinds[relation.source] ?? "")
    }

    // MARK: Relations from the text's structure

    private func structural(
        _ mentions: [MentionCandidate], _ sentences: [Sentence], _ article: Article, _ evidences: [Evidence]
    ) -> [LocalRelation] {
        var out: [LocalRelation] = []
        // An agency named with its country: "U.S. Commerce Department". (The loops go by index:
        // a for-in over mentions copies each one, names, key and attributes.)
        for index in mentions.indices where mentions[index].type == .agency {
            let mention = mentions[index]
            guard let country = mention.country else { continue }
            out.append(
                LocalRelation(
                    source: mention.key, target: "country:\(lexicon.countries[country].code)", type: .partOf,
                    attributes: ["pattern": .string("country-qualified-name")],
                    evidence: evidences[mention.sentence]))
        }
        // A city lies in its country (gazetteer); kept where the country is in the graph.
        for index in mentions.indices where mentions[index].type == .place {
            let mention = mentions[index]
            guard let code = mention.placeCountry else { continue }
            out.append(
                LocalRelation(
                    source: mention.key, target: "country:\(code)", type: .locatedIn,
                    attributes: ["pattern": .string("gazetteer")], evidence: evidences[mention.sentence]))
        }
        // Bylines: the reporters work for the news agency the dateline or credit names.
        let media = Set(mentions.filter { mention in
            mention.type == .agency && mention.attributes["kind"] == "media"
                && [.dateline, .byline, .credit].contains(sentences[mention.sentence].zone)
                || mention.type == .agency && mention.attributes["kind"] == "media" && isCreditLine(sentences[mention.sentence], article)
        }.map(\.key))
        if media.count == 1, let agency = media.first {
            for mention in mentions where mention.type == .person && sentences[mention.sentence].zone == .byline {
                out.append(
                    LocalRelation(
                        source: mention.key, target: agency, type: .memberOf,
                        attributes: ["pattern": .string("byline"), "role": .string("reporter")],
                        evidence: evidences[mention.sentence]))
            }
        }
        return out
    }

    /// "With information from Reuters", "(Reporting by ...)": a sentence that credits the source.
    private func isCreditLine(_ sentence: Sentence, _ article: Article) -> Bool {
        let text = article.slice(sentence.start, sentence.end).lowercased()
        return text.hasPrefix("with information from") || text.hasPrefix("with reporting from") || text.hasPrefix("source:")
    }
}
