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
    /// In file order.
    let patterns: [CompiledPattern]
    /// How many words some pattern requires; `word(of:)` numbers them `0..<wordCount`.
    let wordCount: Int
    /// How many cue classes there are (`CuePhrases.classCount`).
    let cueClassCount: Int
    /// A required word's number by its number in the lexicon's vocabulary (-1: no pattern requires it).
    private var wordByVocabulary: [Int] = []
    private var requirements: [Requirement] = []
    /// Word number → the patterns anchored on it.
    private var byWord: [[Int]] = []
    private var unanchored: [Int] = []

    /// A pattern's `requiredWords`, `requiredCues` and `requiredMentions`, numbered: each
    /// element needs one of its alternatives present.
    private struct Requirement: Sendable {
        /// The element with the fewest alternatives, the pattern's anchor, first.
        var words: [[Int]]
        var cues: [[Int]]
        var mentions: [RelationPattern.MentionClass.Mask]
    }

    /// - Parameter lexicon: numbers the patterns' words in its vocabulary.
    init(_ patterns: [RelationPattern], lexicon: inout Lexicon) {
        self.patterns = patterns.map { CompiledPattern($0, lexicon: &lexicon) }
        var wordIDs: [String: Int] = [:]
        func number(_ word: String) -> Int {
            if let id = wordIDs[word] { return id }
            wordIDs[word] = wordIDs.count
            return wordIDs.count - 1
        }
        for pattern in patterns {
            requirements.append(
                Requirement(
                    words: pattern.requiredWords.sorted { $0.count < $1.count }.map { $0.map(number) },
                    // A class cues.tsv lacks is never present.
                    cues: pattern.requiredCues.map { $0.compactMap { lexicon.cues.number(ofClass: $0) } },
                    mentions: pattern.requiredMentions.map(RelationPattern.MentionClass.Mask.init)))
        }
        for (word, id) in wordIDs.sorted(by: { $0.value < $1.value }) {
            let number = Int(lexicon.number(word))
            if wordByVocabulary.count <= number { wordByVocabulary += repeatElement(-1, count: number + 1 - wordByVocabulary.count) }
            wordByVocabulary[number] = id
        }
        wordCount = wordIDs.count
        byWord = Array(repeating: [], count: wordCount)
        for (index, requirement) in requirements.enumerated() {
            if let anchor = requirement.words.first {
                for word in anchor { byWord[word].append(index) }
            } else {
                unanchored.append(index)
            }
        }
        cueClassCount = lexicon.cues.classCount
    }

    /// The required word a token is, if any: by its vocabulary number, not by hashing its key.
    @inline(__always) func word(of token: Token) -> Int? {
        guard token.id >= 0, Int(token.id) < wordByVocabulary.count else { return nil }
        let word = wordByVocabulary[Int(token.id)]
        return word >= 0 ? word : nil
    }

    /// The patterns that may match a sentence, by index, in file order: those whose anchor it
    /// holds and whose every requirement it meets.
    func candidates(_ present: PatternMatcher.Presence, into chosen: inout [Int]) {
        chosen.removeAll(keepingCapacity: true)
        chosen += unanchored
        present.words.forEach { chosen += byWord[$0] }
        chosen.sort()
        // Kept in place; a pattern anchored on two words the sentence holds comes twice.
        var kept = 0
        for index in chosen.indices where (kept == 0 || chosen[kept - 1] != chosen[index]) && meets(requirements[chosen[index]], present) {
            chosen[kept] = chosen[index]
            kept += 1
        }
        chosen.removeSubrange(kept...)
    }

    private func meets(_ requirement: Requirement, _ present: PatternMatcher.Presence) -> Bool {
        requirement.words.allSatisfy { $0.contains(where: present.words.contains) }
            && requirement.cues.allSatisfy { $0.contains(where: present.cues.contains) }
            && requirement.mentions.allSatisfy { !$0.isDisjoint(with: present.classes) }
    }
}

/// A set of small non-negative integers as bits.
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

    /// Calls `body` with each member, in increasing order.
    func forEach(_ body: (Int) -> Void) {
        for (index, word) in words.enumerated() {
            var rest = word
            while rest != 0 {
                body(index << 6 + rest.trailingZeroBitCount)
                rest &= rest - 1
            }
        }
    }

    /// Empties the set, keeping its storage.
    mutating func removeAll() {
        for index in words.indices { words[index] = 0 }
    }
}
