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

    mutating func insert(_ phrase: String, _ hit: PhraseHit, tokenizer: Tokenizer, vocabulary: inout Vocabulary) {
        let tokens = tokenizer.tokenize(Array(phrase.unicodeScalars)).filter { !$0.isHyphen }
        guard !tokens.isEmpty else { return }
        var node = 0
        for token in tokens {
            let id = vocabulary.add(token.key)
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
        let shapes: [Shape] = tokens.map { token in
            if token.isAllCaps { return .allCaps }
            if token.isCapitalized { return .capitalized }
            return .any
        }
        if !terminals[node].contains(where: { $0.hit == hit }) {
            terminals[node].append(Terminal(hit: hit, shapes: shapes))
        }
    }

    /// Every phrase that starts at token `start`, longest first, within `[start, limit)`.
    func matches(in tokens: [Token], at start: Int, limit: Int) -> [Match] {
        // Most tokens start no phrase: answer them with one look-up and no allocation.
        guard start < limit, child(0, tokens[start].id) != nil else { return [] }
        var found: [Match] = []
        var node = 0
        var index = start
        while index < limit {
            let token = tokens[index]
            if token.isHyphen && index > start {
                index += 1
                continue
            }
            guard let next = child(node, token.id) else { break }
            node = Int(next)
            index += 1
            var hits: [PhraseHit] = []
            for terminal in terminals[node] where Self.fits(tokens, from: start, terminal.shapes) { hits.append(terminal.hit) }
            if !hits.isEmpty { found.append(Match(start: start, end: index, hits: hits)) }
        }
        found.reverse()
        return found
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
    case cue(String)
}
