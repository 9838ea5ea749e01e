import NewsGraphCore

/// The words `QuantityRecognizer` reads numbers by (`patterns/quantities.tsv`): number words,
/// scales, units of rates, money and time, bounds ("about", "more than") and the words that link
/// a measure to its number. Phrases are kept as token keys, so they match as the text is tokenized.
struct QuantityWords: Sendable {
    enum Role: String, CaseIterable {
        case number, scale, rate, currency, duration, bound, link
        case openDate = "open-date"
        case otherVerb = "other-verb"
        case notCounted = "not-counted"
    }

    /// Each phrase's value, by role and by its token keys.
    private(set) var entries: [Role: [[String]: String]] = [:]
    /// The longest phrase, in tokens: how far a match looks ahead.
    private(set) var longest = 1
    /// The words phrases of each role open with: most tokens open none, and are passed over
    /// without building the phrases they might open.
    private(set) var openers: [Role: Set<String>] = [:]

    init() {}

    /// - Throws: `ExtractionError.badLexicon` for an unknown role or a bad value.
    init(rows: [TSVReader.Row], path: String, keys: (String) -> [String]) throws {
        for row in rows {
            guard let role = Role(rawValue: row[1]) else {
                throw ExtractionError.badLexicon(
                    path: path, line: row.line, reason: "unknown role '\(row[1])' (\(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            if role == .number || role == .scale, Double(row[2]) == nil {
                throw ExtractionError.badLexicon(path: path, line: row.line, reason: "'\(row[2])' is not a number")
            }
            if role == .bound, Quantity.Bound(rawValue: row[2]) == nil {
                throw ExtractionError.badLexicon(
                    path: path, line: row.line, reason: "unknown bound '\(row[2])' (approximately, at-least, at-most)")
            }
            let phrase = keys(row[0])
            guard !phrase.isEmpty else { continue }
            entries[role, default: [:]][phrase] = row[2]
            openers[role, default: []].insert(phrase[0])
            longest = max(longest, phrase.count)
        }
    }

    /// The longest phrase of `role` that starts at `index` (before `end`): its value and length.
    func match(_ role: Role, at index: Int, _ tokens: [Token], before end: Int) -> (value: String, length: Int)? {
        guard let table = entries[role], index < end, openers[role]?.contains(tokens[index].key) == true else { return nil }
        var length = min(longest, end - index)
        while length > 0 {
            if let value = table[tokens[index..<(index + length)].map(\.key)] { return (value, length) }
            length -= 1
        }
        return nil
    }

    func contains(_ role: Role, _ token: Token) -> Bool { entries[role]?[[token.key]] != nil }
}
