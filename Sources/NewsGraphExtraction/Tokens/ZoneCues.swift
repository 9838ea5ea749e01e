/// The phrases that tell how a unit of text opens when it is not running text: page furniture
/// ("Read more:", "Leave a Reply"), a byline's label or verb ("Author:", "Reporting by") and a
/// line crediting the source ("With information from X"). Made once from the lexicon's data
/// (`page-furniture.txt`, the `byline-*` and `source-credit` classes of `cues.tsv`), as token
/// keys, and shared between documents.
struct ZoneCues: Sendable {
    /// Page-furniture phrases of two or more words, by their first key: every segment of every
    /// article is asked, and comparing its first word with each phrase in turn was a fiftieth of
    /// extraction. Their last key may be a prefix of the text's ("cookie" → "cookies").
    let furnitureByFirstKey: [String: [[String]]]
    /// One-word furniture phrases, in order: the text's key need only start with one.
    let oneWordFurniture: [[String]]
    /// Words that open a byline before a colon: "Author:", "Editor:".
    let bylineLabels: Set<String>
    /// Phrases that open a byline before "by": "Reporting by", "Additional reporting by".
    let bylineVerbs: [[String]]
    /// Phrases that open a line naming where the text came from: "With information from".
    let sourceCredits: [[String]]

    init(_ lexicon: Lexicon) {
        func keys(_ phrase: String) -> [String] {
            lexicon.tokenizer.tokenize(Array(phrase.unicodeScalars)).map(\.key)
        }
        let furniture = lexicon.furniture.map { $0.split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
        furnitureByFirstKey = Dictionary(grouping: furniture.filter { $0.count > 1 }, by: { $0[0] })
        oneWordFurniture = furniture.filter { $0.count == 1 }
        bylineLabels = lexicon.cueWords["byline-label"] ?? []
        bylineVerbs = (lexicon.cueWords["byline-verb"] ?? []).sorted().map(keys)
        sourceCredits = (lexicon.cueWords["source-credit"] ?? []).sorted().map(keys)
    }

    /// How many tokens of `phrase` open `range`, nil when it does not open it. With
    /// `lastIsPrefix` the last key need only start the text's ("cookie" opens "cookies").
    static func opening(_ phrase: [String], _ tokens: [Token], _ range: Range<Int>, lastIsPrefix: Bool = false) -> Int? {
        guard !phrase.isEmpty, phrase.count <= range.count else { return nil }
        let last = phrase.count - 1
        for offset in 0..<last where tokens[range.lowerBound + offset].key != phrase[offset] { return nil }
        let lastKey = tokens[range.lowerBound + last].key
        guard lastIsPrefix ? lastKey.hasPrefix(phrase[last]) : lastKey == phrase[last] else { return nil }
        return phrase.count
    }

    /// The length of the longest furniture phrase that opens `range`.
    func furnitureOpening(_ tokens: [Token], _ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        // Every segment is asked: loops, not an array of the lengths found.
        var longest: Int?
        for phrase in furnitureByFirstKey[tokens[range.lowerBound].key] ?? [] {
            if let length = Self.opening(phrase, tokens, range, lastIsPrefix: true), length > longest ?? 0 { longest = length }
        }
        if longest == nil, oneWordFurniture.contains(where: { Self.opening($0, tokens, range, lastIsPrefix: true) != nil }) { longest = 1 }
        return longest
    }

    /// Whether `range` opens like a byline: "Author: X", "Reporting by X", "Editing by X".
    func opensByline(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard range.count >= 2 else { return false }
        if bylineLabels.contains(tokens[range.lowerBound].key) && tokens[range.lowerBound + 1].key == ":" { return true }
        return bylineVerbs.contains { phrase in
            guard let length = Self.opening(phrase, tokens, range), range.lowerBound + length < range.upperBound else { return false }
            return tokens[range.lowerBound + length].key == "by"
        }
    }

    /// Whether `range` opens by naming the text's source: "With information from X".
    func opensSourceCredit(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        sourceCredits.contains { Self.opening($0, tokens, range) != nil }
    }
}
