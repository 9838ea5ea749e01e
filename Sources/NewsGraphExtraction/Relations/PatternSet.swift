import NewsGraphCore

/// Relation patterns, compiled, with what each needs from a sentence compiled to numbers: the
/// words it requires are numbered, cue classes have their numbers, and a sentence's `Presence`
/// is a set of bits, so choosing the patterns worth trying takes bit tests instead of hashing
/// strings per pattern.
///
/// Patterns are indexed by a word each needs (their anchor), so a sentence is only matched
/// against the patterns whose anchor it contains (plus those that need no word at all).
///
/// - Complexity: choosing candidates is O(tokens in the sentence + patterns whose anchor it holds).
struct PatternSet: Sendable {
    typealias Mask = RelationPattern.MentionClass.Mask

    /// In file order.
    let patterns: [CompiledPattern]
    /// How many words some pattern requires; `word(of:)` numbers them `0..<wordCount`.
    let wordCount: Int
    /// The words that join a list of mentions ("X, Y and Z"), by vocabulary number.
    let listComma: Int32
    let listConjunctions: [Int32]
    /// Every pattern has a required mention element: a sentence without mentions or titles matches none.
    let everyPatternNeedsAMention: Bool
    /// How many cue classes there are (`CuePhrases.classCount`).
    let cueClassCount: Int
    /// The cue phrases relation extraction looks for: those of the classes the patterns name,
    /// and of negation and hedging.
    let cuePhrases: PhraseIndex
    /// A required word's number by its number in the lexicon's vocabulary (-1: no pattern requires it).
    private var wordByVocabulary: [Int] = []
    private var requirements: [Requirement] = []
    /// The alternatives of every required element, one set per element, by pattern in turn.
    private var requiredWords: BitSets
    private var requiredCues: BitSets
    private var requiredMentions: [Mask] = []
    /// Word number → the patterns anchored on it.
    private var byWord: [[Int]] = []
    private var unanchored: [Int] = []

    /// A pattern's `requiredWords`, `requiredCues` and `requiredMentions`, as ranges of the
    /// sets above (so a requirement holds no arrays to retain): each element needs one of its
    /// alternatives present.
    private struct Requirement: Sendable {
        var words: Range<Int>
        var cues: Range<Int>
        var mentions: Range<Int>
    }

    /// - Parameter numbering: numbers the patterns' words in the lexicon's vocabulary.
    init(_ patterns: [RelationPattern], numbering: inout WordNumbering) {
        self.patterns = patterns.map { CompiledPattern($0, numbering: &numbering) }
        listComma = numbering.number(",")
        listConjunctions = ["and", "or", "&"].map { numbering.number($0) }
        let lexiconCues = numbering.lexicon.cues
        var wordIDs: [String: Int] = [:]
        for word in patterns.flatMap({ $0.requiredWords.joined() }) where wordIDs[word] == nil { wordIDs[word] = wordIDs.count }
        wordCount = wordIDs.count
        everyPatternNeedsAMention = patterns.allSatisfy { !$0.requiredMentions.isEmpty }
        cueClassCount = lexiconCues.classCount
        var cueClasses = Set(
            [RelationExtractor.negationClass, RelationExtractor.hedgeClass, RelationExtractor.coordinatorClass].compactMap {
                lexiconCues.number(ofClass: $0)
            })
        for case .cue(let classes, _) in self.patterns.flatMap(\.elements) { cueClasses.formUnion(classes) }
        for pattern in self.patterns { cueClasses.formUnion(pattern.vetoes) }
        cuePhrases = lexiconCues.index(ofClasses: cueClasses)
        requiredWords = BitSets(universe: wordCount)
        requiredCues = BitSets(universe: cueClassCount)
        byWord = Array(repeating: [], count: wordCount)
        for (index, pattern) in patterns.enumerated() {
            let words = requiredWords.count
            for alternatives in pattern.requiredWords { requiredWords.append(alternatives.map { wordIDs[$0]! }) }
            let cues = requiredCues.count
            // A class cues.tsv lacks is never present.
            for alternatives in pattern.requiredCues {
                requiredCues.append(alternatives.compactMap { lexiconCues.number(ofClass: $0) })
            }
            let mentions = requiredMentions.count
            requiredMentions += pattern.requiredMentions.map(Mask.init)
            requirements.append(
                Requirement(
                    words: words..<requiredWords.count, cues: cues..<requiredCues.count,
                    mentions: mentions..<requiredMentions.count))
            // The anchor: the required word element with the fewest alternatives.
            if let anchor = pattern.requiredWords.min(by: { $0.count < $1.count }) {
                for word in anchor { byWord[wordIDs[word]!].append(index) }
            } else {
                unanchored.append(index)
            }
        }
        for (word, id) in wordIDs.sorted(by: { $0.value < $1.value }) {
            let number = Int(numbering.number(word))
            if wordByVocabulary.count <= number {
                wordByVocabulary += repeatElement(-1, count: number + 1 - wordByVocabulary.count)
            }
            wordByVocabulary[number] = id
        }
    }

    /// The required word a token is, if any: by its vocabulary number, not by hashing its key.
    @inline(__always) func word(of token: Token) -> Int? {
        guard token.id >= 0, Int(token.id) < wordByVocabulary.count else { return nil }
        let word = wordByVocabulary[Int(token.id)]
        return word >= 0 ? word : nil
    }

    /// The patterns that may match a sentence, by index: those whose anchor it holds and whose
    /// required words and mention classes it has. Their cues are left to `hasCues`, for a
    /// sentence's cues are only worth finding when some pattern is left.
    func candidates(_ present: PatternMatcher.Presence, into chosen: inout BitSet) {
        chosen.removeAll()
        for index in unanchored where hasWordsAndMentions(requirements[index], present) { chosen.insert(index) }
        for word in present.words {
            for index in byWord[word] where hasWordsAndMentions(requirements[index], present) { chosen.insert(index) }
        }
    }

    /// Whether the sentence has the cue classes pattern `index` requires.
    func hasCues(_ index: Int, _ present: PatternMatcher.Presence) -> Bool {
        requirements[index].cues.allSatisfy { requiredCues.set($0, intersects: present.cues) }
    }

    private func hasWordsAndMentions(_ requirement: Requirement, _ present: PatternMatcher.Presence) -> Bool {
        requirement.mentions.allSatisfy { !requiredMentions[$0].isDisjoint(with: present.classes) }
            && requirement.words.allSatisfy { requiredWords.set($0, intersects: present.words) }
    }
}
