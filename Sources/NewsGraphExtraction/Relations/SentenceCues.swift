/// The cue phrases (cues.tsv) of one sentence that relation extraction looks for
/// (`PatternSet.cuePhrases`), found once and shared by the pattern matcher, negation and
/// hedging instead of each scanning the sentence again.
///
/// One value serves every sentence of a document: `find` refills flat arrays rather than
/// building an array of phrases per token and an array of classes per phrase.
struct SentenceCues {
    /// A cue phrase: where it ends and its cue classes (a range of `classNumbers`).
    struct Phrase {
        /// Exclusive token index.
        var end: Int
        fileprivate var classes: Range<Int>
    }

    private var start = 0
    /// For each token of the sentence, and one past its end, where its phrases begin in `phrases`.
    private var firstPhrase: [Int] = []
    private var phrases: [Phrase] = []
    private var classNumbers: [Int] = []

    /// Finds the cue phrases of `sentence`, forgetting the previous sentence's.
    mutating func find(in sentence: Sentence, _ tokens: [Token], _ cues: PhraseIndex) {
        start = sentence.tokens.lowerBound
        firstPhrase.removeAll(keepingCapacity: true)
        phrases.removeAll(keepingCapacity: true)
        classNumbers.removeAll(keepingCapacity: true)
        for token in sentence.tokens {
            let first = phrases.count
            firstPhrase.append(first)
            cues.forEachHit(in: tokens, at: token, limit: sentence.tokens.upperBound) { end, hit in
                guard case .cue(let number) = hit else { return }
                if phrases.count > first && phrases[phrases.count - 1].end == end {
                    phrases[phrases.count - 1].classes = phrases[phrases.count - 1].classes.lowerBound..<(classNumbers.count + 1)
                } else {
                    phrases.append(Phrase(end: end, classes: classNumbers.count..<(classNumbers.count + 1)))
                }
                classNumbers.append(number)
            }
            if phrases.count - first > 1 { phrases[first...].reverse() }
        }
        firstPhrase.append(phrases.count)
    }

    /// The cue phrases starting at `token`, longest first.
    func at(_ token: Int) -> ArraySlice<Phrase> {
        let index = token - start
        // Most tokens start no phrase: no slice of `phrases` for them.
        guard index >= 0 && index + 1 < firstPhrase.count && firstPhrase[index] < firstPhrase[index + 1] else { return [] }
        return phrases[firstPhrase[index]..<firstPhrase[index + 1]]
    }

    /// The cue classes of a phrase, by number (`CuePhrases.number(ofClass:)`).
    func classes(of phrase: Phrase) -> ArraySlice<Int> { classNumbers[phrase.classes] }

    /// The end of the longest phrase of one of `cueClasses` starting at `token`.
    func end(ofLongestPhraseAt token: Int, inAnyOf cueClasses: [Int]) -> Int? {
        at(token).first { classNumbers[$0.classes].contains(where: cueClasses.contains) }?.end
    }

    func phrase(_ phrase: Phrase, isOf cueClass: Int) -> Bool { classNumbers[phrase.classes].contains(cueClass) }
}
