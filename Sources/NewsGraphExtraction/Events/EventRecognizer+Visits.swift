import NewsGraphCore

/// Visits: "X visited Lisbon", "X's visit to Lisbon", "a visit by X to Lisbon". A visit is a
/// meeting held where the visitor goes, and the visitor attends it; it is known by who goes
/// where, so two people's visits to one city stay two visits.
extension EventRecognizer {
    /// What every relation a visit's own words state carries.
    static let visitRule: [String: AttributeValue] = ["pattern": .string("visit")]

    /// The class of every visit, whatever word names it: a visit is known by who goes where.
    static let visitClass = "visit"

    func visit(
        _ trigger: MentionRecognizer.TriggerSpan, _ meeting: MeetingTrigger, _ local: [MentionCandidate],
        _ sentenceTriggers: [MentionRecognizer.TriggerSpan], _ tokens: [Token], _ sentence: Sentence, _ evidence: Evidence,
        named: [Range<Int>], make: (MeetingAnchor, String) -> MentionCandidate
    ) -> MeetingResult {
        var result = MeetingResult()
        let direct = directDestinations(after: trigger.end, local, tokens, sentence)
        // Used as a verb ("visited Lisbon", "to visit Lisbon"): its subject goes; as a noun ("X's
        // visit to Lisbon", "a visit by X"), its owner or its "by" phrase does.
        let isVerbUse =
            !direct.isEmpty || meeting.isVerb
            || (trigger.start > sentence.tokens.lowerBound && words.verbalisers.contains(tokens[trigger.start - 1]))
            || tokens[trigger.start].key.hasSuffix("ed") || tokens[trigger.start].key.hasSuffix("ing")
        var destinations = direct
        if destinations.isEmpty, !isVerbUse {
            destinations = toDestination(after: trigger.end, local, tokens, sentence).map { [$0] } ?? []
        }
        if destinations.isEmpty, !isVerbUse,
            let before = local.last(where: { $0.end == trigger.start && isDestination($0) })
        {
            destinations = [before]
        }
        // "visiting Saudi King Abdullah": a participle before its noun, whose visitor it names.
        let visitor =
            isVerbUse
            ? (visitorAfter(participle: trigger, local, tokens, sentence)
                ?? subject(before: trigger.start, local, tokens, sentence))
            : owner(of: trigger, local, tokens, sentence)
        // "visited troops in Kabul"; but "the most visited city in Finland" is no one's visit.
        if destinations.isEmpty, !isVerbUse || visitor != nil {
            destinations = meetingPlaces(
                trigger, MeetingTrigger(kind: meeting.kind, isVerb: false), local, sentenceTriggers, tokens, sentence,
                named: named
            )
            .filter(isDestination)
        }
        if destinations.isEmpty {
            // "Okafor's visit": known by its visitor; "the visit" refers back (the caller's part).
            guard !isVerbUse, let visitor else { return result }
            let anchor = MeetingAnchor.visit(visitor: visitor.key!, destination: nil)
            result.mentions.append(make(anchor, "\(shortName(of: visitor))’s visit"))
            result.mentions[0].key = .meeting(anchor, Self.visitClass)
            result.relations.append(
                LocalRelation(
                    source: visitor.key!, target: result.mentions[0].key!, type: .attends, attributes: Self.visitRule,
                    evidence: evidence))
            return result
        }
        for destination in destinations {
            var mention: MentionCandidate
            if let visitor {
                let anchor = MeetingAnchor.visit(visitor: visitor.key!, destination: destination.key!)
                mention = make(anchor, "\(shortName(of: visitor))’s visit to \(destination.name)")
                mention.key = .meeting(anchor, Self.visitClass)
                result.relations.append(
                    LocalRelation(
                        source: visitor.key!, target: mention.key!, type: .attends, attributes: Self.visitRule, evidence: evidence))
            } else {
                mention = make(.place(key: destination.key!), "\(destination.name) visit")
            }
            result.relations.append(
                LocalRelation(
                    source: mention.key!, target: destination.key!, type: .heldIn, attributes: Self.visitRule, evidence: evidence))
            result.mentions.append(mention)
        }
        return result
    }

    /// "visiting French Foreign Minister Ana Lima", "visiting Latvian-born banker Ana Lima": the
    /// person a participle describes.
    private func visitorAfter(
        participle trigger: MentionRecognizer.TriggerSpan, _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence
    ) -> MentionCandidate? {
        guard tokens[trigger.start].key.hasSuffix("ing") else { return nil }
        var position = trigger.end
        while position < min(sentence.tokens.upperBound, trigger.end + 8) {
            if let mention = local.first(where: { $0.start == position }) {
                if mention.type == .person { return mention }
                guard mention.type == .country && mention.attributes["form"] == "demonym" else { return nil }
                position = mention.end
                continue
            }
            // Titles and words that describe the person: "Saudi King", "Latvian-born banker".
            let token = tokens[position]
            guard token.isCapitalized || token.isHyphen || (token.kind == .word && !words.function.contains(token)) else {
                return nil
            }
            position += 1
        }
        return nil
    }

    /// A place or a country by its name (not a demonym: "visiting French ministers").
    private func isDestination(_ mention: MentionCandidate) -> Bool {
        mention.type == .place || (mention.type == .country && mention.attributes["form"] != "demonym")
    }

    /// "visited (northern) Iraq", "will visit China and Japan": places right after the word.
    private func directDestinations(
        after end: Int, _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence
    ) -> [MentionCandidate] {
        var cursor = end
        var skipped = 0
        while cursor < sentence.tokens.upperBound, skipped < 2, !local.contains(where: { $0.start == cursor }) {
            let token = tokens[cursor]
            guard token.kind == .word, !token.isCapitalized, token.key == "the" || !words.function.contains(token) else { break }
            cursor += 1
            skipped += 1
        }
        var found: [MentionCandidate] = []
        while let place = local.first(where: { $0.start == cursor && isDestination($0) }) {
            found.append(place)
            cursor = place.end
            while cursor < sentence.tokens.upperBound && (tokens[cursor].key == "," || tokens[cursor].key == "and") {
                cursor += 1
            }
        }
        return found
    }

    /// "a visit (by X) to Lisbon": the place after the first "to" in the next few words.
    private func toDestination(
        after end: Int, _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence
    ) -> MentionCandidate? {
        var cursor = end
        while cursor < min(sentence.tokens.upperBound, end + 12) {
            if words.placeSearchStops.contains(tokens[cursor]) || tokens[cursor].key == "." { return nil }
            if tokens[cursor].key == "to" {
                var next = cursor + 1
                if next < sentence.tokens.upperBound && tokens[next].key == "the" { next += 1 }
                return local.first { $0.start == next && isDestination($0) }
            }
            cursor += 1
        }
        return nil
    }

    /// Who pays a visit named as a noun: the owner ("Okafor's three-day visit") or the "by" or
    /// "of" phrase after it ("a visit by Foreign Minister Ana Lima"), a person before a body.
    private func owner(
        of trigger: MentionRecognizer.TriggerSpan, _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence
    ) -> MentionCandidate? {
        var cursor = trigger.start - 1
        while cursor > sentence.tokens.lowerBound, cursor >= trigger.start - 5 {
            let token = tokens[cursor]
            if token.key == "'s" {
                return local.last { $0.end == cursor && isActor($0) }
            }
            guard
                token.kind == .number || token.isHyphen
                    || (token.kind == .word && !token.isCapitalized && !words.function.contains(token))
            else { break }
            cursor -= 1
        }
        guard trigger.end < sentence.tokens.upperBound, ["by", "of"].contains(tokens[trigger.end].key) else { return nil }
        var first: MentionCandidate?
        var position = trigger.end + 1
        while position < min(sentence.tokens.upperBound, trigger.end + 10) {
            if let mention = local.first(where: { $0.start == position && isActor($0) }) {
                if mention.type == .person { return mention }
                first = first ?? mention
                position = mention.end
                continue
            }
            let token = tokens[position]
            guard token.isCapitalized || token.key == "of" || words.participantTitleWords.contains(token) else { break }
            position += 1
        }
        return first
    }

    /// The subject of a visit named as a verb: the nearest person, body or country before it in
    /// its clause that no preposition makes an object ("Ana Lima, visiting Lisbon, said",
    /// "Okafor, who is visiting Peru").
    private func subject(
        before start: Int, _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence
    ) -> MentionCandidate? {
        var cursor = start - 1
        while cursor >= sentence.tokens.lowerBound && cursor >= start - 10 {
            if let actor = local.last(where: { $0.end == cursor + 1 && isActor($0) }) {
                if !isObject(actor, tokens, sentence) { return actor }
                cursor = actor.start - 1
                continue
            }
            let key = tokens[cursor].key
            if key == ";" || key == "." || words.placeSearchStops.contains(tokens[cursor])
                || words.pronoun.contains(tokens[cursor])
            {
                return nil
            }
            cursor -= 1
        }
        return nil
    }

    /// A name after a preposition ("talks in Egypt") or after a verb and its modifiers ("visited
    /// northern Iraq") is an object, not a subject.
    private func isObject(_ mention: MentionCandidate, _ tokens: [Token], _ sentence: Sentence) -> Bool {
        var cursor = mention.start - 1
        var skipped = 0
        while cursor >= sentence.tokens.lowerBound {
            let token = tokens[cursor]
            if words.preposition.contains(token) { return true }
            guard token.kind == .word, !token.isCapitalized else { return false }
            if token.key.hasSuffix("ed") || token.key.hasSuffix("ing") { return true }
            guard skipped < 2, token.key == "the" || !words.function.contains(token) else { return false }
            skipped += 1
            cursor -= 1
        }
        return false
    }

    private func isActor(_ mention: MentionCandidate) -> Bool {
        mention.type == .person || mention.type == .agency
            || (mention.type == .country && mention.attributes["form"] != "demonym")
    }
}
