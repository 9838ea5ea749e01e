import NewsGraphCore

/// Relation patterns indexed by a word each needs, so a sentence is only matched against
/// the patterns whose anchor word it contains (plus those that need no word at all).
///
/// - Complexity: choosing candidates is O(tokens in the sentence), not O(patterns).
struct PatternSet: Sendable {
    let patterns: [RelationPattern]
    private var byWord: [String: [Int]] = [:]
    private var unanchored: [Int] = []

    init(_ patterns: [RelationPattern]) {
        self.patterns = patterns
        for (index, pattern) in patterns.enumerated() {
            // The anchor: the required word element with the fewest alternatives.
            if let anchor = pattern.requiredWords.min(by: { $0.count < $1.count }) {
                for word in anchor { byWord[word, default: []].append(index) }
            } else {
                unanchored.append(index)
            }
        }
    }

    /// The patterns that may match a sentence, in file order.
    func candidates(_ present: PatternMatcher.Presence) -> [RelationPattern] {
        var indices = Set(unanchored)
        for key in present.keys {
            if let found = byWord[key] { indices.formUnion(found) }
        }
        return indices.sorted().map { patterns[$0] }
    }
}
