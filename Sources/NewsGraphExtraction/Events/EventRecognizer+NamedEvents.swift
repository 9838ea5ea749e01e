import NewsGraphCore

/// Events known by a name: "the 2010 Winter Olympics", "the Ibero-American Summit", "the
/// Eurovision Song Contest 1995", "the Africa Cup of Nations".
///
/// English names an event with capitalised words ending in a word that says what kind of event
/// it is (patterns/event-names.tsv), often with its year or its ordinal; the name is the
/// meeting's. What the capitalised words were taken for before ("Winter Olympics" as a
/// person, "American" as the United States) gives way to the event's name, but for the places
/// in it, which say where it is held ("the Beijing Olympics"), and the bodies a lexicon knows.
extension EventRecognizer {
    struct NamedEvent {
        var mention: MentionCandidate
        var relations: [LocalRelation] = []
        /// Mentions inside the name that were only guesses at its words, by index into `local`.
        var superseded: [Int] = []
    }

    /// Whether a word of the sentence may head an event's name: without one, `namedEvents`
    /// finds none.
    func mayNameAnEvent(_ sentence: Sentence, _ tokens: [Token]) -> Bool {
        sentence.tokens.contains { tokens[$0].isCapitalized && words.eventNameHeads.contains(tokens[$0]) }
    }

    /// The named events of a sentence, left to right.
    func namedEvents(
        _ sentence: Sentence, _ local: [MentionCandidate], _ sentenceTriggers: [MentionRecognizer.TriggerSpan], _ tokens: [Token],
        _ evidence: Evidence, _ articleDate: CalendarDate?
    ) -> [NamedEvent] {
        var found: [NamedEvent] = []
        var index = sentence.tokens.lowerBound
        while index < sentence.tokens.upperBound {
            defer { index += 1 }
            let token = tokens[index]
            guard token.isCapitalized, words.eventNameHeads.contains(token), let head = lexicon.eventNameHeads[token.key] else {
                continue
            }
            guard let event = namedEvent(at: index, head, sentence, local, sentenceTriggers, tokens, evidence, articleDate) else {
                continue
            }
            index = event.mention.end - 1
            found.append(event)
        }
        return found
    }

    private func namedEvent(
        at headIndex: Int, _ head: EventNameHead, _ sentence: Sentence, _ local: [MentionCandidate],
        _ sentenceTriggers: [MentionRecognizer.TriggerSpan], _ tokens: [Token], _ evidence: Evidence, _ articleDate: CalendarDate?
    ) -> NamedEvent? {
        let lower = sentence.tokens.lowerBound
        let upper = sentence.tokens.upperBound
        var nameWords = 0
        var isDated = false
        // Before the head: capitalised words, years and ordinals, joined by hyphens, and a
        // possessive right before the head ("America's Cup").
        var start = headIndex
        var cursor = headIndex - 1
        while cursor >= lower {
            let token = tokens[cursor]
            if token.key == "'s" && cursor == headIndex - 1 && cursor > lower && tokens[cursor - 1].isCapitalized {
                cursor -= 1
                continue
            }
            if token.isHyphen && !token.spaceBefore && cursor > lower && start == cursor + 1
                && (tokens[cursor - 1].isCapitalized || tokens[cursor - 1].kind == .number)
            {
                cursor -= 1
                continue
            }
            // An ordinal in lower case counts editions ("the first Games"); in a name it is capitalised.
            if isYear(token) || (isOrdinal(token) && (token.isCapitalized || token.key.first?.isNumber == true)) {
                isDated = true
            } else if token.kind == .word && token.isCapitalized && !words.function.contains(token)
                && !words.month.contains(token)
                && !words.weekday.contains(token)
            {
                nameWords += 1
            } else {
                break
            }
            start = cursor
            cursor -= 1
        }
        // After it: a year ("Contest 1995") or an "of" phrase of capitalised words ("Cup of Nations").
        var end = headIndex + 1
        if end < upper, isYear(tokens[end]) {
            isDated = true
            end += 1
        } else if end + 1 < upper, tokens[end].key == "of" {
            var next = end + 1
            if next < upper && tokens[next].key == "the" { next += 1 }
            var last = next
            while last < upper && tokens[last].isCapitalized && tokens[last].kind == .word
                && !words.function.contains(tokens[last])
            {
                last += 1
            }
            if last > next {
                nameWords += 1
                end = last
            }
        }
        // A name that goes on past the head is another kind of name ("Florida Championship
        // Wrestling", a company): no event, and the head is no trigger either.
        if end < upper, tokens[end].kind == .word, tokens[end].isCapitalized, !words.function.contains(tokens[end]),
            !words.month.contains(tokens[end]), !words.weekday.contains(tokens[end])
        {
            return NamedEvent(
                mention: MentionCandidate(
                    type: .meeting, start: start, end: end + 1, sentence: sentence.index, name: "", key: nil, evidence: .trigger))
        }
        switch head.needs {
        case .word: guard nameWords > 0 || isDated else { return nil }
        case .alone: break
        case .dated: guard isDated else { return nil }
        }
        // A lone sentence-initial head with nothing else is an ordinary word ("Summit talks ...").
        if start == lower && end == headIndex + 1 && nameWords == 0 && !isDated && head.needs != .alone { return nil }
        // The mentions the name's words make: a body or a place that is the whole of them
        // anchors the meeting as a trigger after it would ("ASEAN Summit", "Lisbon Summit").
        let nameTokens = (start..<end).filter {
            $0 != headIndex && !isYear(tokens[$0]) && !tokens[$0].isHyphen && tokens[$0].key != "'s"
        }
        // A body or place that covers the head too was a guess at the whole name ("Song Contest");
        // one that ends at the head may begin before the capitalised words ("Association of
        // Southeast Asian Nations Summit"): the name is then the body's meeting.
        let whole = local.indices.first { index in
            !nameTokens.isEmpty && local[index].type != .meeting
                && nameTokens.allSatisfy { (local[index].start..<local[index].end).contains($0) }
                && !(local[index].start...local[index].end - 1).contains(headIndex)
                && [.lexicon, .acronym, .organisationHead].contains(local[index].evidence)
                && !(local[index].type == .country && local[index].attributes["form"] == "demonym")
        }
        if let whole { start = min(start, local[whole].start) }
        let inside = local.indices.filter { local[$0].start >= start && local[$0].end <= end && local[$0].type != .meeting }
        // People who meet are anchored by the trigger's own rule ("the Lima-Okafor Summit").
        let people = inside.filter { local[$0].type == .person && local[$0].evidence != .learned }
        if !nameTokens.isEmpty,
            nameTokens.allSatisfy({ token in people.contains { (local[$0].start..<local[$0].end).contains(token) } })
        {
            return nil
        }
        let meetingClass = Self.meetingClass(head.kind)
        let kindWord = head.kind
        var mention = MentionCandidate(
            type: .meeting, start: start, end: end, sentence: sentence.index, name: "", key: nil, evidence: .trigger)
        mention.attributes["kind"] = head.kind
        var event = NamedEvent(mention: mention)
        // A dated name is one edition of its event ("the 2008 Beijing Olympics"): its name keys it.
        if !isDated, let whole, local[whole].type == .agency {
            event.mention.key = .meeting(.organisation(key: local[whole].key!), meetingClass)
            event.mention.name = "\(shortName(local[whole])) \(kindWord)"
        } else if !isDated, let whole, [.place, .country].contains(local[whole].type) {
            event.mention.key = .meeting(.place(key: local[whole].key!), meetingClass)
            event.mention.name = "\(local[whole].name) \(kindWord)"
        } else {
            let name = Self.nameText(start, end, tokens)
            event.mention.key = .meeting(.name(text: normalisedName(name)), meetingClass)
            event.mention.name = name
            event.superseded = inside.filter { index in
                switch local[index].type {
                case .person: true
                case .agency: local[index].evidence != .lexicon
                case .country: local[index].attributes["form"] == "demonym"
                default: false
                }
            }
        }
        if let when = time.expression(near: start..<end, tokens, sentence, articleDate: articleDate) {
            event.mention.attributes["when"] = when.text
            if let date = when.date { event.mention.attributes["date"] = date }
            event.mention.when = when
        }
        // Where it is held: a place that opens its name ("the 2008 Beijing Olympics"; one further
        // in may be a word of it, "the Asian Para Games"), and one after it ("in Oslo").
        let opening = (start..<end).first { !isYear(tokens[$0]) && !isOrdinal(tokens[$0]) } ?? start
        var places = inside.filter {
            (local[$0].type == .place && local[$0].start == opening) || ($0 == whole && local[$0].type == .country)
        }
        .map { local[$0] }
        let meeting = MeetingTrigger(kind: head.kind, isVerb: false)
        let last = MentionRecognizer.TriggerSpan(start: end - 1, end: end, sentence: sentence.index, kind: .meeting(meeting))
        let kept = local.indices.filter { !event.superseded.contains($0) }.map { local[$0] }
        places += meetingPlaces(last, meeting, kept, sentenceTriggers, tokens, sentence).filter { $0.start >= end }
        for place in places where !event.relations.contains(where: { $0.target == place.key }) {
            event.relations.append(
                LocalRelation(source: event.mention.key!, target: place.key!, type: .heldIn, attributes: [:], evidence: evidence))
        }
        return event
    }

    /// A name as written, its tokens joined as the text joins them.
    static func nameText(_ start: Int, _ end: Int, _ tokens: [Token]) -> String {
        var out = ""
        for index in start..<end {
            if index > start && tokens[index].spaceBefore { out += " " }
            out += tokens[index].text
        }
        return out
    }

    /// A year as news writes one: four digits from 1800 to 2100.
    func isYear(_ token: Token) -> Bool {
        guard token.kind == .number, token.key.utf8.count == 4, let value = Int(token.key) else { return false }
        return (1800...2100).contains(value)
    }

    /// "third", "19th": an ordinal, spelt out or in figures.
    func isOrdinal(_ token: Token) -> Bool {
        if words.ordinal.contains(token) { return true }
        guard token.kind == .word, let first = token.key.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        else { return false }
        return words.ordinalSuffixes.contains { token.key.hasSuffix($0) }
    }
}
