/// Which words of the training sets are common English words rather than names: a word
/// written in lower case again and again, and seldom capitalised where a sentence does not
/// make it so, or tagged a name by itself. The extractor reads the list where a lone word
/// opens a sentence, whose capital then says nothing (`DocumentResolver`).
///
/// Counted by lower-cased word, over the training sets' words and tags as they are read.
struct CommonWords {
    /// How often a word must be written in lower case to be known as common at all.
    static let leastLowerCaseUses = 2
    /// How many times as often as it stands capitalised inside a sentence, or is a name by itself.
    static let lowerCaseShare = 4

    private var lowerCase: [String: Int] = [:]
    private var capitalised: [String: Int] = [:]

    mutating func count(_ sentence: NameTrainingCorpus.SourceSentence) {
        for (index, word) in sentence.words.enumerated() {
            // Words of letters only, two or more: not numbers, initials or marks.
            guard word.count >= 2, word.allSatisfy(\.isLetter) else { continue }
            let key = word.lowercased()
            let tag = sentence.tags[index]
            let nextTag = index + 1 < sentence.tags.count ? sentence.tags[index + 1] : "O"
            if tag.hasPrefix("B") && !nextTag.hasPrefix("I") {
                capitalised[key, default: 0] += 1
            } else if tag == "O", let first = word.first {
                if first.isLowercase {
                    lowerCase[key, default: 0] += 1
                } else if index > 0 {
                    capitalised[key, default: 0] += 1
                }
            }
        }
    }

    /// The common words, sorted.
    var words: [String] {
        lowerCase.filter { word, uses in
            uses >= Self.leastLowerCaseUses && uses >= Self.lowerCaseShare * (capitalised[word] ?? 0)
        }.keys.sorted()
    }
}
