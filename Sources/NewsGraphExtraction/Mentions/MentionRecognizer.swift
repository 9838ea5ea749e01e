import Foundation
import NewsGraphCore

/// Finds the mentions of entities and the titles in one document.
///
/// One pass of the phrase index over each sentence finds every lexicon phrase; capitalised
/// runs that no lexicon knows are chunked and typed by the evidence around them (a title
/// before, a given name inside, an organisation word, a verb of speech, a byline). Headings
/// and datelines yield only lexicon phrases and names the body already established.
struct MentionRecognizer {
    let lexicon: Lexicon
    /// Words the document also writes in lower case: capitalised at a sentence start, they are
    /// ordinary words, not names. The sentence splitter has collected them (`lowercaseWords`).
    let commonWords: Set<String>
    /// The cue-word classes asked about word by word, taken out of the lexicon once per document
    /// rather than looked up by class name at every word.
    let weekdays, months, speechVerbs, staffNouns, companyNouns, mediaNouns, holdingNouns, companyTitles, companyStaff, nonEntityAcronyms: Set<String>
    /// Cue classes asked of the words after a name or at its end, by the token's number.
    let bodyNounsAfter, bodyNounFields, siteNounsAfter, siteNounFields, awardWords, documentNouns, saintWords: WordSet
    /// Cue classes asked of the words of every title and of lone capitalised words.
    let pastTitleWords, secondRankWords, directionWords, companyResults, companyResultVerbs: WordSet
    /// The words that join the last two names of a list ("and", "or"), asked before a name.
    let listJoiners: WordSet
    /// The relative pronouns that refer back to people and bodies of people, never to places
    /// ("who", "whom"), asked after a town's name.
    let personalRelatives: WordSet
    /// The span of the weekday and month words' vocabulary numbers (`Token.id`), if they all have
    /// one: a word numbered outside it, or not at all as most names are, is no time word, and
    /// needs no look-up to say so.
    let timeWordIDs: ClosedRange<Int32>?
    /// The learned tagger, for names no rule has evidence for; none, rules alone.
    let nameTagger: NameTagger?
    let nameFeatures: NameFeatures?

    init(lexicon: Lexicon, commonWords: Set<String>, nameTagger: NameTagger? = nil, nameFeatures: NameFeatures? = nil) {
        self.lexicon = lexicon
        self.commonWords = commonWords
        self.nameTagger = nameTagger
        self.nameFeatures = nameFeatures
        weekdays = lexicon.cueWords["weekday"] ?? []
        months = lexicon.cueWords["month"] ?? []
        speechVerbs = lexicon.cueWords["speech"] ?? []
        staffNouns = lexicon.cueWords["staff-noun"] ?? []
        companyNouns = lexicon.cueWords["company-noun"] ?? []
        mediaNouns = lexicon.cueWords["media-noun"] ?? []
        holdingNouns = lexicon.cueWords["holding-noun"] ?? []
        companyTitles = lexicon.cueWords["company-title"] ?? []
        companyStaff = lexicon.cueWords["company-staff"] ?? []
        nonEntityAcronyms = lexicon.cueWords["non-entity-acronym"] ?? []
        bodyNounsAfter = lexicon.cueSet("body-noun-after")
        bodyNounFields = lexicon.cueSet("body-noun-field")
        siteNounsAfter = lexicon.cueSet("site-noun-after")
        siteNounFields = lexicon.cueSet("site-noun-field")
        awardWords = lexicon.cueSet("award-word")
        documentNouns = lexicon.cueSet("document-noun")
        saintWords = lexicon.cueSet("saint-word")
        pastTitleWords = lexicon.cueSet("past-title-word")
        secondRankWords = lexicon.cueSet("second-rank-word")
        directionWords = lexicon.cueSet("direction-modifier")
        companyResultVerbs = lexicon.cueSet("company-result-verb")
        listJoiners = lexicon.cueSet("list-joiner")
        personalRelatives = lexicon.cueSet("personal-relative")
        companyResults = lexicon.cueSet("company-result")
        let timeWordNumbers = (weekdays.map(lexicon.vocabulary.id) + months.map(lexicon.vocabulary.id))
        if let lowest = timeWordNumbers.min(), let highest = timeWordNumbers.max(), lowest >= 0 {
            timeWordIDs = lowest...highest
        } else {
            timeWordIDs = nil
        }
    }

    struct Result {
        var mentions: [MentionCandidate] = []
        var titles: [TitleMention] = []
        /// Meeting and policy trigger spans, for the event recogniser.
        var triggers: [TriggerSpan] = []
    }

    /// A word or phrase that names a meeting or policy.
    struct TriggerSpan: Sendable {
        enum Kind: Sendable { case meeting(MeetingTrigger), policy(PolicyTrigger) }
        var start: Int
        var end: Int
        var sentence: Int
        var kind: Kind
    }

    /// A lexicon phrase found in a sentence.
    typealias LexiconSpan = PhraseIndex.Match

    /// The arrays each sentence fills and the next one reuses.
    private struct SentenceBuffers {
        var spans: [LexiconSpan] = []
        var titles: [TitleMention] = []
        var chunks = ChunkBuffer()
        /// The sentence's mentions, gathered here before they join the result.
        var mentions: [MentionCandidate] = []
    }

    func recognize(_ tokens: [Token], _ sentences: [Sentence]) -> Result {
        var result = Result()
        var deferred: [Sentence] = []
        var buffers = SentenceBuffers()
        for sentence in sentences {
            switch sentence.zone {
            case .furniture, .credit, .caption: continue
            case .heading, .dateline:
                deferred.append(sentence)
            case .body, .byline, .sourceCredit:
                recognize(sentence, tokens, strict: false, known: KnownPersonNames(), into: &result, buffers: &buffers)
            }
        }
        addCountriesCalledByTheirDirection(&result.mentions, tokens, sentences)
        // Headings and datelines are read against the people the rest has established.
        guard !deferred.isEmpty else { return result }
        var known = KnownPersonNames()
        known.add(result.mentions[...])
        for sentence in deferred {
            let before = result.mentions.count
            recognize(sentence, tokens, strict: true, known: known, into: &result, buffers: &buffers)
            known.add(result.mentions[before...])
        }
        return result
    }

    /// Recognises one sentence; `strict` admits only lexicon phrases and names already found.
    private func recognize(
        _ sentence: Sentence, _ tokens: [Token], strict: Bool, known: KnownPersonNames, into result: inout Result,
        buffers: inout SentenceBuffers
    ) {
        lexiconSpans(sentence, tokens, into: &buffers.spans)
        titleMentions(buffers.spans, sentence, tokens, into: &buffers.titles)
        capitalisedChunks(sentence, tokens, spans: buffers.spans, titles: buffers.titles, into: &buffers.chunks)
        let spans = buffers.spans
        let titles = buffers.titles
        let chunks = buffers.chunks.chunks
        buffers.mentions.removeAll(keepingCapacity: true)
        do {
            let context = Context(
                sentence: sentence, tokens: tokens, spans: spans, titles: titles, strict: strict, known: known)
            for chunk in chunks { interpret(chunk, context, into: &buffers.mentions, titles: &result.titles) }
        }
        // Lowercase phrases outside chunks: titles ("chief trade negotiator"), commodities, triggers.
        for title in titles where !buffers.chunks.covers(title.start) {
            result.titles.append(title)
        }
        for span in spans where !buffers.chunks.covers(span.start) {
            if let commodity = commodityMention(span, sentence) { buffers.mentions.append(commodity) }
        }
        buffers.mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        if !strict { addLearnedNames(sentence, tokens, spans: spans, titles: titles, into: &buffers.mentions) }
        if !strict {
            addGovernments(&buffers.mentions, sentence, tokens)
            addCountryBodies(&buffers.mentions, sentence, tokens)
        }
        if sentence.zone == .body || sentence.zone == .byline {
            addTriggerSpans(spans, sentence, tokens, mentions: buffers.mentions, into: &result.triggers)
        }
        result.mentions += buffers.mentions
    }

    // MARK: Lexicon phrases

    /// The longest lexicon phrase at each position, left to right.
    private func lexiconSpans(_ sentence: Sentence, _ tokens: [Token], into spans: inout [LexiconSpan]) {
        lexicon.longestPhrases(tokens, sentence.tokens, into: &spans)
    }

    // MARK: Phrases outside capitalised chunks

    /// A commodity written in lower case ("rare earths") at a position the chunker left alone.
    private func commodityMention(_ span: LexiconSpan, _ sentence: Sentence) -> MentionCandidate? {
        for hit in span.hits {
            if case .known(let index) = hit, lexicon.known[index].type == .commodity {
                return knownMention(index, span.start, span.end, sentence)
            }
        }
        return nil
    }

    func knownMention(_ index: Int, _ start: Int, _ end: Int, _ sentence: Sentence) -> MentionCandidate {
        let entity = lexicon.known[index]
        var mention = MentionCandidate(
            type: entity.type, start: start, end: end, sentence: sentence.index, name: entity.name,
            key: .named(entity.type, normalisedName(entity.name)), evidence: .lexicon)
        mention.attributes = entity.attributes
        if let code = entity.attributes["country"] {
            mention.country = lexicon.countryByCode[code]
            mention.attributes["country"] = nil
        }
        return mention
    }

    // MARK: Triggers

    private func addTriggerSpans(
        _ spans: [LexiconSpan], _ sentence: Sentence, _ tokens: [Token], mentions: [MentionCandidate],
        into out: inout [TriggerSpan]
    ) {
        for span in spans {
            guard span.hits.contains(where: \.isTrigger) else { continue }
            // A trigger inside a name ("Dialogue Initiative") is part of the name; a guessed name
            // that is the trigger alone is the capital a sentence opens with ("Sanctions against
            // Iran were lifted").
            let insideName = mentions.indices.contains { index in
                mentions[index].start <= span.start && span.end <= mentions[index].end && mentions[index].type != .meeting
                    && !(mentions[index].isWeak && mentions[index].start == span.start && mentions[index].end == span.end)
            }
            if insideName { continue }
            for hit in span.hits {
                switch hit {
                case .meetingTrigger(let trigger):
                    out.append(TriggerSpan(start: span.start, end: span.end, sentence: sentence.index, kind: .meeting(trigger)))
                case .policyTrigger(let trigger):
                    if !trigger.needs.isEmpty {
                        let window = max(sentence.tokens.lowerBound, span.start - 4)..<min(sentence.tokens.upperBound, span.end + 4)
                        let nearWord = window.contains { trigger.needs.contains(tokens[$0].key) }
                        let nearCommodity = trigger.needs.contains("@commodity")
                            && mentions.indices.contains { index in
                                mentions[index].type == .commodity && window.contains(mentions[index].start)
                            }
                        guard nearWord || nearCommodity else { continue }
                    }
                    out.append(TriggerSpan(start: span.start, end: span.end, sentence: sentence.index, kind: .policy(trigger)))
                default: continue
                }
                break
            }
        }
    }
}

extension PhraseHit {
    /// A meeting or policy trigger.
    fileprivate var isTrigger: Bool {
        switch self {
        case .meetingTrigger, .policyTrigger: true
        default: false
        }
    }
}
