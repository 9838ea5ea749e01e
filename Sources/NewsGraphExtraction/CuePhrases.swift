/// The phrases of cues.tsv, in a phrase trie whose hits are their classes ("negation",
/// "speech") by number, so the relation stage tests a phrase's class by comparing integers
/// rather than strings.
struct CuePhrases: Sendable {
    private(set) var index = PhraseIndex()
    private var classNumbers: [String: Int] = [:]

    /// How many cue classes there are: their numbers are `0..<classCount`.
    var classCount: Int { classNumbers.count }

    mutating func insert(_ phrase: String, class name: String, tokenizer: Tokenizer, vocabulary: inout Vocabulary) {
        let number = classNumbers[name] ?? classNumbers.count
        classNumbers[name] = number
        index.insert(phrase, .cue(number), tokenizer: tokenizer, vocabulary: &vocabulary)
    }

    /// A cue class's number; nil for a class cues.tsv does not have.
    func number(ofClass name: String) -> Int? { classNumbers[name] }
}
