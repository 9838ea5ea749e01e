/// A word, number or punctuation mark with its code-point span in the article.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case word, number, punctuation }

    public var start: Int
    public var end: Int
    /// As written.
    public var text: String
    /// The lookup form: lowercased, quotes straightened, periods dropped ("U. S." → "us").
    public var key: String
    public var kind: Kind
    /// The key's number in the lexicon's vocabulary, -1 if no phrase uses it (set by `FrozenLexicon.tokens(of:)`).
    public var id: Int32 = -1
    /// Line breaks between this token and the previous one.
    public var newlinesBefore: Int
    public var spaceBefore: Bool

    /// Starts with an uppercase letter ("Lima", "U.S.", "NAIROBI").
    public var isCapitalized: Bool
    /// Two or more letters, all uppercase ("ASEAN", "U.S.").
    public var isAllCaps: Bool
    /// Ends in a period: the one the scanner keeps on an abbreviation or initial ("Mr.", "U.S.").
    /// Stored, as every word is asked and `text.hasSuffix(".")` compares characters.
    public var endsWithPeriod: Bool

    public var isWord: Bool { kind == .word }
    public var isHyphen: Bool { kind == .punctuation && keyByte == UInt8(ascii: "-") }
    /// Sentence-final punctuation.
    public var isTerminal: Bool {
        kind == .punctuation && (keyByte == UInt8(ascii: ".") || keyByte == UInt8(ascii: "!") || keyByte == UInt8(ascii: "?"))
    }

    /// The key's byte when the key is one ASCII character ("-", ".", "\""), else 0: punctuation
    /// tests, asked of nearly every token, compare a byte instead of strings.
    public var keyByte: UInt8 { key.utf8.count == 1 ? key.utf8.first! : 0 }
}
