/// The phrases of cues.tsv by class ("negation", "speech"), the classes numbered so that a
/// phrase's class is tested by comparing integers rather than strings.
struct CuePhrases: Sendable {
    private var phrases: [(phrase: PhraseIndex.Phrase, cueClass: Int)] = []
    private var classNumbers: [String: Int] = [:]

    /// How many cue classes there are: their numbers are `0..<classCount`.
    var classCount: Int { classNumbers.count }

    mutating func insert(_ phrase: String, class name: String, tokenizer: Tokenizer, vocabulary: inout Vocabulary) {
        let number = classNumbers[name] ?? classNumbers.count
        classNumbers[name] = number
        if let phrase = PhraseIndex.Phrase(phrase, tokenizer: tokenizer, vocabulary: &vocabulary) {
            phrases.append((phrase, number))
        }
    }

    /// A cue class's number; nil for a class cues.tsv does not have.
    func number(ofClass name: String) -> Int? { classNumbers[name] }

    /// A trie of the phrases of some classes, each hit `.cue(class number)`. A stage that asks
    /// about a few classes walks it instead of one of every phrase, where "the" and "in" (of
    /// classes it never asks about) would start a walk at nearly every other token.
    func index(ofClasses classes: Set<Int>) -> PhraseIndex {
        var index = PhraseIndex()
        for (phrase, cueClass) in phrases where classes.contains(cueClass) { index.insert(phrase, .cue(cueClass)) }
        return index
    }
}
