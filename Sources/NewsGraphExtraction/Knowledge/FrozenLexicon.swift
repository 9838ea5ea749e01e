/// The lexicon once every word a stage tests by number is numbered: the only thing that turns
/// text into tokens.
///
/// A token carries its word's number in the vocabulary (`Token.id`), and the phrase tries, the
/// relation patterns and every `WordSet` test tokens by it. A word numbered after a token was
/// made is one that token can never be found to be, so numbering and tokenizing have an order:
/// words join the vocabulary only through a `WordNumbering`, which exists only inside
/// `Lexicon.frozen(numbering:)`, and tokens come only from the `FrozenLexicon` it returns.
public struct FrozenLexicon: Sendable {
    /// The world knowledge and linguistic data, its vocabulary final.
    public let lexicon: Lexicon

    fileprivate init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// Tokenizes text and numbers its tokens: what every stage after reading works on.
    public func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        var tokens = lexicon.tokenizer.tokenize(scalars)
        for index in tokens.indices { tokens[index].id = lexicon.vocabulary.id(of: tokens[index].key) }
        return tokens
    }
}

/// The lexicon while stages number the words they test (relation patterns, event and time
/// words), before it is frozen. It cannot be copied or kept: it lives only inside
/// `Lexicon.frozen(numbering:)`.
public struct WordNumbering: ~Copyable {
    /// What a stage reads while it numbers its words.
    public private(set) var lexicon: Lexicon

    fileprivate init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The number of `word`, given one if it has none yet.
    mutating func number(_ word: String) -> Int32 { lexicon.number(word) }
}

extension Lexicon {
    /// Lets `numbering` number the words its stages test, then freezes the vocabulary.
    /// - Returns: the frozen lexicon and what `numbering` made (the stages that test words).
    public func frozen<Stages>(numbering: (inout WordNumbering) throws -> Stages) rethrows -> (FrozenLexicon, Stages) {
        var words = WordNumbering(self)
        let stages = try numbering(&words)
        return (FrozenLexicon(words.lexicon), stages)
    }

    /// The lexicon frozen as it is, for reading text with no stage of its own.
    public func frozen() -> FrozenLexicon {
        frozen { _ in () }.0
    }
}
