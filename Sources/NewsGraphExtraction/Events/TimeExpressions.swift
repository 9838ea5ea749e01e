/// Dates as news writes them: the article's own date, and expressions such as "on Friday",
/// "next Thursday", "on October 10" or "in May" near a meeting or policy, resolved against it.
struct TimeExpressions: Sendable {
    /// Months, weekdays and relative days by number.
    private let calendar: CalendarWords

    // Tested against token after token, by vocabulary number: the tables above are read only
    // for the tokens these admit.

    /// Every word an expression is read from: relative days, weekdays and months.
    private let timeWords: WordSet
    /// Month names and abbreviations.
    private let monthWords: WordSet
    /// Words before a weekday that belong to the expression ("next Thursday").
    private let weekdayOpeners: WordSet
    /// Only after one of these is "May" the month rather than the modal.
    private let mayOpeners: WordSet
    /// Words before a month that belong to the expression ("since March").
    private let monthOpeners: WordSet
    /// Words that make a sentence look ahead.
    private let futureMarkers: WordSet
    /// Months whose names are given names too ("April", "June", "Jan"): `isGivenNameBeforeName`.
    private let monthsThatAreGivenNames: Set<String>

    /// Numbers the words it looks for in the lexicon's vocabulary, while the lexicon is frozen.
    init(numbering: inout WordNumbering) {
        calendar = numbering.lexicon.calendar
        let lists = numbering.lexicon.eventWordLists
        let monthNames = calendar.months.keys.sorted()
        timeWords = WordSet(calendar.relativeDays.keys.sorted() + calendar.weekdays.keys.sorted() + monthNames, numbering: &numbering)
        monthWords = WordSet(monthNames, numbering: &numbering)
        weekdayOpeners = WordSet(lists["weekday-openers"] ?? [], numbering: &numbering)
        mayOpeners = WordSet(lists["may-openers"] ?? [], numbering: &numbering)
        monthOpeners = WordSet(lists["month-openers"] ?? [], numbering: &numbering)
        futureMarkers = WordSet(lists["future-markers"] ?? [], numbering: &numbering)
        monthsThatAreGivenNames = Set(monthNames.filter { numbering.lexicon.givenNames[$0] != nil })
    }

    /// "Chairman Jan Novak", "April Ross said": a month's name that is also a given name, right
    /// before a capitalised word, opens a person's name, unless the month is written with its
    /// period ("Jan."), has its day beside it, or follows a word that opens a date ("in", "since").
    private func isGivenNameBeforeName(_ index: Int, _ tokens: [Token], _ window: Range<Int>, _ sentence: Sentence) -> Bool {
        guard monthsThatAreGivenNames.contains(tokens[index].key), !tokens[index].text.hasSuffix("."),
            index + 1 < window.upperBound, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized
        else { return false }
        if index > sentence.tokens.lowerBound {
            let before = tokens[index - 1]
            if before.kind == .number || monthOpeners.contains(before) || mayOpeners.contains(before) { return false }
        }
        return true
    }

    /// The article's date, from its first lines: "October 24, 2025", "24 October 2025", "2025-10-24".
    func articleDate(_ tokens: [Token], _ sentences: [Sentence]) -> CalendarDate? {
        for sentence in sentences.prefix(8) where sentence.paragraph < 8 {
            let range = sentence.tokens
            for index in range {
                let token = tokens[index]
                // 2025-10-24
                if token.kind == .number, token.key.count == 4, let year = Int(token.key), index + 4 < range.upperBound,
                    tokens[index + 1].isHyphen, let month = Int(tokens[index + 2].key), tokens[index + 3].isHyphen,
                    let day = Int(tokens[index + 4].key)
                {
                    let date = CalendarDate(year: year, month: month, day: day)
                    if date.isValid && (1900...2100).contains(year) { return date }
                }
                guard token.isCapitalized, monthWords.contains(token), let month = calendar.months[token.key] else { continue }
                // October 24, 2025
                if index + 3 < range.upperBound, let day = Int(tokens[index + 1].key), tokens[index + 2].key == ",",
                    let year = Int(tokens[index + 3].key)
                {
                    let date = CalendarDate(year: year, month: month, day: day)
                    if date.isValid && (1900...2100).contains(year) { return date }
                }
                // 24 October 2025
                if index > range.lowerBound, let day = Int(tokens[index - 1].key), index + 1 < range.upperBound,
                    let year = Int(tokens[index + 1].key)
                {
                    let date = CalendarDate(year: year, month: month, day: day)
                    if date.isValid && (1900...2100).contains(year) { return date }
                }
            }
        }
        return nil
    }

    /// A weekday's or month's name as written in a date ("Thursday", "October"), or a relative
    /// day ("yesterday"): what opens a time expression.
    func opensDate(_ token: Token) -> Bool {
        timeWords.contains(token) && (token.isCapitalized || calendar.relativeDays[token.key] != nil)
    }

    struct Found {
        /// As written ("next Thursday").
        var text: String
        /// Resolved against the article's date: "2025-10-30", or "2025-05" for a month.
        var date: String?
        /// Its tokens, an opener ("on", "next") included.
        var range: Range<Int>
        /// What the words themselves say, as a `Quantity` of kind date encodes it ("weekday" 5
        /// for Friday, "day" 1010 for 10 October); nil for a relative day ("yesterday").
        var stated: (unit: String, value: Double)?
    }

    /// The time expression nearest to `anchor` in its sentence, resolved if the article is dated.
    func expression(near anchor: Range<Int>, _ tokens: [Token], _ sentence: Sentence, articleDate: CalendarDate?) -> Found? {
        let window = max(sentence.tokens.lowerBound, anchor.lowerBound - 8)..<min(sentence.tokens.upperBound, anchor.upperBound + 8)
        var best: (distance: Int, found: Found)?
        // Once per sentence, not once per token read: it scans the whole sentence.
        let future = isFuture(sentence, tokens)
        var index = window.lowerBound
        while index < window.upperBound {
            if let (end, found) = read(at: index, tokens, window, sentence, articleDate, future: future) {
                let distance = index < anchor.lowerBound ? anchor.lowerBound - end : index - anchor.upperBound
                if best == nil || distance < best!.distance { best = (distance, found) }
                index = end
            } else {
                index += 1
            }
        }
        return best?.found
    }

    private func read(
        at index: Int, _ tokens: [Token], _ window: Range<Int>, _ sentence: Sentence, _ articleDate: CalendarDate?,
        future: Bool
    ) -> (Int, Found)? {
        guard timeWords.contains(tokens[index]) else { return nil }
        let key = tokens[index].key
        var start = index
        var end = index + 1
        var date: CalendarDate?
        var monthOnly: (year: Int, month: Int)?
        var stated: (unit: String, value: Double)?
        let hasBefore = index > sentence.tokens.lowerBound
        let before = hasBefore ? tokens[index - 1].key : ""
        if let offset = calendar.relativeDays[key] {
            date = articleDate?.adding(days: offset)
        } else if tokens[index].isCapitalized, let weekdayNumber = calendar.weekdays[key] {
            // Counted from 0 for Monday, as `CalendarDate.weekday` is.
            let weekday = weekdayNumber - 1
            if hasBefore && weekdayOpeners.contains(tokens[index - 1]) { start = index - 1 }
            stated = ("weekday", Double(weekdayNumber))
            if let articleDate {
                let forward = before == "next" || (before != "last" && future)
                var offset = forward ? 1 : 0
                while articleDate.adding(days: offset).weekday != weekday { offset += forward ? 1 : -1 }
                if before == "last" && offset == 0 { offset = -7 }
                date = articleDate.adding(days: offset)
            }
        } else if tokens[index].isCapitalized, let month = calendar.months[key],
            key != "may" || hasBefore && mayOpeners.contains(tokens[index - 1]),
            !isGivenNameBeforeName(index, tokens, window, sentence)
        {
            if hasBefore && monthOpeners.contains(tokens[index - 1]) { start = index - 1 }
            // "10 October": the day before the month.
            var dayBefore: Int?
            if start == index, hasBefore, tokens[index - 1].kind == .number, let day = Int(tokens[index - 1].key), (1...31).contains(day) {
                dayBefore = day
                start = index - 1
                if start > sentence.tokens.lowerBound && monthOpeners.contains(tokens[start - 1]) { start -= 1 }
            }
            stated = ("month", Double(month))
            let dayAfter = end < window.upperBound && tokens[end].kind == .number ? Int(tokens[end].key) : nil
            if let day = dayBefore ?? dayAfter, (1...31).contains(day) {
                if dayBefore == nil { end += 1 }
                var year = articleDate?.year
                stated = ("day", Double(month * 100 + day))
                // "10 October 2025", "October 10, 2025": the year as written.
                var written: Int?
                if end < window.upperBound, let number = Int(tokens[end].key), (1900...2100).contains(number) {
                    written = number
                    end += 1
                } else if end + 1 < window.upperBound, tokens[end].key == ",", let number = Int(tokens[end + 1].key),
                    (1900...2100).contains(number)
                {
                    written = number
                    end += 2
                }
                if let written {
                    year = written
                    stated = ("date", Double(written * 10_000 + month * 100 + day))
                }
                if let year, let articleDate {
                    var candidate = CalendarDate(year: year, month: month, day: day)
                    if candidate.year == articleDate.year && written == nil {
                        if future && candidate < articleDate { candidate.year += 1 }
                        if !future && candidate.dayNumber > articleDate.dayNumber + 31 { candidate.year -= 1 }
                    }
                    if candidate.isValid { date = candidate }
                }
            } else if let articleDate {
                var year = articleDate.year
                if future && month < articleDate.month { year += 1 }
                if !future && month > articleDate.month { year -= 1 }
                monthOnly = (year, month)
            }
        } else {
            return nil
        }
        let text = (start..<end).map { tokens[$0].text }.joined(separator: " ")
        let resolved = date.map(\.iso) ?? monthOnly.map { "\($0.year)-\($0.month < 10 ? "0" : "")\($0.month)" }
        return (end, Found(text: text, date: resolved, range: start..<end, stated: stated))
    }

    /// "will meet", "is set to", "next week": the sentence looks ahead.
    private func isFuture(_ sentence: Sentence, _ tokens: [Token]) -> Bool {
        sentence.tokens.contains { futureMarkers.contains(tokens[$0]) }
    }
}
