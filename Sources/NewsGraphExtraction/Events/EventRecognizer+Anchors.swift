import NewsGraphCore

/// What else tells a meeting apart when no body, pair of people or city does: the two parties
/// its name joins ("the Israeli-Palestinian summit"), the country that holds it ("Peru's
/// presidential election"), or its date or ordinal ("the December summit", "the 2010 election",
/// "the third round of talks").
extension EventRecognizer {
    /// "the Israeli-Palestinian summit", "U.S.-China trade talks": two countries or bodies joined
    /// by a hyphen before the trigger, perhaps with a word or two of what it is about between.
    func parties(
        before trigger: MentionRecognizer.TriggerSpan, _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence
    ) -> [MentionCandidate] {
        func isParty(_ mention: MentionCandidate) -> Bool { mention.type == .country || mention.type == .agency }
        var end = trigger.start
        for _ in 0..<2 where end > sentence.tokens.lowerBound {
            let token = tokens[end - 1]
            guard token.kind == .word, !token.isCapitalized, !words.function.contains(token),
                !local.contains(where: { $0.end == end })
            else { break }
            end -= 1
        }
        guard let second = local.last(where: { $0.end == end && isParty($0) }), second.start > sentence.tokens.lowerBound + 1,
            tokens[second.start - 1].isHyphen,
            let first = local.last(where: { $0.end == second.start - 1 && isParty($0) }), first.key != second.key
        else { return [] }
        // A meeting, not a kind of them: "the Israeli-Palestinian summit", "U.S.-China talks
        // resumed", but not "in U.S.-China economic discussions".
        let before = first.start - 1
        guard
            before < sentence.tokens.lowerBound || words.definite.contains(tokens[before])
                || ["a", "an", "'s"].contains(tokens[before].key)
        else { return [] }
        return [first, second]
    }

    /// "Peru's presidential election", "the Iraqi elections", "Iraq's January elections": the
    /// country named before a trigger whose country is where it is held.
    func hostCountry(
        before trigger: MentionRecognizer.TriggerSpan, _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence
    ) -> MentionCandidate? {
        var cursor = trigger.start - 1
        while cursor >= sentence.tokens.lowerBound && cursor >= trigger.start - 6 {
            if let country = local.last(where: { $0.end == cursor + 1 && $0.type == .country }) { return country }
            let token = tokens[cursor]
            let isModifier =
                token.kind == .number || token.isHyphen || token.key == "'s" || words.month.contains(token)
                || (token.kind == .word && !token.isCapitalized && !words.function.contains(token))
            guard isModifier else { return nil }
            cursor -= 1
        }
        return nil
    }

    /// A date or ordinal a meeting is named by: "the December summit", "a 2010 election", "the
    /// third round of talks", with the token its label starts at. A possessive date ("next
    /// month's election", "Saturday's vote") points at the meeting rather than naming it.
    func mark(
        before trigger: MentionRecognizer.TriggerSpan, _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence
    ) -> (mark: String, start: Int)? {
        var cursor = trigger.start - 1
        while cursor >= sentence.tokens.lowerBound && cursor >= trigger.start - 4 {
            let token = tokens[cursor]
            if local.contains(where: { $0.start <= cursor && cursor < $0.end }) { return nil }
            if token.key == "'s" { return nil }
            if words.month.contains(token) && token.isCapitalized { return (token.key, cursor) }
            if isYear(token) { return (token.key, cursor) }
            if isOrdinal(token) {
                // "December 15th": a day of the month.
                if cursor > sentence.tokens.lowerBound, words.month.contains(tokens[cursor - 1]) {
                    return (tokens[cursor - 1].key, cursor - 1)
                }
                return (token.key, cursor)
            }
            guard
                token.kind == .number || token.isHyphen
                    || (token.kind == .word && !token.isCapitalized && !words.function.contains(token))
            else { return nil }
            cursor -= 1
        }
        return nil
    }
}
