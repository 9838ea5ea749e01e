import NewsGraphCore

/// The learned name tagger's names, where the rules lack evidence of their own.
extension MentionRecognizer {
    /// How far the tagger's label must lead the runner-up for it to retype a lexicon place as
    /// part of an organisation's name ("Bayern Munich", "Borussia Dortmund"): the lexicon is
    /// evidence too, and only a clear decision overrules it.
    static let retypingMargin: Float = 50

    /// Reconciles the tagger's names in a sentence with the rules' mentions and titles: a name
    /// no rule found is added; a name the rules only guessed at (a weak mention, kept only if
    /// resolution ties it to a name) keeps the tagger's type for resolution to fall back on; a
    /// name the rules typed from their own evidence stays as they typed it, but for a club or
    /// company named after a place. A title is never part of a name ("Defense Secretary").
    func addLearnedNames(
        _ sentence: Sentence, _ tokens: [Token], spans: [LexiconSpan], titles: [TitleMention],
        into mentions: inout [MentionCandidate]
    ) {
        guard let tagger = nameTagger, let nameFeatures else { return }
        let features = nameFeatures.sentence(tokens, sentence.tokens, spans: spans, commonWords: commonWords)
        guard !features.positions.isEmpty else { return }
        let labels = tagger.tag(features)
        var index = 0
        var added = false
        while index < labels.count {
            let label = labels[index].label
            guard label.isBegin else {
                index += 1
                continue
            }
            var end = index + 1
            var margin = labels[index].margin
            while end < labels.count && labels[end].label == .inside(kind: label.kind)
                && features.positions[end] == features.positions[end - 1] + 1
            {
                margin = min(margin, labels[end].margin)
                end += 1
            }
            var start = features.positions[index]
            var stop = features.positions[end - 1] + 1
            index = end
            guard var type = Self.entityType(ofKind: label.kind) else { continue }
            // The name is what lies after the last title inside it, or before the first.
            for title in titles where title.start < stop && start < title.end {
                if title.end < stop { start = max(start, title.end) } else { stop = min(stop, title.start) }
            }
            // A name neither opens nor closes with a joining word or mark, nor ends in a possessive.
            while start < stop && !tokens[start].isCapitalized { start += 1 }
            while stop > start && (tokens[stop - 1].kind == .punctuation || !tokens[stop - 1].isCapitalized && tokens[stop - 1].spaceBefore) {
                stop -= 1
            }
            // "I", "We", "It", peoples and camps ("Muslims", "Kurds", "South Asians") and "the
            // North": never a name on their own, as the rules read them (`groupName`,
            // `directionAlone`).
            guard start < stop,
                (start..<stop).contains(where: {
                    tokens[$0].kind == .word && !lexicon.isFunctionWord(tokens[$0].key) && !lexicon.groupNames.contains(tokens[$0].key)
                }),
                !namesGroup((start..<stop).lazy.filter { tokens[$0].kind == .word }, tokens),
                !namesAward((start..<stop).lazy.filter { tokens[$0].kind == .word }, tokens),
                !namesDocument(before: stop, tokens),
                !(stop == start + 1 && isDirectionAlone(at: start, sentence, tokens)),
                // Nor is a name inside a document's ("the Convention on Halden Waters").
                !(max(sentence.tokens.lowerBound, start - 2)..<stop).contains(where: { opensDocumentName($0, tokens) })
            else { continue }
            // "for The Daily Ledger": inside a sentence a capitalised article opens a title
            // (`isTitleOfWork`), a body's or a work's (which the graph does not type), never a
            // person's name, whether the tagger takes in the article or not.
            if type == .person, isTitleOfWork(start, sentence, tokens)
                || (start > sentence.tokens.lowerBound && isTitleOfWork(start - 1, sentence, tokens))
            {
                type = .agency
            }
            // "Carolina Panthers": a team's name, not a person's (`namesTeam`).
            if type == .person, namesTeam((start..<stop).lazy.filter { tokens[$0].kind == .word }, tokens) { type = .agency }
            // "GDP", "H.I.V.": an acronym that names no entity, with its periods or without.
            // (Periods are removed only from a key that has one: `replacingOccurrences` bridges
            // to Foundation, for every one-word name.)
            if stop - start == 1 {
                let key = tokens[start].key
                if nonEntityAcronyms.contains(key.utf8.contains(UInt8(ascii: ".")) ? key.replacingOccurrences(of: ".", with: "") : key) {
                    continue
                }
            }
            let overlapping = mentions.indices.filter { mentions[$0].start < stop && start < mentions[$0].end }
            if !overlapping.isEmpty && overlapping.allSatisfy({ mentions[$0].isWeak }) {
                // Resolution first ties a guessed name to a name the text gives ("Lima" to "Ana
                // Lima"); the tagger's type is what is left when it cannot.
                for other in overlapping where mentions[other].start == start && mentions[other].end == stop {
                    mentions[other].learnedType = type
                    mentions[other].learnedMargin = margin
                }
                continue
            }
            let replaces: Bool
            if overlapping.isEmpty {
                replaces = true
            } else {
                // "Bayern Munich": a place the lexicon knows, inside a longer organisation name.
                replaces = type == .agency && margin >= Self.retypingMargin
                    && overlapping.allSatisfy { other in
                        (mentions[other].type == .place || mentions[other].type == .country)
                            && start <= mentions[other].start && mentions[other].end <= stop
                            && (mentions[other].start > start || mentions[other].end < stop)
                    }
                    && (start..<stop).contains { position in
                        tokens[position].isCapitalized && !overlapping.contains { mentions[$0].start <= position && position < mentions[$0].end }
                    }
            }
            guard replaces, var mention = learnedMention(type, start, stop, sentence, tokens) else { continue }
            mention.learnedMargin = margin
            for other in overlapping.reversed() { mentions.remove(at: other) }
            mentions.append(mention)
            added = true
        }
        if added { mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) } }
    }

    static func entityType(ofKind kind: Int) -> EntityType? {
        switch kind {
        case 1: .person
        case 2: .agency
        case 3: .place
        default: nil
        }
    }

    private func learnedMention(_ type: EntityType, _ start: Int, _ end: Int, _ sentence: Sentence, _ tokens: [Token]) -> MentionCandidate? {
        guard start < end else { return nil }
        let name = nameText(start, end, tokens)
        var mention = MentionCandidate(
            type: type, start: start, end: end, sentence: sentence.index, name: name, key: nil, evidence: .learned)
        switch type {
        case .agency:
            mention.key = .agency(normalisedName(name))
            mention.attributes["kind"] = "organisation"
        case .place:
            mention.key = .place(normalisedName(name))
            mention.isPlaceUse = true
            // Most places no lexicon knows are towns.
            mention.placeLevel = .city
        default:
            break
        }
        return mention
    }
}
