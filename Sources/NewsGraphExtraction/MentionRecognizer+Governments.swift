import NewsGraphCore

extension MentionRecognizer {
    /// A word for a government (compared, not hashed: it is asked after every person and country).
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
                key: "agency:\(normalisedName(name))", evidence: .organisationHead)
            agency.attributes["kind"] = "government"
            if type == .country {
                agency.country = lexicon.countryByCode[mention.attributes["code"] ?? ""]
                agency.key = "agency:\(word)|country:\(mention.attributes["code"] ?? "")"
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
}
