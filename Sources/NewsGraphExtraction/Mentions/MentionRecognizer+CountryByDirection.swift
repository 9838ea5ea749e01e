import NewsGraphCore

/// "the North" for North Korea.
extension MentionRecognizer {
    /// "North Korea has invited ... to discuss the North's nuclear programme": once an article
    /// names a country whose name opens with a word of direction (the `direction-modifier` cue
    /// class), "the North" alone, after it, is that country, as news writes of two Koreas or
    /// two Sudans. Only where no other country the article names opens with the same word, and
    /// not where the word opens a longer name ("the North Atlantic").
    func addCountriesCalledByTheirDirection(_ mentions: inout [MentionCandidate], _ tokens: [Token], _ sentences: [Sentence]) {
        // The first mention of each country named with a direction, by that word; nil where two
        // countries share the word.
        var byDirection: [String: MentionCandidate?] = [:]
        for mention in mentions where mention.type == .country {
            let words = mention.name.spaceSeparatedWords
            guard words.count > 1 else { continue }
            let word = words[0].lowercased()
            guard lexicon.cue("direction-modifier", contains: word) else { continue }
            if let known = byDirection[word] {
                if let known, known.key != mention.key { byDirection[word] = .some(nil) }
            } else {
                byDirection[word] = mention
            }
        }
        guard !byDirection.isEmpty else { return }
        var added: [MentionCandidate] = []
        for sentence in sentences where sentence.zone == .body {
            for index in sentence.tokens where index > sentence.tokens.lowerBound && tokens[index].isCapitalized {
                guard let named = byDirection[tokens[index].key], let country = named, country.end <= index,
                    isDirectionAlone(at: index, sentence, tokens), !mentions.contains(where: { $0.start <= index && index < $0.end })
                else { continue }
                var mention = country
                mention.start = index
                mention.end = index + 1
                mention.sentence = sentence.index
                added.append(mention)
            }
        }
        // In place, each before the first mention that starts after it.
        for mention in added {
            let position = mentions.firstIndex { ($0.sentence, $0.start) > (mention.sentence, mention.start) } ?? mentions.endIndex
            mentions.insert(mention, at: position)
        }
    }
}
