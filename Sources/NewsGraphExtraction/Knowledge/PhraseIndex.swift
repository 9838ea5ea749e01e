/// A token trie over every lexicon phrase, matched in one left-to-right pass over a sentence:
/// the longest phrase wins at each position.
///
/// Phrases are stored by token keys (lowercase, periods and hyphens dropped), so "Asia-Pacific"
/// and "Asia Pacific", "U.S." and "U. S." match alike. The case of each word as written in the
/// lexicon is a constraint: a capitalised word matches only a capitalised token and an
/// all-capitals word ("US", "WHO") only an all-capitals token, so "who" is never the WHO.
struct PhraseIndex: Sendable {
    enum Shape: UInt8, Sendable { case any, capitalized, allCaps }

    struct Terminal: Sendable {
        var hit: PhraseHit
        var shapes: [Shape]
    }

    struct Match {
        var start: Int
        /// Exclusive token index.
        var end: Int
        var hits: [PhraseHit]
    }

    /// The trie's edges: (node << 32 | word number) → child node.
    private var children: [Int64: Int32] = [:]
    /// The root's edges by word number (-1: none), an array because every token of every
    /// sentence asks the root and most find nothing.
    private var roots: [Int32] = []

    private static func step(_ node: Int, _ id: Int32) -> Int64 { Int64(node) << 32 | Int64(UInt32(bitPattern: id)) }
    private var terminals: [[Terminal]] = [[]]

    /// A phrase as the trie stores it: its words by vocabulary number (hyphens left out) and
    /// the case each is written in.
    struct Phrase: Sendable {
        var words: [Int32]
        var shapes: [Shape]

        /// Nil for a phrase without words.
        init?(_ text: String, tokenizer: Tokenizer, vocabulary: inout Vocabulary) {
            let tokens = tokenizer.tokenize(Array(text.unicodeScalars)).filter { !$0.isHyphen }
            guard !tokens.isEmpty else { return nil }
            words = tokens.map { vocabulary.add($0.key) }
            shapes = tokens.map { token in
                if token.isAllCaps { return .allCaps }
                if token.isCapitalized { return .capitalized }
                return .any
            }
        }
    }

    mutating func insert(_ phrase: String, _ hit: PhraseHit, tokenizer: Tokenizer, vocabulary: inout Vocabulary) {
        if let phrase = Phrase(phrase, tokenizer: tokenizer, vocabulary: &vocabulary) { insert(phrase, hit) }
    }

    mutating func insert(_ phrase: Phrase, _ hit: PhraseHit) {
        var node = 0
        for id in phrase.words {
            if let next = child(node, id) {
                node = Int(next)
            } else {
                terminals.append([])
                let next = Int32(terminals.count - 1)
                if node == 0 {
                    if roots.count <= Int(id) { roots += repeatElement(-1, count: Int(id) + 1 - roots.count) }
                    roots[Int(id)] = next
                } else {
                    children[Self.step(node, id)] = next
                }
                node = Int(next)
            }
        }
        if !terminals[node].contains(where: { $0.hit == hit }) {
            terminals[node].append(Terminal(hit: hit, shapes: phrase.shapes))
        }
    }

    /// Every phrase that starts at token `start`, longest first, within `[start, limit)`.
    func matches(in tokens: [Token], at start: Int, limit: Int) -> [Match] {
        var found: [Match] = []
        forEachHit(in: tokens, at: start, limit: limit) { end, hit in
            if found.last?.end == end {
                found[found.count - 1].hits.append(hit)
            } else {
                found.append(Match(start: start, end: end, hits: [hit]))
            }
        }
        found.reverse()
        return found
    }

    /// The longest phrase that starts at token `start` within `[start, limit)`: the first of
    /// `matches`, without building the shorter ones.
    func longestMatch(in tokens: [Token], at start: Int, limit: Int) -> Match? {
        var longest: Match?
        forEachHit(in: tokens, at: start, limit: limit) { end, hit in
            if longest?.end == end {
                longest!.hits.append(hit)
            } else {
                longest = Match(start: start, end: end, hits: [hit])
            }
        }
        return longest
    }

    /// Calls `body` with each phrase that starts at token `start` within `[start, limit)` (its
    /// exclusive end and what it names), shortest first: `matches` without building arrays,
    /// for callers that keep the hits in buffers of their own.
    @inline(__always)
    func forEachHit(in tokens: [Token], at start: Int, limit: Int, _ body: (_ end: Int, _ hit: PhraseHit) -> Void) {
        // Most tokens start no phrase: answer them with one look-up.
        guard start < limit, child(0, tokens[start].id) != nil else { return }
        var node = 0
        var index = start
        while index < limit {
            if tokens[index].isHyphen && index > start {
                index += 1
                continue
            }
            guard let next = child(node, tokens[index].id) else { break }
            node = Int(next)
            index += 1
            for terminal in terminals[node] where Self.fits(tokens, from: start, terminal.shapes) { body(index, terminal.hit) }
        }
    }

    /// The node a word leads to from `node`; nil for none or for a word no phrase uses (-1).
    @inline(__always) private func child(_ node: Int, _ id: Int32) -> Int32? {
        guard id >= 0 else { return nil }
        if node == 0 {
            guard Int(id) < roots.count, roots[Int(id)] >= 0 else { return nil }
            return roots[Int(id)]
        }
        return children[Self.step(node, id)]
    }

    /// Whether the tokens a phrase matched from `start` (hyphens after the first skipped, as the
    /// walk skips them) have the shapes its words are written in. Walked again rather than
    /// recorded, to spare an array per phrase start.
    private static func fits(_ tokens: [Token], from start: Int, _ shapes: [Shape]) -> Bool {
        var position = start
        for shape in shapes {
            while position > start && tokens[position].isHyphen { position += 1 }
            guard fits(tokens[position], shape) else { return false }
            position += 1
        }
        return true
    }

    private static func fits(_ token: Token, _ shape: Shape) -> Bool {
        switch shape {
        case .any: true
        case .capitalized: token.isCapitalized
        case .allCaps: token.isAllCaps || (token.isCapitalized && token.text.count <= 2 && token.text.hasSuffix("."))
        }
    }
}

/// What a lexicon phrase names.
enum PhraseHit: Hashable, Sendable {
    case country(Int)
    case demonym(Int)
    /// A capital city: a place that also stands for its country's government.
    case capital(place: Int, country: Int)
    case place(Int)
    case known(Int)
    case title(Int)
    case meetingTrigger(MeetingTrigger)
    case policyTrigger(PolicyTrigger)
    /// A cue class of cues.tsv, by its number in `CuePhrases`.
    case cue(Int)
}
