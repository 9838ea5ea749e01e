/// The cue phrases (cues.tsv) of one sentence, found once and shared by the pattern matcher,
/// negation and hedging instead of each scanning the sentence again.
struct SentenceCues {
    private let start: Int
    private let matches: [[PhraseIndex.Match]]

    init(_ sentence: Sentence, _ tokens: [Token], _ lexicon: Lexicon) {
        start = sentence.tokens.lowerBound
        matches = sentence.tokens.map { lexicon.cues.matches(in: tokens, at: $0, limit: sentence.tokens.upperBound) }
    }

    /// The cue phrases starting at `token`, longest first.
    func at(_ token: Int) -> [PhraseIndex.Match] {
        let index = token - start
        return index >= 0 && index < matches.count ? matches[index] : []
    }
}
