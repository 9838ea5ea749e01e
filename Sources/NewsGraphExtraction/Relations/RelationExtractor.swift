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

    /// The cue classes the stage reads besides the patterns' own.
    static let negationClass = "negation"
    static let hedgeClass = "hedge"
    /// Words that join clauses: a veto word before one governs another clause ("condemned these
    /// actions and is considering export curbs").
    static let coordinatorClass = "coordinator"
    /// Those classes by number (nil: cues.tsv has no such class).
    private let negationCue: Int?
    private let hedgeCue: Int?
    private let coordinatorCue: Int?

    init(lexicon: Lexicon, patterns: PatternSet) {
        self.lexicon = lexicon
        self.patterns = patterns
        negationCue = lexicon.cues.number(ofClass: Self.negationClass)
        hedgeCue = lexicon.cues.number(ofClass: Self.hedgeClass)
        coordinatorCue = lexicon.cues.number(ofClass: Self.coordinatorClass)
    }

    func extract(
        mentions: [MentionCandidate], titles: [TitleMention], tokens: [Token], sentences: [Sentence], evidences: [Evidence],
        article: Article, events: EventRecognizer.Output
    ) -> Output {
        var output = Output()
        var matcher = PatternMatcher(kinds: mentions.map(MentionKind.init), patterns: patterns)
        let itemRanges = mentions.map(\.itemRange)
        // The events' mentions follow the resolved ones, so mentions are not in sentence order.
        let mentionsBySentence = GroupedIndices(keys: mentions.map(\.sentence))
        let titlesBySentence = GroupedIndices(keys: titles.map(\.sentence))
        var items = SentenceItems()
        var cues = SentenceCues()
        var found = SentenceMatches()
        let document = Document(mentions: mentions, titles: titles, tokens: tokens, events: events)
        for sentence in sentences where sentence.zone == .body {
            // Every pattern needs a mention or title to match (as the shipped ones all do): a
            // sentence with neither is not worth making items of.
            if patterns.everyPatternNeedsAMention && mentionsBySentence[sentence.index].isEmpty
                && titlesBySentence[sentence.index].isEmpty
            {
                continue
            }
            items.fill(
                sentence, mentions: mentionsBySentence[sentence.index], titles: titlesBySentence[sentence.index],
                itemRanges: itemRanges, mentionClasses: matcher.classes, titles: titles)
            matcher.match(patterns, in: items, of: sentence, tokens: tokens, cues: &cues, into: &found)
            guard !found.matches.isEmpty else { continue }
            let evidence = evidences[sentence.index]
            let hedge = hedging(sentence, tokens, mentions, cues)
            for match in found.matches {
                let pattern = patterns.patterns[match.pattern]
                let literals = found.literalTokens(of: match)
                if isNegated(match, literals, items, cues) { continue }
                let bindings = found.bindings(of: match)
                if !pattern.vetoes.isEmpty,
                    isVetoed(match, pattern, literals, lists: listSpans(bindings, pattern.captureCount, mentions), items, cues)
                {
                    continue
                }
                // Worked out once for all the outputs that name it.
                let meeting =
                    pattern.namesMeeting ? self.meeting(for: match, bindings, document, sentence: sentence, items: items) : nil
                let firstNew = output.relations.count
                for spec in pattern.outputs {
                    relations(
                        spec, match, bindings, items, document, meeting: meeting, evidence: evidence, hedge: hedge,
                        implied: &output.impliedMentions, into: &output.relations)
                }
                // "He joined Nordbank": the sentence that names him is evidence too.
                let current = sentence.index
                var antecedents: [Int] = []
                for index in bindings.all where index < mentions.count {
                    if let sentence = mentions[index].antecedentSentence, sentence != current, !antecedents.contains(sentence) {
                        antecedents.append(sentence)
                    }
                }
                guard !antecedents.isEmpty else { continue }
                Self.citeAntecedents(antecedents, of: firstNew, in: &output.relations, evidences)
            }
        }
        qualifyImpliedAgencies(&output)
        // What the sentences state, then what the gazetteer knows: where the two agree, the
        // corpus makes them one stated edge that names both rules.
        output.relations += containment(mentions, sentences, tokens, evidences, meetingPlaces: events.relations)
        output.relations += namedAfter(mentions, tokens, evidences)
        output.relations += structural(mentions, sentences, article, evidences)
        // Only a part_of a country asks what kind of agency its source is.
        if output.relations.contains(where: { $0.type == .partOf && $0.target.type == .country }) {
            var kinds: [EntityKey: String] = [:]
            for agencies in [mentions, output.impliedMentions] {
                for index in agencies.indices where agencies[index].type == .agency {
                    // The first mention that gives a kind gives the key's.
                    if let kind = agencies[index].attributes["kind"], kinds[agencies[index].key!] == nil {
                        kinds[agencies[index].key!] = kind
                    }
                }
            }
            output.relations.removeAll { !isPlausible($0, agencyKinds: kinds) }
        }
        return output
    }

    /// Cites the sentences that name what a reference refers to ("He joined Nordbank": the
    /// sentence that names him) for each relation from `first` on: a copy of it per sentence.
    static func citeAntecedents(_ sentences: [Int], of first: Int, in relations: inout [LocalRelation], _ evidences: [Evidence]) {
        let made = relations[first...]
        var copies: [LocalRelation] = []
        for sentence in sentences {
            for relation in made {
                var copy = relation
                copy.evidence = evidences[sentence]
                copies.append(copy)
            }
        }
        relations += copies
    }

    // MARK: Negation and hedging

    /// A negation inside the match that the pattern did not ask for itself.
    /// - Parameter literals: the tokens the pattern's own words matched.
    private func isNegated(
        _ match: PatternMatch, _ literals: ArraySlice<Int>, _ items: SentenceItems, _ cues: SentenceCues
    ) -> Bool {
        guard let negationCue, match.endItem > match.firstItem else { return false }
        let start = items.ranges[match.firstItem].lowerBound
        let end = items.ranges[match.endItem - 1].upperBound
        // Also the two words before the match: "not ... X imposed".
        for token in max(0, start - 1)..<end where !literals.contains(token) {
            for phrase in cues.at(token) where phrase.end <= end && cues.phrase(phrase, isOf: negationCue) {
                if !(token..<phrase.end).contains(where: literals.contains) { return true }
            }
        }
        return false
    }

    /// A word of one of the pattern's `@unless` classes inside the match that the pattern did not
    /// ask for itself: "Peru criticised the lifting of the ban" is no lifting by Peru.
    ///
    /// The commas and "and"s inside a list the match bound ("on China, Mexico and Canada") are the
    /// list's, not words a veto looks at; and a veto word with a coordinator after it in the match
    /// governs a clause of its own ("the U.S. condemned these actions and is considering export
    /// curbs" is the U.S. considering them).
    private func isVetoed(
        _ match: PatternMatch, _ pattern: CompiledPattern, _ literals: ArraySlice<Int>, lists: [Range<Int>], _ items: SentenceItems,
        _ cues: SentenceCues
    ) -> Bool {
        let vetoes = pattern.vetoes
        guard match.endItem > match.firstItem else { return false }
        let start = items.ranges[match.firstItem].lowerBound
        let end = items.ranges[match.endItem - 1].upperBound
        func isFree(_ token: Int) -> Bool { !literals.contains(token) && !lists.contains(where: { $0.contains(token) }) }
        // Where the last coordinator outside a list lies: veto words before it belong to another clause.
        var lastCoordinator = start - 1
        if let coordinatorCue {
            for token in start..<end where isFree(token) && cues.at(token).contains(where: { cues.phrase($0, isOf: coordinatorCue) }) {
                lastCoordinator = token
            }
        }
        for token in start..<end where isFree(token) {
            for phrase in cues.at(token) where phrase.end <= end && vetoes.contains(where: { cues.phrase(phrase, isOf: $0) }) {
                if phrase.end <= lastCoordinator && !vetoes.contains(coordinatorCue ?? -1) { continue }
                if !(token..<phrase.end).contains(where: literals.contains) { return true }
            }
        }
        return false
    }

    /// The token spans of the lists a match bound, from the first mention of each to its last.
    private func listSpans(_ bindings: Bindings, _ captureCount: Int, _ mentions: [MentionCandidate]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for capture in 0..<captureCount {
            let indices = bindings.indices(of: capture)
            guard indices.count > 1, let first = indices.map({ mentions[$0].start }).min(),
                let last = indices.map({ mentions[$0].end }).max()
            else { continue }
            spans.append(first..<last)
        }
        return spans
    }

    struct Hedge {
        var attributedTo: String?
    }

    /// "according to people familiar with the matter", "Reuters reports that": the sentence
    /// reports a claim.
    private func hedging(_ sentence: Sentence, _ tokens: [Token], _ mentions: [MentionCandidate], _ cues: SentenceCues) -> Hedge? {
        guard let hedgeCue else { return nil }
        for token in sentence.tokens {
            for found in cues.at(token) where cues.phrase(found, isOf: hedgeCue) {
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

    /// What turning one document's matches into relations reads.
    private struct Document {
        let mentions: [MentionCandidate]
        let titles: [TitleMention]
        let tokens: [Token]
        let events: EventRecognizer.Output
        /// The name each title's implied agency is keyed by ("treasury department"), worked out
        /// once per title rather than per match.
        let impliedAgencyNames: [String?]

        init(mentions: [MentionCandidate], titles: [TitleMention], tokens: [Token], events: EventRecognizer.Output) {
            self.mentions = mentions
            self.titles = titles
            self.tokens = tokens
            self.events = events
            impliedAgencyNames = titles.map { title in title.impliedAgency.map(normalisedName) }
        }
    }

    /// "Bosnian Serb leader", "Turkish Cypriot leader": a people's adjective right after a
    /// country's names a people living in that country, whose title is the people's, not the
    /// second adjective's country's.
    private func namesAPeopleWithin(_ index: Int, _ mentions: [MentionCandidate]) -> Bool {
        guard mentions[index].type == .country, mentions[index].attributes["form"] == "demonym" else { return false }
        // (By index: a mention copied out of the list is a dozen references retained and released.)
        return mentions.indices.contains { other in
            mentions[other].end == mentions[index].start && mentions[other].type == .country
                && mentions[other].sentence == mentions[index].sentence
        }
    }

    /// The relations one output of a pattern makes of a match.
    /// - Parameter meeting: the meeting the sentence talks about, if the output names `MEETING`.
    private func relations(
        _ spec: CompiledPattern.Output, _ match: PatternMatch, _ bindings: Bindings, _ items: SentenceItems, _ document: Document,
        meeting: EntityKey?,
        evidence: Evidence, hedge: Hedge?, implied: inout [MentionCandidate], into out: inout [LocalRelation]
    ) {
        let mentions = document.mentions
        var attributes = spec.attributes
        if spec.wantsStatus, let status = matchStatus(match, bindings, items, document) { attributes["status"] = .string(status) }
        if let hedge {
            attributes["hedged"] = .bool(true)
            if let who = hedge.attributedTo { attributes["attributed_to"] = .string(who) }
        }
        let sources = endpoint(spec.source, bindings, mentions, meeting: meeting)
        switch spec.relation {
        case .role(let titleCapture):
            guard let titleIndex = bindings.indices(of: titleCapture).first else { return }
            let title = document.titles[titleIndex]
            attributes["role"] = .string(title.role)
            if title.isFormer { attributes["former"] = .bool(true) }
            let targets = spec.target.capture.map { bindings.indices(of: $0) } ?? []
            for source in sources {
                if spec.target.capture == titleCapture || targets.isEmpty {
                    out += impliedAgency(
                        titleIndex, document, holder: source, country: nil, evidence: evidence, attributes: attributes,
                        implied: &implied)
                    continue
                }
                for targetIndex in targets where !namesAPeopleWithin(targetIndex, mentions) {
                    let targetType = mentions[targetIndex].type
                    if let type = roleRelation(title.titleClass, targetType: targetType) {
                        out.append(
                            LocalRelation(
                                source: source, target: mentions[targetIndex].key!, type: type, attributes: attributes,
                                evidence: evidence))
                    }
                    if targetType == .country {
                        out += impliedAgency(
                            titleIndex, document, holder: source, country: targetIndex, evidence: evidence,
                            attributes: attributes, implied: &implied)
                    }
                }
            }
        case .typed(let type):
            var targets = endpoint(spec.target, bindings, mentions, meeting: meeting)
            if type == .heldIn { targets = sites(targets, of: sources, spec.target, bindings, mentions) }
            func add(_ source: EntityKey, _ target: EntityKey) {
                if source != target {
                    out.append(
                        LocalRelation(source: source, target: target, type: type, attributes: attributes, evidence: evidence))
                }
            }
            // "meetings in Oslo, Lisbon and Nairobi": two lists of one length pair up in order.
            if sources.count > 1 && sources.count == targets.count {
                for (source, target) in zip(sources, targets) { add(source, target) }
            } else {
                for source in sources {
                    for target in targets { add(source, target) }
                }
            }
        }
    }

    /// Where meetings are held, of the places a match names: not a demonym ("performed in
    /// German" names a language), and one place a meeting ("in Vancouver, British Columbia,
    /// Canada" is an address, named from the inside out), unless the meetings are as many as
    /// the places ("meetings in Oslo, Lisbon and Nairobi").
    private func sites(
        _ targets: [EntityKey], of sources: [EntityKey], _ endpoint: CompiledPattern.Endpoint, _ bindings: Bindings,
        _ mentions: [MentionCandidate]
    ) -> [EntityKey] {
        guard let capture = endpoint.capture else { return targets }
        let demonyms = Set(bindings.indices(of: capture).filter { mentions[$0].attributes["form"] == "demonym" }.map { mentions[$0].key! })
        let named = targets.filter { !demonyms.contains($0) }
        return named.count > 1 && named.count != sources.count ? [named[0]] : named
    }

    /// The keys a relation endpoint names, each once.
    private func endpoint(
        _ endpoint: CompiledPattern.Endpoint, _ bindings: Bindings, _ mentions: [MentionCandidate], meeting: EntityKey?
    ) -> [EntityKey] {
        if endpoint.isMeeting { return meeting.map { [$0] } ?? [] }
        guard let capture = endpoint.capture else { return [] }
        var keys: [EntityKey] = []
        for index in bindings.indices(of: capture) where !keys.contains(mentions[index].key!) { keys.append(mentions[index].key!) }
        return keys
    }

    /// The meeting a sentence talks about: one whose participants the match names, else one
    /// named in the sentence (nearest first), else the one the article is about so far.
    private func meeting(
        for match: PatternMatch, _ bindings: Bindings, _ document: Document, sentence: Sentence, items: SentenceItems
    ) -> EntityKey? {
        let mentions = document.mentions
        // The match's people, each once.
        var people: [EntityKey] = []
        for index in bindings.all where index < mentions.count && mentions[index].type == .person {
            if !people.contains(mentions[index].key!) { people.append(mentions[index].key!) }
        }
        if !people.isEmpty {
            // The first by key of the meetings whose participants the match's people are, or include.
            var first: EntityKey?
            for (key, participants) in document.events.participants
            where (participants.isSuperset(of: people) || participants.allSatisfy(people.contains))
                && (first == nil || key < first!)
            {
                first = key
            }
            if let first { return first }
        }
        var best: (distance: Int, key: EntityKey)?
        for (position, item) in items.items.enumerated() {
            guard case .mentions(let indices) = item else { continue }
            for index in items.mentions(indices) where mentions[index].type == .meeting {
                let distance = position < match.firstItem ? match.firstItem - position : max(0, position - match.endItem)
                if best == nil || distance < best!.distance { best = (distance, mentions[index].key!) }
            }
        }
        return best?.key ?? document.events.salientMeeting[sentence.index]
    }

    private func matchStatus(
        _ match: PatternMatch, _ bindings: Bindings, _ items: SentenceItems, _ document: Document
    ) -> String? {
        let start = items.ranges[match.firstItem].lowerBound
        let end = items.ranges[max(match.firstItem, match.endItem - 1)].upperBound
        var found = StatusCues.Found()
        for index in start..<end { found.formUnion(lexicon.statusCues.statuses(of: document.tokens[index])) }
        for index in bindings.all where index < document.mentions.count && document.mentions[index].type == .policy {
            if let status = document.mentions[index].attributes["status"] { found.insert(status: status) }
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
    /// - Parameter country: the country named with the title, by mention index.
    private func impliedAgency(
        _ titleIndex: Int, _ document: Document, holder: EntityKey, country: Int?, evidence: Evidence,
        attributes: [String: AttributeValue], implied: inout [MentionCandidate]
    ) -> [LocalRelation] {
        let title = document.titles[titleIndex]
        guard let name = title.impliedAgency, let start = title.portfolioStart, let end = title.portfolioEnd,
            let agencyName = document.impliedAgencyNames[titleIndex]
        else { return [] }
        let key = EntityKey.agency(agencyName, country: country.flatMap { document.mentions[$0].key?.countryCode })
        if !implied.contains(where: { $0.start == start && $0.key == key }) {
            var mention = MentionCandidate(
                type: .agency, start: start, end: end, sentence: title.sentence, name: name, key: key, evidence: .title)
            mention.attributes["kind"] = "government"
            if let country, let code = document.mentions[country].attributes["code"] {
                mention.country = lexicon.countryByCode[code]
            }
            implied.append(mention)
        }
        // "Deputy Foreign Minister": the ministry has one head, and it is not the deputy.
        let role: RelationType = title.isSecondRank ? .memberOf : .leads
        var out = [LocalRelation(source: holder, target: key, type: role, attributes: attributes, evidence: evidence)]
        if let country {
            out.append(
                LocalRelation(
                    source: key, target: document.mentions[country].key!, type: .partOf, attributes: ["pattern": .string("title")],
                    evidence: evidence))
        }
        return out
    }

    /// "Trade Minister Ana Lima" leads a trade ministry, but whose? Every country has one: a
    /// ministry a title implies without naming its country takes the country its holders serve
    /// in the document ("Ana Lima, Norway's ...", "Norwegian Trade Minister ..." elsewhere), and
    /// is dropped where the document says none or several (the role stays on the person), so
    /// no "Trade Ministry" is shared by every country of a corpus.
    private func qualifyImpliedAgencies(_ output: inout Output) {
        let unqualified = Set(output.impliedMentions.compactMap(\.key).filter { $0.agencyCountry == nil })
        guard !unqualified.isEmpty else { return }
        // The relations are read by index, field by field: a relation copied out of the array
        // is half a dozen references retained and released, for each of hundreds of relations.
        // (The copy of the array is let go before the relations change, so they are not copied.)
        var renamed: [EntityKey: EntityKey] = [:]
        do {
            let relations = output.relations
            var served: [EntityKey: Set<String>] = [:]
            for index in relations.indices where relations[index].type == .represents || relations[index].type == .leads {
                if let code = relations[index].target.countryCode { served[relations[index].source, default: []].insert(code) }
            }
            // The bodies a qualified title implies: "Norwegian Trade Minister" makes hers Norway's.
            for index in relations.indices where relations[index].type == .leads {
                if let code = relations[index].target.agencyCountry { served[relations[index].source, default: []].insert(code) }
            }
            for key in unqualified.sorted() {
                let holders = relations.indices.filter { relations[$0].type == .leads && relations[$0].target == key }.map {
                    relations[$0].source
                }
                let countries = Set(holders.flatMap { served[$0] ?? [] })
                guard countries.count == 1, let country = countries.first, let name = key.name else { continue }
                renamed[key] = .agency(name, country: country)
            }
        }
        var partOf: [LocalRelation] = []
        // A key equal to one of them is a body's with no country: most relations' ends are told
        // apart by that, without hashing their keys, and are left where they lie, not copied.
        func mayBeUnqualified(_ key: EntityKey) -> Bool { key.type == .agency && key.agencyCountry == nil }
        var dropped: [Int] = []
        for index in output.relations.indices {
            guard mayBeUnqualified(output.relations[index].source) || mayBeUnqualified(output.relations[index].target) else { continue }
            // Each end in turn, source first: an unqualified body the document gives no country
            // drops the relation; one it does is renamed, and the body it leads is part of that
            // country.
            func requalified(_ key: EntityKey) -> EntityKey? {
                guard unqualified.contains(key) else { return key }
                guard let new = renamed[key] else { return nil }
                if output.relations[index].type == .leads, let country = new.agencyCountry {
                    partOf.append(
                        LocalRelation(
                            source: new, target: .country(country), type: .partOf,
                            attributes: ["pattern": .string("title")], evidence: output.relations[index].evidence))
                }
                return new
            }
            guard let source = requalified(output.relations[index].source), let target = requalified(output.relations[index].target)
            else {
                dropped.append(index)
                continue
            }
            if source !== output.relations[index].source { output.relations[index].source = source }
            if target !== output.relations[index].target { output.relations[index].target = target }
        }
        if !dropped.isEmpty { output.relations.remove(atAscending: dropped) }
        output.relations += partOf
        output.impliedMentions = output.impliedMentions.compactMap { mention in
            guard let key = mention.key, unqualified.contains(key) else { return mention }
            guard let new = renamed[key] else { return nil }
            var mention = mention
            mention.key = new
            if let code = new.agencyCountry { mention.country = lexicon.countryByCode[code] }
            return mention
        }
    }

    private func isPlausible(_ relation: LocalRelation, agencyKinds: [EntityKey: String]) -> Bool {
        guard relation.type == .partOf, relation.target.type == .country else { return true }
        return !lexicon.isIndependentKind(agencyKinds[relation.source])
    }

    // MARK: Relations from the text's structure

    private func structural(
        _ mentions: [MentionCandidate], _ sentences: [Sentence], _ article: Article, _ evidences: [Evidence]
    ) -> [LocalRelation] {
        var out: [LocalRelation] = []
        // An agency named with its country: "U.S. Commerce Department".
        for index in mentions.indices where mentions[index].type == .agency {
            guard let country = mentions[index].country else { continue }
            out.append(
                LocalRelation(
                    source: mentions[index].key!, target: .country(lexicon.countries[country].code), type: .partOf,
                    attributes: ["pattern": .string("country-qualified-name")],
                    evidence: evidences[mentions[index].sentence]))
        }
        // A city lies in its country (gazetteer); kept where the country is in the graph. The
        // gazetteer knows it, the sentence need not say it: the edge's basis is knowledge.
        for index in mentions.indices where mentions[index].type == .place {
            guard let code = mentions[index].placeCountry else { continue }
            out.append(
                LocalRelation(
                    source: mentions[index].key!, target: .country(code), type: .locatedIn,
                    attributes: ["pattern": .string("gazetteer"), "basis": .string("knowledge")],
                    evidence: evidences[mentions[index].sentence]))
        }
        // Bylines: the reporters work for the news agency the dateline or credit names.
        var media = Set<EntityKey>()
        for index in mentions.indices where mentions[index].type == .agency && mentions[index].attributes["kind"] == "media" {
            let sentence = sentences[mentions[index].sentence]
            if [.dateline, .byline, .credit, .sourceCredit].contains(sentence.zone) {
                media.insert(mentions[index].key!)
            }
        }
        if media.count == 1, let agency = media.first {
            for index in mentions.indices
            where mentions[index].type == .person && sentences[mentions[index].sentence].zone == .byline {
                out.append(
                    LocalRelation(
                        source: mentions[index].key!, target: agency, type: .memberOf,
                        attributes: ["pattern": .string("byline"), "role": .string("reporter")],
                        evidence: evidences[mentions[index].sentence]))
            }
        }
        return out
    }
}
