/// A fixed set of words that tokens are tested against by vocabulary number: a bit test
/// instead of hashing the token's key, for rules that ask it of token after token.
///
/// Making one numbers its words in the lexicon's vocabulary, so a token is in the set exactly
/// when its key is one of the words, provided the tokens are numbered (`Lexicon.identify`)
/// by the lexicon as it is once every set is made.
struct WordSet: Sendable {
    /// Bit `id % 64` of word `id / 64` is set for each word's vocabulary number.
    private var bits: [UInt64] = []

    init(_ words: some Sequence<String>, numberingIn lexicon: inout Lexicon) {
        for word in words {
            let id = Int(lexicon.number(word))
            if bits.count <= id / 64 { bits += repeatElement(0, count: id / 64 + 1 - bits.count) }
            bits[id / 64] |= 1 << UInt64(id % 64)
        }
    }

    @inline(__always) func contains(_ token: Token) -> Bool {
        let id = Int(token.id)
        return id >= 0 && id / 64 < bits.count && bits[id / 64] & (1 << UInt64(id % 64)) != 0
    }
}
