import NewsGraphCore

/// Relation patterns with what each needs from a sentence compiled to numbers: the words and
/// cue classes it requires are numbered, and a sentence's `Presence` is a set of bits, so
/// choosing the patterns worth trying takes bit tests instead of hashing strings per pattern.
///
/// Patterns are indexed by a word each needs (their anchor), so a sentence is only matched
/// against the patterns whose anchor it contains (plus those that need no word at all).
///
/// - Complexity: choosing candidates is O(tokens in the sentence + patterns / 64).
struct PatternSet: Sendable {
    let patterns: [RelationPattern]
    /// Every word some pattern requires, numbered.
    private(set) var wordIDs: [String: Int] = [:]
    /// A pattern word's number by its number in the lexicon's vocabulary (-1: no pattern needs it).
    private var wordByVocabulary: [Int] = []
    /// Every cue class some pattern requires, numbered.
    private(set) var cueIDs: [String: Int] = [:]
    private var requirements: [Requirement] = []
    /// Word number → the patterns anchored on it.
    private var byWord: [[Int]] = []
    private var unanchored: [Int] = []

    /// A pattern's `requiredWords`, `requiredCues` and `requiredMentions`, numbered: each
    /// element needs one of its alternatives present.
    private struct Requirement: Sendable {
        var words: [[Int]]
        var cues: [[Int]]
        var mentions: [RelationPattern.MentionClass.Mask]
    }

    /// - Parameter lexicon: numbers the patterns' words in its vocabulary.
    init(_ patterns: [RelationPattern], lexicon: inout Lexicon) {
        self.patterns = patterns
        func number(_ name: String, in ids: inout [String: Int]) -> Int {
            if let id = ids[name] { return id }
            ids[name] = ids.count
            return ids.count - 1
        }
        for pattern in patterns {
            requirements.append(
                Requirement(
                    words: pattern.requiredWords.map { $0.map { number($0, in: &wordIDs) } },
                    cues: pattern.requiredCues.map { $0.map { number($0, in: &cueIDs) } },
                    mentions: pattern.requiredMentions.map(RelationPattern.MentionClass.Mask.init)))
        }
        for (word, id) in wordIDs.sorted(by: { $0.value < $1.value }) {
            let number = Int(lexicon.number(word))
            if wordByVocabulary.count <= number { wordByVocabulary += repeatElement(-1, count: number + 1 - wordByVocabulary.count) }
            wordByVocabulary[number] = id
        }
        byWord = Array(repeating: [], count: wordIDs.count)
        for (index, pattern) in patterns.enumerated() {
            // The anchor: the required word element with the fewest alternatives.
            if let anchor = pattern.requiredWords.min(by: { $0.count < $1.count }) {
                for word in anchor { byWord[wordIDs[word]!].append(index) }
            } else {
                unanchored.append(index)
            }
        }
    }

    /// The pattern word a token is, if any: by its vocabulary number, not by hashing its key.
    @inline(__always) func word(of token: Token) -> Int? {
        guard token.id >= 0, Int(token.id) < wordByVocabulary.count else { return nil }
        let word = wordByVocabulary[Int(token.id)]
        return word >= 0 ? word : nil
    }

    /// The patterns that may match a sentence, in file order: those whose anchor it holds and
    /// whose every requirement it meets.
    func candidates(_ present: PatternMatcher.Presence) -> [RelationPattern] {
        var chosen = BitSet(count: patterns.count)
        for index in unanchored { chosen.insert(index) }
        for word in present.words.elements {
            for index in byWord[word] { chosen.insert(index) }
        }
        var out: [RelationPattern] = []
        for index in chosen.elements where meets(requirements[index], present) { out.append(patterns[index]) }
        return out
    }

    private func meets(_ requirement: Requirement, _ present: PatternMatcher.Presence) -> Bool {
        requirement.words.allSatisfy { $0.contains(where: present.words.contains) }
            && requirement.cues.allSatisfy { $0.contains(where: present.cues.contains) }
            && requirement.mentions.allSatisfy { !$0.isDisjoint(with: present.classes) }
    }
}

/// A set of small non-negative integers as bits, listed in increasing order.
struct BitSet: Sendable {
    private var words: [UInt64]

    init(count: Int) {
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    @inline(__always) mutating func insert(_ member: Int) {
        words[member >> 6] |= 1 << UInt64(member & 63)
    }

    @inline(__always) func contains(_ member: Int) -> Bool {
        words[member >> 6] & (1 << UInt64(member & 63)) != 0
    }

    var elements: [Int] {
        var out: [Int] = []
        for (index, word) in words.enumerated() {
            var rest = word
            while rest != 0 {
                out.append(index << 6 + rest.trailingZeroBitCount)
                rest &= rest - 1
            }
        }
        return out
    }
}
