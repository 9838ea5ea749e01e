import NewsGraphCore

/// The numbers a sentence states about a meeting or a policy, and the dates it gives them:
/// what `newsgraph compare` sets one source against another on (issue 13).
///
/// A number counts only where the phrase ties it to the event: inside the event's own words
/// ("new 25% tariffs", "a 90-day truce"), right before them ("a three-day summit"), or right
/// after them across a linking word ("tariffs of 25%", "a truce lasting 90 days", "raised tariffs
/// to 30%"). A number elsewhere in the sentence may measure anything ("tariffs hit 40% of
/// exports"), and a wrong value in a comparison is worse than none.
struct QuantityRecognizer: Sendable {
    let words: QuantityWords

    /// How many linking words may stand between an event and its number.
    static let linkGap = 2

    init(lexicon: Lexicon) {
        words = lexicon.quantityWords
    }

    /// The quantities of each event mention, by the mention's key.
    func quantities(
        of events: [MentionCandidate], tokens: [Token], sentences: [Sentence], evidences: [Evidence], article: Article
    ) -> [EntityKey: [Quantity]] {
        var found: [EntityKey: [Quantity]] = [:]
        let bySentence = Dictionary(grouping: events.indices.filter { events[$0].key != nil }) { events[$0].sentence }
        for sentenceIndex in bySentence.keys.sorted() {
            let sentence = sentences[sentenceIndex]
            // By where they start, so a number finds its event by binary search: a list of
            // hundreds of measures with their rates is one sentence in some feeds.
            let mentions = bySentence[sentenceIndex]!.map { events[$0] }.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            func quantity(_ kind: Quantity.Kind, _ unit: String, _ value: Double, _ bound: Quantity.Bound?, _ range: Range<Int>) -> Quantity {
                let start = tokens[range.lowerBound].start
                let end = tokens[range.upperBound - 1].end
                return Quantity(
                    kind: kind, unit: unit, value: value, bound: bound, document: article.document.id, start: start, end: end,
                    text: article.slice(start, end), evidence: evidences[sentenceIndex])
            }
            for read in numbers(in: sentence, tokens) {
                guard let mention = measured(by: read.range, mentions, tokens) else { continue }
                found[mention.key!, default: []].append(quantity(read.kind, read.unit, read.value, read.bound, read.range))
            }
            for mention in mentions {
                guard let when = mention.when, let stated = when.stated,
                    !words.contains(.openDate, tokens[when.range.lowerBound]),
                    !datesAnotherVerb(when.range, mention.itemRange.lowerBound, tokens)
                else { continue }
                found[mention.key!, default: []].append(quantity(.date, stated.unit, stated.value, nil, when.range))
            }
        }
        return found
    }

    /// "will arrive on Friday for talks": a date before the event, with a word between that
    /// makes the event the purpose of another verb, dates that verb.
    private func datesAnotherVerb(_ date: Range<Int>, _ event: Int, _ tokens: [Token]) -> Bool {
        guard date.upperBound <= event else { return false }
        return (date.upperBound..<event).contains { index in words.match(.otherVerb, at: index, tokens, before: event) != nil }
    }

    /// The event whose words hold the number, stand right after it, or come just before it
    /// across linking words; the nearest if several do. `mentions` are sorted by start.
    private func measured(by range: Range<Int>, _ mentions: [MentionCandidate], _ tokens: [Token]) -> MentionCandidate? {
        // The mentions starting at or before the number, nearest last.
        var low = 0
        var high = mentions.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[middle].start <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        let before = mentions[..<low]
        // Mentions barely overlap: one that holds the number starts among the last few before it.
        if let inside = before.suffix(8).last(where: { range.upperBound <= $0.end }) { return inside }
        if low < mentions.count, mentions[low].start == range.upperBound { return mentions[low] }
        // Ends within the gap: only the last few mentions before the number can.
        let linked = before.suffix(Self.linkGap + 4).filter { mention in
            guard mention.end <= range.lowerBound, range.lowerBound - mention.end <= Self.linkGap else { return false }
            return (mention.end..<range.lowerBound).allSatisfy { words.contains(.link, tokens[$0]) }
                || words.match(.link, at: mention.end, tokens, before: range.lowerBound)?.length == range.lowerBound - mention.end
        }
        return linked.max { $0.end < $1.end }
    }

    struct Reading {
        var range: Range<Int>
        var kind: Quantity.Kind
        var unit: String
        var value: Double
        var bound: Quantity.Bound?
    }

    /// Every quantity the sentence writes, left to right.
    func numbers(in sentence: Sentence, _ tokens: [Token]) -> [Reading] {
        var readings: [Reading] = []
        var index = sentence.tokens.lowerBound
        while index < sentence.tokens.upperBound {
            if let reading = read(at: index, tokens, sentence.tokens.upperBound) {
                readings.append(reading)
                index = reading.range.upperBound
            } else {
                index += 1
            }
        }
        return readings
    }

    /// The quantity that starts at `start`: [bound] [currency] number [scale] and what follows it.
    private func read(at start: Int, _ tokens: [Token], _ end: Int) -> Reading? {
        var index = start
        var bound: Quantity.Bound?
        if let match = words.match(.bound, at: index, tokens, before: end) {
            bound = Quantity.Bound(rawValue: match.value)
            index += match.length
        }
        var currency: String?
        if index < end, let match = words.match(.currency, at: index, tokens, before: end) {
            currency = match.value
            index += match.length
        }
        guard index < end, var value = number(at: index, tokens) else { return nil }
        let isNumeral = tokens[index].kind == .number
        // A year is a date, not a count ("2025 tariffs").
        let isYearLike = isNumeral && currency == nil && tokens[index].text.count == 4 && (1900...2100).contains(Int(value))
        index += 1
        while index < end, let match = words.match(.scale, at: index, tokens, before: end), let factor = Double(match.value) {
            value *= factor
            index += match.length
        }
        // "a trillion trillion ...": past what JSON's numbers hold.
        guard value.isFinite, value < 1e18 else { return nil }
        func reading(_ kind: Quantity.Kind, _ unit: String, to last: Int) -> Reading {
            Reading(range: start..<last, kind: kind, unit: unit, value: value, bound: bound)
        }
        if let currency { return reading(.money, currency, to: index) }
        if index < end, let match = words.match(.currency, at: index, tokens, before: end) {
            return reading(.money, match.value, to: index + match.length)
        }
        if index < end, let match = words.match(.rate, at: index, tokens, before: end) {
            return reading(.rate, match.value, to: index + match.length)
        }
        // "90-day", "90 days".
        let unitAt = index < end && tokens[index].isHyphen ? index + 1 : index
        if unitAt < end, let match = words.match(.duration, at: unitAt, tokens, before: end) {
            return reading(.duration, match.value, to: unitAt + match.length)
        }
        // "20 leaders": a count of what the next word names, a common noun.
        guard !isYearLike, index < end, tokens[index].kind == .word, !tokens[index].isCapitalized,
            !words.contains(.notCounted, tokens[index]), value == value.rounded()
        else { return nil }
        return reading(.count, tokens[index].key, to: index + 1)
    }

    /// A numeral ("25", "3,000", "1.5") or a number word ("three").
    private func number(at index: Int, _ tokens: [Token]) -> Double? {
        // The text, not the key: a key drops periods ("2.5" → "25").
        if tokens[index].kind == .number {
            return Double(tokens[index].text.filter { $0 != "," })
        }
        return words.match(.number, at: index, tokens, before: index + 1).flatMap { Double($0.value) }
    }
}
