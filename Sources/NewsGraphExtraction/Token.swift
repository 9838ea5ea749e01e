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
    /// The key's number in the lexicon's vocabulary, -1 if no phrase uses it (set by `Lexicon.identify`).
    public var id: Int32 = -1
    /// Line breaks between this token and the previous one.
    public var newlinesBefore: Int
    public var spaceBefore: Bool

    /// Starts with an uppercase letter ("Lima", "U.S.", "NAIROBI").
    public var isCapitalized: Bool
    /// Two or more letters, all uppercase ("ASEAN", "U.S.").
    public var isAllCaps: Bool

    public var isWord: Bool { kind == .word }
    public var isHyphen: Bool { key == "-" && kind == .punctuation }
    /// Sentence-final punctuation.
    public var isTerminal: Bool { kind == .punctuation && (key == "." || key == "!" || key == "?") }
}
