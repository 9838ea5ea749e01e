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

    /// Each phrase's value by its token keys, one table per role (by `Role.allCases` order).
    private var entries = [[[String]: String]](repeating: [:], count: Role.allCases.count)
    /// The longest phrase, in tokens: how far a match looks ahead.
    private(set) var longest = 1
    /// The words phrases of each role open with, by vocabulary number (same order): most tokens
    /// open none, and are passed over by a bit test, without hashing their key or building the
    /// phrases they might open.
    private var openers: [WordSet] = []

    init() {}

    /// - Parameter vocabulary: the lexicon's, which numbers the words phrases open with.
    /// - Throws: `ExtractionError.badLexicon` for an unknown role or a bad value.
    init(rows: [TSVReader.Row], path: String, vocabulary: inout Vocabulary, keys: (String) -> [String]) throws {
        var openingWords = [Set<String>](repeating: [], count: Role.allCases.count)
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
            entries[role.ordinal][phrase] = row[2]
            openingWords[role.ordinal].insert(phrase[0])
            longest = max(longest, phrase.count)
        }
        openers = openingWords.map { WordSet($0.sorted(), vocabulary: &vocabulary) }
    }

    /// The longest phrase of `role` that starts at `index` (before `end`): its value and length.
    func match(_ role: Role, at index: Int, _ tokens: [Token], before end: Int) -> (value: String, length: Int)? {
        guard index < end, !openers.isEmpty, openers[role.ordinal].contains(tokens[index]) else { return nil }
        let table = entries[role.ordinal]
        var length = min(longest, end - index)
        while length > 0 {
            if let value = table[tokens[index..<(index + length)].map(\.key)] { return (value, length) }
            length -= 1
        }
        return nil
    }

    /// Whether `token` is a phrase of `role` on its own (a one-word phrase opens with its word).
    func contains(_ role: Role, _ token: Token) -> Bool {
        !openers.isEmpty && openers[role.ordinal].contains(token) && entries[role.ordinal][[token.key]] != nil
    }
}

extension QuantityWords.Role {
    /// Its place among `allCases`: where its tables are.
    fileprivate var ordinal: Int {
        switch self {
        case .number: 0
        case .scale: 1
        case .rate: 2
        case .currency: 3
        case .duration: 4
        case .bound: 5
        case .link: 6
        case .openDate: 7
        case .otherVerb: 8
        case .notCounted: 9
        }
    }
}
