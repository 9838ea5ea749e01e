import NewsGraphCore

extension MentionRecognizer {
    /// A word that, after a person or a country, names their government: "the Okafor
    /// administration", "the Chilean government".
    static func isGovernmentWord(_ key: String) -> Bool {
        switch key {
        case "administration", "government", "regime", "cabinet": true
        default: false
        }
    }

    /// "the Okafor administration", "the Chilean government": a person or country named right
    /// before a word for a government names that government, an agency of the country. The
    /// agency follows the person's mention, and takes the country's place.
    func addGovernments(_ mentions: inout [MentionCandidate], _ sentence: Sentence, _ tokens: [Token]) {
        var index = 0
        while index < mentions.count {
            let end = mentions[index].end
            let type = mentions[index].type
            // The cheap tests first: most mentions are followed by no government word.
            guard type == .person || type == .country, end < sentence.tokens.upperBound, tokens[end].kind == .word,
                Self.isGovernmentWord(tokens[end].key),
                type == .person || mentions[index].attributes["form"] != "capital"
            else {
                index += 1
                continue
            }
            let mention = mentions[index]
            let word = tokens[end].key
            let name = "\(nameText(mention.start, end, tokens)) \(word)"
            var agency = MentionCandidate(
                type: .agency, start: mention.start, end: end + 1, sentence: sentence.index, name: name,
                key: .agency(normalisedName(name)), evidence: .organisationHead)
            agency.attributes["kind"] = "government"
            if type == .country {
                agency.country = lexicon.countryByCode[mention.attributes["code"] ?? ""]
                agency.key = .agency(word, country: mention.attributes["code"] ?? "")
                agency.name = "\(lexicon.countries[agency.country ?? 0].name) \(word)"
                if let code = mention.attributes["code"], let country = lexicon.countryByCode[code],
                    let demonym = lexicon.countries[country].demonyms.first
                {
                    agency.name = "\(demonym) \(word)"
                }
                mentions[index] = agency
                index += 1
            } else {
                agency.attributes["leader"] = mention.name
                agency.isWeak = mention.isWeak
                mentions.insert(agency, at: index + 1)  // "the Obama administration" still names Obama
                index += 2
            }
        }
    }

    /// "Australia's trade ministry", "the Brazilian foreign ministry": a country, then a
    /// portfolio and a word for a government body written in lower case, names that country's
    /// body ("Trade Ministry" of Australia), not a ministry every country would share.
    func addCountryBodies(_ mentions: inout [MentionCandidate], _ sentence: Sentence, _ tokens: [Token]) {
        let upper = sentence.tokens.upperBound
        var found: [MentionCandidate] = []
        // By index: a mention copied out of the list is a dozen references retained and released.
        for index in mentions.indices where mentions[index].type == .country {
            var cursor = mentions[index].end
            if cursor < upper && tokens[cursor].key == "'s" { cursor += 1 }
            let portfolioStart = cursor
            while cursor < upper, tokens[cursor].kind == .word, !tokens[cursor].isCapitalized, lexicon.portfolios.contains(tokens[cursor].key) {
                cursor += 1
            }
            guard cursor > portfolioStart, cursor < upper, tokens[cursor].kind == .word, !tokens[cursor].isCapitalized,
                lexicon.organisationKind(tokens[cursor].key) == "government",
                let code = mentions[index].attributes["code"], let country = lexicon.countryByCode[code]
            else { continue }
            let name = (portfolioStart...cursor).map { capitalised(tokens[$0].text) }.joined(separator: " ")
            var agency = MentionCandidate(
                type: .agency, start: portfolioStart, end: cursor + 1, sentence: sentence.index, name: name,
                key: .agency(normalisedName(name), country: code), evidence: .organisationHead)
            agency.country = country
            agency.attributes["kind"] = "government"
            found.append(agency)
        }
        guard !found.isEmpty else { return }
        mentions += found
        mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) }
    }
}
