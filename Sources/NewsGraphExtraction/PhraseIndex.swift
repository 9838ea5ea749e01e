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

    private static func step(_ node: Int, _ id: Int32) -> Int64 { Int64(node) << 32 | Int64(UInt32(bitPattern: id)) }
    private var terminals: [[Terminal]] = [[]]

    mutating func insert(_ phrase: String, _ hit: PhraseHit, tokenizer: Tokenizer, vocabulary: inout Vocabulary) {
        let tokens = tokenizer.tokenize(Array(phrase.unicodeScalars)).filter { !$0.isHyphen }
        guard !tokens.isEmpty else { return }
        var node = 0
        for token in tokens {
            let step = Self.step(node, vocabulary.add(token.key))
            if let next = children[step] {
                node = Int(next)
            } else {
                terminals.append([])
                children[step] = Int32(terminals.count - 1)
                node = terminals.count - 1
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
        guard start < limit, tokens[start].id >= 0, children[Self.step(0, tokens[start].id)] != nil else { return [] }
        var found: [Match] = []
        var node = 0
        var index = start
        var used: [Int] = []
        while index < limit {
            let token = tokens[index]
            if token.isHyphen && index > start {
                index += 1
                continue
            }
            guard token.id >= 0, let next = children[Self.step(node, token.id)] else { break }
            node = Int(next)
            used.append(index)
            index += 1
            let hits = terminals[node].filter { terminal in
                zip(terminal.shapes, used).allSatisfy { shape, position in
                    Self.fits(tokens[position], shape)
                }
            }.map(\.hit)
            if !hits.isEmpty { found.append(Match(start: start, end: index, hits: hits)) }
        }
        return found.reversed()
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
