/// A fixed set of words that tokens are tested against by vocabulary number: a bit test
/// instead of hashing the token's key, for rules that ask it of token after token.
///
/// Making one numbers its words in the lexicon's vocabulary, so a token is in the set exactly
/// when its key is one of the words: sets are made while the lexicon is being frozen, tokens
/// by the frozen lexicon (`FrozenLexicon`).
struct WordSet: Sendable {
    private var numbers: BitSet
    /// One past the highest number in the set: a token numbered later is not in it.
    private let limit: Int

    init(_ words: some Sequence<String>, numbering: inout WordNumbering) {
        self.init(numbers: words.map { Int(numbering.number($0)) })
    }

    /// The empty set.
    init() {
        self.init(numbers: [])
    }

    /// A set made while the lexicon itself is read, before any stage numbers words.
    init(_ words: some Sequence<String>, vocabulary: inout Vocabulary) {
        self.init(numbers: words.map { Int(vocabulary.add($0)) })
    }

    private init(numbers ids: [Int]) {
        limit = (ids.max() ?? -1) + 1
        numbers = BitSet(count: limit)
        for id in ids { numbers.insert(id) }
    }

    @inline(__always) func contains(_ token: Token) -> Bool {
        let id = Int(token.id)
        return id >= 0 && id < limit && numbers.contains(id)
    }
}
