import NewsGraphCore

extension MentionRecognizer {
    static let governmentWords: Set<String> = ["administration", "government", "regime", "cabinet"]

    /// "the Okafor administration", "the Malaysian government": a person or country named right
    /// before a word for a government names that government, an agency of the country.
    func withGovernments(_ mentions: [MentionCandidate], _ sentence: Sentence, _ tokens: [Token]) -> [MentionCandidate] {
        var out: [MentionCandidate] = []
        for mention in mentions {
            guard mention.end < sentence.tokens.upperBound, Self.governmentWords.contains(tokens[mention.end].key),
                tokens[mention.end].kind == .word,
                mention.type == .person || (mention.type == .country && mention.attributes["form"] != "capital")
            else {
                out.append(mention)
                continue
            }
            let word = tokens[mention.end].key
            let name = mention.type == .person
                ? "\(nameText(mention.start, mention.end, tokens)) \(word)"
                : "\(nameText(mention.start, mention.end, tokens)) \(word)"
            var agency = MentionCandidate(
                type: .agency, start: mention.start, end: mention.end + 1, sentence: sentence.index, name: name,
                key: "agency:\(normalisedName(name))", evidence: .organisationHead)
            agency.attributes["kind"] = "government"
            if mention.type == .country {
                agency.country = lexicon.countryByCode[mention.attributes["code"] ?? ""]
                agency.key = "agency:\(word)|country:\(mention.attributes["code"] ?? "")"
                agency.name = "\(lexicon.countries[agency.country ?? 0].name) \(word)"
                if let code = mention.attributes["code"], let index = lexicon.countryByCode[code],
                    let demonym = lexicon.countries[index].demonyms.first
                {
                    agency.name = "\(demonym) \(word)"
                }
            } else {
                agency.attributes["leader"] = mention.name
                agency.isWeak = mention.isWeak
                out.append(mention)  // "the Obama administration" still names Obama
            }
            out.append(agency)
        }
        return out
    }
}
