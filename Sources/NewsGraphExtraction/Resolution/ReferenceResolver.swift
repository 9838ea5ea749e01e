import NewsGraphCore

/// Words that refer back to an entity the article named before: "He said ...", "the company
/// said ...", "the minister told ...". A reference is resolved only where the article leaves
/// one candidate: a pronoun to the one person the sentence before (or its own, before it)
/// names, of the pronoun's sex where the given name tells it; "the company", "the ministry" to
/// the one body of that kind named so far; "the minister" to the one holder of that title.
///
/// What it finds serves the relation patterns only (a pronoun is no name for the graph's list
/// of mentions); each reference keeps the sentence its antecedent is named in, which becomes
/// the relation's second evidence.
struct ReferenceResolver {
    let lexicon: Lexicon

    func references(_ mentions: [MentionCandidate], titles: [TitleMention], tokens: [Token], sentences: [Sentence]) -> [MentionCandidate] {
        // Asked of every word: tested by number, not by hashing its key.
        let he = lexicon.cueSet("he-pronoun")
        let she = lexicon.cueSet("she-pronoun")
        let determiners = lexicon.cueSet("reference-determiner")
        let bySentence = GroupedIndices(keys: mentions.map(\.sentence))
        var out: [MentionCandidate] = []
        // The bodies and title holders named so far, by key, in order.
        var agencies: [(key: EntityKey?, kind: String, index: Int)] = []
        var holders: [(key: EntityKey?, role: String, index: Int)] = []
        let it = lexicon.cueSet("it-pronoun")
        // The thing the article's last sentences are about: the place or body a sentence opens
        // with, kept until a sentence opens with another name.
        var topic: Int?
        // Tokens inside a mention are no references: one look-up, not a scan per token.
        var covered = BitSet(count: tokens.count)
        for index in mentions.indices { for token in mentions[index].start..<mentions[index].end { covered.insert(token) } }
        for sentence in sentences {
            let here = bySentence[sentence.index].sorted { mentions[$0].start < mentions[$1].start }
            if let opening = sentence.tokens.first(where: { tokens[$0].kind == .word }), sentence.zone == .body {
                if it.contains(tokens[opening]), let antecedent = topic {
                    out.append(reference(to: mentions[antecedent], at: opening, sentence.index))
                } else if let subject = subject(opening, here, mentions, tokens, determiners) {
                    topic = [.place, .agency, .country].contains(mentions[subject].type) ? subject : nil
                }
            }
            for position in sentence.tokens where tokens[position].kind == .word {
                if !covered.contains(position) {
                    if he.contains(tokens[position]) || she.contains(tokens[position]), sentence.zone == .body {
                        // The people named before the pronoun in its sentence, or else in the one before.
                        let own = here.filter { mentions[$0].end <= position && mentions[$0].type == .person }
                        let people = own.isEmpty ? bySentence[sentence.index - 1].filter { mentions[$0].type == .person } : own
                        let fitting = Set(people.filter { fits(mentions[$0], female: she.contains(tokens[position])) }.map { mentions[$0].key })
                        if fitting.count == 1, let antecedent = people.last(where: { fitting.contains(mentions[$0].key) }) {
                            out.append(reference(to: mentions[antecedent], at: position, sentence.index))
                        }
                    } else if position > sentence.tokens.lowerBound, determiners.contains(tokens[position - 1]),
                        !tokens[position].isCapitalized, position + 1 >= sentence.tokens.upperBound || !tokens[position + 1].isCapitalized
                    {
                        if let kind = lexicon.organisationKind(tokens[position]) {
                            let same = Set(agencies.filter { $0.kind == kind }.map(\.key))
                            if same.count == 1, let last = agencies.last(where: { $0.kind == kind }) {
                                out.append(reference(to: mentions[last.index], at: position, sentence.index))
                            }
                        } else if let title = titles.first(where: { $0.sentence == sentence.index && $0.start <= position && position < $0.end }),
                            title.start > sentence.tokens.lowerBound, determiners.contains(tokens[title.start - 1])
                        {
                            // "the minister" is the trade minister named before, if only one minister was.
                            let role = title.role.lowercased()
                            let same = Set(holders.filter { $0.role.hasSuffix(role) }.map(\.key))
                            if same.count == 1, let last = holders.last(where: { $0.role.hasSuffix(role) }), position == title.end - 1 {
                                out.append(reference(to: mentions[last.index], at: title.start, sentence.index, end: title.end))
                            }
                        }
                    }
                }
            }
            // Fields read in place: a mention copied is a dozen references retained and released.
            for index in here {
                if mentions[index].type == .agency, let kind = mentions[index].attributes["kind"] {
                    agencies.append((mentions[index].key, kind, index))
                }
                if mentions[index].type == .person, let role = mentions[index].attributes["role"] {
                    holders.append((mentions[index].key, role.lowercased(), index))
                }
            }
        }
        return out
    }

    /// The mention a sentence opens with ("Dunmore is ...", "The Avon Trust was ..."): what
    /// "It" at the start of the next sentence refers to, in prose that names its subject once and
    /// goes on about it.
    private func subject(_ opening: Int, _ here: [Int], _ mentions: [MentionCandidate], _ tokens: [Token], _ determiners: WordSet) -> Int? {
        let start = determiners.contains(tokens[opening]) ? opening + 1 : opening
        return here.first { mentions[$0].start == start || (mentions[$0].extentStart ?? -1) == start }
    }

    /// Whether a person's given name allows the pronoun's sex; a name of either or unknown sex does.
    private func fits(_ person: MentionCandidate, female: Bool) -> Bool {
        guard let given = person.name.spaceSeparatedWords.first, let flags = lexicon.givenNames[given.lowercased()] else {
            return true
        }
        return female ? !flags.contains(.male) : !flags.contains(.female)
    }

    private func reference(to antecedent: MentionCandidate, at start: Int, _ sentence: Int, end: Int? = nil) -> MentionCandidate {
        var mention = MentionCandidate(
            type: antecedent.type, start: start, end: end ?? start + 1, sentence: sentence, name: antecedent.name,
            key: antecedent.key, evidence: .reference)
        mention.attributes = antecedent.attributes
        mention.country = antecedent.country
        mention.antecedentSentence = antecedent.sentence
        return mention
    }
}
