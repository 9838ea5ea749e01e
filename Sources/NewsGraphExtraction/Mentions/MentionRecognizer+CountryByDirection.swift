import NewsGraphCore

/// "the North" for North Korea.
extension MentionRecognizer {
    /// "North Korea has invited ... to discuss the North's nuclear programme": once an article
    /// names a country with a name or adjective that opens with a word of direction (the
    /// `direction-modifier` cue class), "the North" alone, after it, is that country, as news
    /// writes of two Koreas or two Sudans. Only where no other country the article names opens
    /// with the same word, and not where the word opens a longer name ("the North Atlantic").
    func addCountriesCalledByTheirDirection(_ mentions: inout [MentionCandidate], _ tokens: [Token], _ sentences: [Sentence]) {
        // The first mention of each country named with a direction, by that word, and the words
        // two countries share. (By index: a mention copied out of the list is a dozen references
        // retained and released.)
        var byDirection: [String: Int] = [:]
        var shared = Set<String>()
        for index in mentions.indices where mentions[index].type == .country {
            // Written with the word: "North Korea", "South African".
            let first = mentions[index].start
            guard mentions[index].end - first > 1, directionWords.contains(tokens[first]) else { continue }
            let word = tokens[first].key
            if let known = byDirection[word] {
                if mentions[known].key != mentions[index].key { shared.insert(word) }
            } else {
                byDirection[word] = index
            }
        }
        guard !byDirection.isEmpty else { return }
        var added: [MentionCandidate] = []
        for sentence in sentences where sentence.zone == .body {
            for index in sentence.tokens where tokens[index].isCapitalized && isDirectionAlone(at: index, sentence, tokens) {
                let word = tokens[index].key
                guard let country = byDirection[word], !shared.contains(word), mentions[country].end <= index,
                    !mentions.indices.contains(where: { mentions[$0].start <= index && index < mentions[$0].end })
                else { continue }
                var mention = mentions[country]
                mention.start = index
                mention.end = index + 1
                mention.sentence = sentence.index
                added.append(mention)
            }
        }
        // In place, each before the first mention that starts after it.
        for mention in added {
            let position =
                mentions.indices.first { (mentions[$0].sentence, mentions[$0].start) > (mention.sentence, mention.start) }
                ?? mentions.endIndex
            mentions.insert(mention, at: position)
        }
    }
}
