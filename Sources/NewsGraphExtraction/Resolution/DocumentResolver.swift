import NewsGraphCore

/// Resolves the mentions of one document to the entities they name: a surname to the full name
/// given earlier ("Ana Lima" … "Lima"), a family name written first ("Wang Jianguo" …
/// "Wang"), an acronym to the name it abbreviates ("IRSS"), a spelling slip inside a list of the
/// same people ("Hu, Lema and Berg" beside "He Jianming").
///
/// Mentions with no evidence of their own are kept only when they resolve; the rest are
/// passed on as unresolved, for the corpus to settle.
struct DocumentResolver {
    let lexicon: Lexicon

    struct Output {
        var mentions: [MentionCandidate]
        var diagnostics: [Diagnostic]
    }

    /// A full name the document gives a person (normalised), where it is first given, and the
    /// words its short forms use, worked out once per name rather than per mention compared.
    private struct FullName {
        var name: String
        var position: Int
        /// The last word: "Lima" of "Ana Lima", "Jianguo" of "Wang Jianguo".
        var lastWord: String
        /// The family name written first ("Wang" of "Wang Jianguo"), if the name is so written.
        var familyFirst: String?
        /// What a misspelt short form is compared with: the family name wherever it is written.
        var family: String { familyFirst ?? lastWord }
    }

    func resolve(_ input: [MentionCandidate], tokens: [Token], documentID: String) -> Output {
        var mentions = input
        var diagnostics: [Diagnostic] = []
        resolveAcronyms(&mentions, tokens)
        resolveShortBodyNames(&mentions)
        // Each person's name as names are compared, once per mention (acronyms rename only agencies).
        var names = mentions.indices.map { mentions[$0].type == .person ? normalisedName(mentions[$0].name) : "" }
        // Full names: persons of two or more words with evidence of their own.
        var heads: [String: EntityKey] = [:]  // normalised full name -> key
        var fullNames: [FullName] = []  // in the order first given
        for index in mentions.indices where mentions[index].type == .person && !mentions[index].isWeak {
            let name = names[index]
            // A normalised name has single spaces and none at its ends: a space means two words.
            guard name.utf8.contains(UInt8(ascii: " ")) else { continue }
            let key = EntityKey.person(name)
            mentions[index].key = key
            if heads.updateValue(key, forKey: name) == nil { fullNames.append(fullName(name, at: mentions[index].start)) }
        }
        // Full names by the word a short form would use: the surname, or a family name written first.
        var fullNamesByShortForm: [String: [FullName]] = [:]
        for head in fullNames {
            fullNamesByShortForm[head.lastWord, default: []].append(head)
            if let family = head.familyFirst { fullNamesByShortForm[family, default: []].append(head) }
        }
        // Full names by their first word, for a person the article goes on to call by it: made
        // when a name no surname resolves first asks for it.
        var fullNamesByFirstWord: [String: [FullName]]?
        let fullNamesByInnerWord = byInnerWord(fullNames)
        typeInnerNamesAsPeople(&mentions, &names, fullNamesByShortForm, fullNamesByInnerWord, tokens)
        shortenDoubleBarrelledNames(&mentions, names: names, fullNames: fullNames)
        var people = SentencePeople(mentions)
        var variants = VariantLookup(fullNames)
        for index in mentions.indices where mentions[index].type == .person && mentions[index].key == nil {
            let name = names[index]
            if let key = heads[name] {
                mentions[index].key = key
                people.establish(index, in: &mentions)
                continue
            }
            if let head = nearestBefore(fullNamesByShortForm[name] ?? [], mentions[index].start) {
                mentions[index].key = .person(head)
                people.establish(index, in: &mentions)
                continue
            }
            if fullNamesByFirstWord == nil { fullNamesByFirstWord = Self.byFirstWord(fullNames) }
            let start = mentions[index].start
            if let head = onlyFullName(filing: name, before: start, in: fullNamesByFirstWord!, fullNamesByShortForm)
                ?? onlyFullName(filing: name, before: start, in: fullNamesByInnerWord, fullNamesByShortForm)
            {
                mentions[index].key = .person(head)
                people.establish(index, in: &mentions)
                continue
            }
            if mentions[index].isWeak,
                let variant = spellingVariant(of: index, named: name, in: mentions, names: names, people: people, variants: &variants)
            {
                diagnostics.append(
                    Diagnostic(
                        id: "resolve.spelling-variant", severity: .note,
                        message: "in \(documentID), '\(mentions[index].name)' read as a misspelling of '\(variant.display)' (one edit, listed with the same people)",
                        subjects: [EntityKey.person(variant.name).description]))
                mentions[index].key = .person(variant.name)
                people.establish(index, in: &mentions)
                continue
            }
            mentions[index].key = .person(name)
        }
        typeSitesNamedForPeople(&mentions, tokens, heads: heads, fullNamesByShortForm: fullNamesByShortForm)
        typeByAddress(&mentions, tokens)
        typeByDescription(&mentions, tokens)
        typeAsNamedElsewhere(&mentions, names: names)
        typeByLearnedTagger(&mentions, names: names, tokens: tokens)
        typeByList(&mentions, tokens)
        typeByContext(&mentions, tokens, names: names, heads: heads)
        typeAsTheBodyNamedElsewhere(&mentions, names: names)
        // Governments named after a person resolve with the person.
        let lastWords = Set(fullNames.map(\.lastWord))
        for index in mentions.indices where mentions[index].type == .agency && mentions[index].isWeak {
            guard let leader = mentions[index].attributes["leader"].map(normalisedName) else { continue }
            if heads[leader] != nil || lastWords.contains(leader) {
                mentions[index].isWeak = false
            }
        }
        return Output(mentions: mentions, diagnostics: diagnostics)
    }

    /// "Mr. Roed-Larsen" after "Terje Roed-Larsen": a double-barrelled family name, two words
    /// joined by a hyphen, is how the text refers back to the one person whose longer name ends
    /// in it, as a lone family name is; normalised, the two words read as a full name of their own.
    private func shortenDoubleBarrelledNames(
        _ mentions: inout [MentionCandidate], names: [String], fullNames: [FullName]
    ) {
        // Most documents write no person's name with a hyphen: then there is nothing to shorten.
        guard mentions.contains(where: { $0.type == .person && $0.name.utf8.contains(UInt8(ascii: "-")) }) else { return }
        var longer: [String: [FullName]] = [:]
        for head in fullNames {
            let words = head.name.spaceSeparatedWords
            guard words.count >= 3 else { continue }
            longer[words.suffix(2).joined(separator: " "), default: []].append(head)
        }
        guard !longer.isEmpty else { return }
        for index in mentions.indices where mentions[index].type == .person && !mentions[index].isWeak {
            let written = mentions[index].name
            guard let candidates = longer[names[index]], candidates.count == 1,
                let hyphen = written.lastIndex(of: "-"), !written[hyphen...].contains(" ")
            else { continue }
            mentions[index].key = .person(candidates[0].name)
        }
    }

    private func fullName(_ name: String, at position: Int) -> FullName {
        let parts = name.spaceSeparatedWords.map(String.init)
        let familyFirst = isFamilyNameFirst(parts) && parts.first != parts.last ? parts.first : nil
        return FullName(name: name, position: position, lastWord: parts.last!, familyFirst: familyFirst)
    }

    func isFamilyNameFirst(_ parts: [String]) -> Bool { lexicon.isFamilyNameFirst(parts) }

    /// "Ousted leader Ana Kervala ... The Kervala camp said it would appeal": a site's noun
    /// right after a name makes a place of it (`siteNounAfter`) only where the name is no
    /// person's; where the document has named a person so, "the Kervala camp" (or compound) is
    /// that person's, and the mention is of the person. A kind of site between the
    /// two ("the Kervala refugee camp") still names a place.
    private func typeSitesNamedForPeople(
        _ mentions: inout [MentionCandidate], _ tokens: [Token], heads: [String: EntityKey],
        fullNamesByShortForm: [String: [FullName]]
    ) {
        for index in mentions.indices where mentions[index].type == .place && mentions[index].placeLevel == .site {
            let end = mentions[index].end
            guard mentions[index].evidence == .placePreposition, end < tokens.count,
                lexicon.cue("site-noun-after", contains: tokens[end].key)
            else { continue }
            let name = normalisedName(mentions[index].name)
            guard
                let person = heads[name]
                    ?? nearestBefore(fullNamesByShortForm[name] ?? [], mentions[index].start).map(EntityKey.person)
            else { continue }
            mentions[index].type = .person
            mentions[index].key = person
            mentions[index].evidence = .surname
            mentions[index].isPlaceUse = false
            mentions[index].placeLevel = nil
        }
    }

    /// "the Estonian daily Dagvik", and later "an editor at Dagvik": a guessed name the
    /// document names elsewhere as a body or a place, on evidence of its own, is that body or
    /// place, before where it stands ("at") or the tagger says otherwise.
    private func typeAsNamedElsewhere(_ mentions: inout [MentionCandidate], names: [String]) {
        var named: [String: Int] = [:]
        for index in mentions.indices where !mentions[index].isWeak && [.agency, .place].contains(mentions[index].type) {
            let name = normalisedName(mentions[index].name)
            if named[name] == nil { named[name] = index }
        }
        guard !named.isEmpty else { return }
        for index in mentions.indices where mentions[index].type == .person && mentions[index].isWeak {
            guard let source = named[names[index]] else { continue }
            mentions[index].takeReading(of: mentions[source])
        }
    }

    /// "The service is run by the operator Trelvan ... Trelvan said": one name in one article
    /// is one thing. Where the article says what the name is (a company noun, an organisation's
    /// word, an acronym, a description, the lexicon), its other mentions that only a verb of
    /// speech, a family name, "in" or the tagger typed are that body too; a name the article
    /// also gives with a title or a given name is left to resolution, as a person may share a
    /// company's name.
    private func typeAsTheBodyNamedElsewhere(_ mentions: inout [MentionCandidate], names: [String]) {
        let bodyEvidence: Set<MentionCandidate.Evidence> = [.companyNoun, .organisationHead, .acronym, .apposition, .lexicon]
        let personEvidence: Set<MentionCandidate.Evidence> = [.title, .givenName]
        var bodies: [String: Int] = [:]
        var people = Set<String>()
        for index in mentions.indices where !mentions[index].isWeak {
            if mentions[index].type == .agency && bodyEvidence.contains(mentions[index].evidence) {
                let name = Self.name(of: index, mentions, names)
                if bodies[name] == nil { bodies[name] = index }
            } else if mentions[index].type == .person && personEvidence.contains(mentions[index].evidence) {
                people.insert(Self.name(of: index, mentions, names))
            }
        }
        guard !bodies.isEmpty else { return }
        for index in mentions.indices {
            let guessed =
                switch mentions[index].type {
                case .person: mentions[index].isWeak || [.speech, .surname, .learned, .knownInDocument].contains(mentions[index].evidence)
                case .place: [.learned, .placePreposition].contains(mentions[index].evidence)
                default: false
                }
            guard guessed else { continue }
            let name = Self.name(of: index, mentions, names)
            guard !people.contains(name), let source = bodies[name] else { continue }
            mentions[index].takeReading(of: mentions[source])
        }
    }

    /// "Gahwareh, Kermanshah Province", "Lusaka, Zambia": a guessed name written before a comma
    /// and a region or country, as an address is, is a town in it ("Norway's" after the comma
    /// is an apposition's opening instead: "Ana Lima, Norway's envoy"). So is a name that only
    /// its words made a person's, after "in" or "near" ("born in Terre Haute, Indiana"): a
    /// result list's "Ana Lima, Brazil" stays a person.
    private func typeByAddress(_ mentions: inout [MentionCandidate], _ tokens: [Token]) {
        // The first mention starting at each token, made when an address first asks (most
        // documents have none).
        var startsAt: [Int: Int]?
        // Read in place, by index: a mention copied is a dozen references retained and released.
        func isGuessed(_ index: Int) -> Bool {
            guard mentions[index].type == .person else { return false }
            if mentions[index].isWeak { return true }
            let start = mentions[index].start
            let afterPlaceWord = start > 0 && lexicon.cue("place-preposition", contains: tokens[start - 1].key)
            return afterPlaceWord && (mentions[index].evidence == .givenName || mentions[index].evidence == .surname)
        }
        for index in mentions.indices where isGuessed(index) {
            let comma = mentions[index].end
            // "Separately, Sudan ...": a sentence's opening word before a comma is no address.
            let start = mentions[index].start
            if comma - start == 1 && Self.opensSentence(start, tokens) { continue }
            guard comma + 1 < tokens.count, tokens[comma].key == "," else { continue }
            if startsAt == nil {
                var made: [Int: Int] = [:]
                for index in mentions.indices { made[mentions[index].start] = made[mentions[index].start] ?? index }
                startsAt = made
            }
            guard let next = startsAt![comma + 1] else { continue }
            let isLarger = mentions[next].type == .country || (mentions[next].type == .place && (mentions[next].placeLevel ?? .site) <= .district)
            let end = mentions[next].end
            guard isLarger, end >= tokens.count || tokens[end].key != "'s" else { continue }
            mentions[index].type = .place
            mentions[index].key = .place(normalisedName(mentions[index].name))
            mentions[index].isWeak = false
            mentions[index].evidence = .placePreposition
            mentions[index].isPlaceUse = true
            mentions[index].placeLevel = .city
        }
    }

    /// "Vardeholm is a small town in ...", "Kvist, a shipping firm, ...": a name the rules only
    /// guessed at, or the tagger typed, that the text describes with a place noun or a company
    /// noun takes the type the description gives. The description may say whose it is ("an
    /// Italian maker of bicycles"): a country's adjective is one of its grading words.
    ///
    /// A name read as a person's only because a word of it is a given or family name ("Harbor
    /// Hawks is a football club") takes the description's type too, where the noun ends the
    /// description ("a football club.", "a band formed in"), not where it qualifies another
    /// ("a party member", "a bank's analyst").
    private func typeByDescription(_ mentions: inout [MentionCandidate], _ tokens: [Token]) {
        var countryWords = BitSet(count: tokens.count)
        // By index: a mention copied out of the list is a dozen references retained and released.
        for index in mentions.indices where mentions[index].type == .country {
            for token in mentions[index].start..<mentions[index].end { countryWords.insert(token) }
        }
        // The words a description follows, as the relation classifier reads them (description-words.tsv).
        let copulas = lexicon.descriptionWords["copula"] ?? []
        let articles = lexicon.descriptionWords["article"] ?? []
        func endsDescription(_ next: Int) -> Bool {
            guard next < tokens.count, tokens[next].kind == .word else { return true }
            let key = tokens[next].key
            return lexicon.isFunctionWord(key) || key.hasSuffix("ed")
        }
        for index in mentions.indices {
            let byNameWords = mentions[index].type == .person && [.givenName, .surname].contains(mentions[index].evidence)
            guard (mentions[index].isWeak && mentions[index].type == .person) || mentions[index].evidence == .learned || byNameWords
            else { continue }
            var cursor = mentions[index].end
            guard cursor < tokens.count, copulas.contains(tokens[cursor].key) else { continue }
            cursor += 1
            guard cursor < tokens.count, articles.contains(tokens[cursor].key) else { continue }
            cursor += 1
            // A few words that grade or place it: "a small coastal town".
            var words = 0
            while cursor < tokens.count, words < 3, tokens[cursor].kind == .word,
                !tokens[cursor].isCapitalized || countryWords.contains(cursor),
                !lexicon.cue("place-noun", contains: tokens[cursor].key), !lexicon.cue("company-noun", contains: tokens[cursor].key)
            {
                cursor += 1
                words += 1
            }
            guard cursor < tokens.count, tokens[cursor].kind == .word, !tokens[cursor].isCapitalized else { continue }
            let noun = tokens[cursor].key
            if byNameWords && !endsDescription(cursor + 1) { continue }
            let name = normalisedName(mentions[index].name)
            if lexicon.cue("place-noun", contains: noun) && !lexicon.cue("company-noun", contains: noun) {
                mentions[index].type = .place
                mentions[index].key = .place(name)
                mentions[index].isPlaceUse = true
                mentions[index].placeLevel = lexicon.placeLastWords[noun] ?? .city
            } else if lexicon.cue("company-noun", contains: noun) {
                mentions[index].type = .agency
                mentions[index].key = .agency(name)
                mentions[index].attributes["kind"] = "organisation"
            } else {
                continue
            }
            mentions[index].isWeak = false
            mentions[index].evidence = .apposition
        }
    }

    /// Guessed names that resolution tied to nothing take the type the learned tagger gave them,
    /// name by name: one name in one article is one thing. Read mention by mention, the same
    /// town came out a town in one sentence and a company or a person in the next ("Yandina is
    /// the site of ...", "the Yandina police station"); the name takes the type most of its
    /// mentions were given (the first given, on a tie), and each mention of it that only the
    /// tagger typed, or nothing typed, takes that type. A known surname or given name stays a
    /// person for the corpus to settle, which may know the person from another article ("Lin"
    /// beside "Li Nan").
    private func typeByLearnedTagger(_ mentions: inout [MentionCandidate], names: [String], tokens: [Token]) {
        // The guessed mentions of each name, in order: people the rules only guessed at, whose
        // vote is the tagger's type for their span if it gave one, and the tagger's own names.
        var guessesByName: [String: [Int]] = [:]
        var order: [String] = []
        for index in mentions.indices {
            guard Self.isGuessed(mentions[index]) else { continue }
            let name = Self.name(of: index, mentions, names)
            if guessesByName[name] == nil { order.append(name) }
            guessesByName[name, default: []].append(index)
        }
        for name in order {
            let indices = guessesByName[name]!
            var votes: [EntityType: Float] = [:]
            var firstVoted: [EntityType] = []
            for index in indices {
                let vote = mentions[index].isWeak ? mentions[index].learnedType : mentions[index].type
                guard let vote else { continue }
                if votes[vote] == nil { firstVoted.append(vote) }
                votes[vote, default: 0] += mentions[index].learnedMargin
            }
            // `max` keeps the first of equals: the type given first wins a tie.
            guard let type = firstVoted.max(by: { votes[$0]! < votes[$1]! }) else { continue }
            // "Controversy over the plan grew": a lone common word opening its sentence owes its
            // capital to its place, whatever the tagger made of it, unless a name is spelt so too.
            if indices.allSatisfy({ isCommonWordOpeningASentence(mentions[$0], tokens) }) { continue }
            if type != .person && name.spaceSeparatedWords.contains(where: { word in
                lexicon.surnames[String(word)] != nil || lexicon.givenNames[String(word)] != nil
            }) {
                continue
            }
            for index in indices where mentions[index].isWeak || mentions[index].type != type {
                retype(&mentions[index], as: type, name: name)
            }
        }
    }

    /// Whether a weak mention is one common word ("Tennis", "Controversy") opening its sentence,
    /// and no given name or family name the lexicon knows ("Grant", "Price").
    private func isCommonWordOpeningASentence(_ mention: MentionCandidate, _ tokens: [Token]) -> Bool {
        guard mention.isWeak, mention.end - mention.start == 1, Self.opensSentence(mention.start, tokens) else { return false }
        let key = tokens[mention.start].key
        return lexicon.commonEnglishWords.contains(key) && lexicon.givenNames[key] == nil && lexicon.surnames[key] == nil
    }

    /// A mention only guessed at: a person the rules found no evidence for (weak), or a name
    /// only the learned tagger typed.
    private static func isGuessed(_ mention: MentionCandidate) -> Bool {
        (mention.type == .person && mention.isWeak) || (mention.evidence == .learned && !mention.isWeak)
    }

    /// Whether the token at `position` opens its sentence: the document's first, the first of a
    /// line, or the first after a sentence's end.
    private static func opensSentence(_ position: Int, _ tokens: [Token]) -> Bool {
        position == 0 || tokens[position].newlinesBefore > 0 || tokens[position - 1].isTerminal
    }

    /// The name of `mentions[index]`, normalised: `names` has each mention first read as a
    /// person's; the others are normalised here.
    private static func name(of index: Int, _ mentions: [MentionCandidate], _ names: [String]) -> String {
        names[index].isEmpty ? normalisedName(mentions[index].name) : names[index]
    }

    /// Gives a guessed mention `type`, as the tagger's reading of the name `name` (normalised) or
    /// as `evidence` says.
    private func retype(
        _ mention: inout MentionCandidate, as type: EntityType, name: String, evidence: MentionCandidate.Evidence = .learned
    ) {
        mention.type = type
        mention.isWeak = false
        mention.evidence = evidence
        mention.key = .named(type, name)
        mention.attributes.removeValue(forKey: "kind")
        if type == .agency { mention.attributes["kind"] = "organisation" }
        // Most places no lexicon knows are towns.
        mention.isPlaceUse = type == .place
        mention.placeLevel = type == .place ? .city : nil
    }

    /// "offices in Harrogate, Hull, Scarborough and Sheffield", "Volkswagen and Stellantis": a
    /// list joins things of one kind, so a name only guessed at (a weak person, or one only the
    /// tagger typed) that is listed, directly or through other guessed names, beside a place,
    /// a country or a body the rules typed from their own evidence is a place or a body too.
    /// People are not propagated so: a guessed name listed with people is already a person's.
    private func typeByList(_ mentions: inout [MentionCandidate], _ tokens: [Token]) {
        /// How many tokens join two items of a list at `position`: ",", "and", "or", ", and".
        func joinLength(at position: Int) -> Int? {
            guard position >= 0, position < tokens.count else { return nil }
            let key = tokens[position].key
            if key == "and" || key == "or" { return 1 }
            guard key == "," else { return nil }
            return position + 1 < tokens.count && ["and", "or"].contains(tokens[position + 1].key) ? 2 : 1
        }
        /// Whether a comma after a list item starting at `start` closes an opening phrase ("In
        /// Oslo, Berg said"), not an item.
        func closesOpeningPhrase(_ start: Int) -> Bool {
            Self.opensSentence(start, tokens) || (start > 0 && Self.opensSentence(start - 1, tokens))
        }
        // Where mentions end and start, made when a guessed name first stands by a join (most
        // stand by none, and a document's every mention hashed twice cost more than the rule).
        var endingAt: [Int: Int] = [:]
        var startingAt: [Int: Int] = [:]
        var mapped = false
        /// The list item next to `index` on one side, if a join stands between them.
        func neighbour(of index: Int, before: Bool) -> Int? {
            let (start, end) = (mentions[index].start, mentions[index].end)
            if before {
                for length in [1, 2] where joinLength(at: start - length) == length {
                    guard let previous = endingAt[start - length] else { continue }
                    return tokens[start - length].key == "," && closesOpeningPhrase(mentions[previous].start) ? nil : previous
                }
                return nil
            }
            guard let length = joinLength(at: end) else { return nil }
            if tokens[end].key == "," && closesOpeningPhrase(start) { return nil }
            return startingAt[end + length]
        }
        for index in mentions.indices where Self.isGuessed(mentions[index]) {
            let (start, end) = (mentions[index].start, mentions[index].end)
            guard joinLength(at: end) != nil || joinLength(at: start - 1) != nil || joinLength(at: start - 2) == 2 else { continue }
            if !mapped {
                endingAt.reserveCapacity(mentions.count)
                startingAt.reserveCapacity(mentions.count)
                for other in mentions.indices {
                    endingAt[mentions[other].end] = endingAt[mentions[other].end] ?? other
                    startingAt[mentions[other].start] = startingAt[mentions[other].start] ?? other
                }
                mapped = true
            }
            // Walk each way through guessed names to the first item typed from evidence.
            var kind: EntityType?
            for before in [true, false] where kind == nil {
                var cursor = index
                var steps = 0
                while let next = neighbour(of: cursor, before: before), mentions[next].sentence == mentions[index].sentence, steps < 16 {
                    if !Self.isGuessed(mentions[next]) {
                        if [.place, .country, .agency].contains(mentions[next].type) { kind = mentions[next].type }
                        break
                    }
                    cursor = next
                    steps += 1
                }
            }
            guard let kind else { continue }
            retype(&mentions[index], as: kind == .agency ? .agency : .place, name: normalisedName(mentions[index].name), evidence: .coordination)
        }
    }

    /// Names no lexicon knows and no person claims, typed by how the document uses them: after
    /// "in" or "near", or a unit's noun, a place ("in Natanz", "the town of Jericho", "Helmand
    /// province"); named twice or more an organisation ("Gazprom").
    /// Family names are left for the corpus, which may know the person.
    private func typeByContext(
        _ mentions: inout [MentionCandidate], _ tokens: [Token], names: [String], heads: [String: EntityKey]
    ) {
        var byName: [String: [Int]] = [:]
        for index in mentions.indices where mentions[index].type == .person && mentions[index].isWeak {
            byName[names[index], default: []].append(index)
        }
        for (name, indices) in byName.sorted(by: { $0.key < $1.key }) {
            if heads[name] != nil { continue }
            let words = name.spaceSeparatedWords
            if words.count == 1 && lexicon.surnames[name] != nil { continue }
            if words.count > 1 && lexicon.givenNames[String(words[0])] != nil { continue }
            if lexicon.cue("non-entity-acronym", contains: name.filter { $0 != " " }) { continue }
            // "in Natanz"; "the town of Jericho" and "Helmand province": a unit's noun names the
            // place that unit is, after it with "of" or, in lower case, right after it.
            let inPlacePosition = indices.contains { index in
                let (start, end) = (mentions[index].start, mentions[index].end)
                return start > 0 && lexicon.cue("place-preposition", contains: tokens[start - 1].key)
                    || (start > 1 && tokens[start - 1].key == "of" && lexicon.cue("unit-noun", contains: tokens[start - 2].key))
                    || (end < tokens.count && !tokens[end].isCapitalized && lexicon.cue("unit-noun", contains: tokens[end].key))
            }
            let inside = indices.filter { index in
                let start = mentions[index].start
                return start > 0 && tokens[start - 1].newlinesBefore == 0 && !tokens[start - 1].isTerminal
                    && tokens[start - 1].key != "\""
            }
            let type: EntityType
            if inPlacePosition {
                type = .place
            } else if inside.count >= 2 {
                type = .agency
            } else {
                continue
            }
            for index in indices {
                mentions[index].type = type
                mentions[index].key = .named(type, name)
                mentions[index].isWeak = false
                mentions[index].evidence = type == .place ? .placePreposition : .knownInDocument
                if type == .agency { mentions[index].attributes["kind"] = "organisation" }
            }
        }
    }

    /// The one full name, given before `position`, that `words` files under `name`, where no
    /// full name ends in it: `words` by first word, "Saddam Hussein" … "Saddam", "Moqtada
    /// al-Sadr" … "Moqtada" (news calls some leaders and most children by the given name); by
    /// inner word, "Ana Maria Souto Lima" … "Souto" (`byInnerWord`). Not where two full names
    /// hold it ("Ana Lima" and "Ana Souza"), nor where it is also someone's family name.
    private func onlyFullName(
        filing name: String, before position: Int, in words: [String: [FullName]], _ byShortForm: [String: [FullName]]
    ) -> String? {
        guard byShortForm[name] == nil, let heads = words[name], heads.allSatisfy({ $0.name == heads[0].name }),
            heads[0].position < position
        else { return nil }
        return heads[0].name
    }

    /// Full names of three words or more by their inner words that no lexicon gives as a given
    /// name or a joining word: where names carry two family names (the father's and the
    /// mother's, as in Spanish and Portuguese), the text goes on to call the person by the first
    /// of them ("Ana Maria Souto Lima" … "Souto"), which is neither the first word nor the last.
    /// A middle given name ("Maria") is left out: it is no way to refer to one person.
    private func byInnerWord(_ fullNames: [FullName]) -> [String: [FullName]] {
        var out: [String: [FullName]] = [:]
        for head in fullNames where head.familyFirst == nil {
            let words = head.name.spaceSeparatedWords
            guard words.count >= 3 else { continue }
            for word in words.dropFirst().dropLast() {
                let key = word.lowercased()
                guard lexicon.givenNames[key] == nil, !lexicon.isFunctionWord(key) else { continue }
                out[String(word), default: []].append(head)
            }
        }
        return out
    }

    /// "Ana Maria Souto Lima ... Souto said": a one-word name that only the tagger typed, as a
    /// place or a body, is a person where the document has already given a full name that ends
    /// in it or holds it as an inner word; the tagger reads one sentence, the document has said
    /// whose name it is. So is a town's name the gazetteer knows that is an inner word of one
    /// such name, where nothing makes a place of it ("in", "to": `place-preposition`,
    /// `place-movement`) or a modifier ("the Quevedo road"): many a family name is also a town's.
    /// Not a town's name that ends a person's name ("Ana Lima" and "the Lima talks"): a person is
    /// named after a town more often than the town is the person's. A name another rule typed
    /// keeps its type.
    private func typeInnerNamesAsPeople(
        _ mentions: inout [MentionCandidate], _ names: inout [String], _ byShortForm: [String: [FullName]],
        _ byInnerWord: [String: [FullName]], _ tokens: [Token]
    ) {
        guard !byShortForm.isEmpty else { return }
        for index in mentions.indices where mentions[index].type != .person {
            let isLearned = mentions[index].evidence == .learned
            let isTown =
                mentions[index].type == .place && mentions[index].evidence == .lexicon && mentions[index].placeLevel == .city
            guard isLearned || isTown else { continue }
            let name = normalisedName(mentions[index].name)
            guard !name.utf8.contains(UInt8(ascii: " ")) else { continue }
            let start = mentions[index].start
            if isTown, start > 0 {
                let before = tokens[start - 1].key
                if before == "the" || lexicon.cue("place-preposition", contains: before)
                    || lexicon.cue("place-movement", contains: before)
                {
                    continue
                }
            }
            let endsFullName = isLearned && (byShortForm[name] ?? []).contains { $0.position < start }
            guard endsFullName || onlyFullName(filing: name, before: start, in: byInnerWord, byShortForm) != nil else { continue }
            mentions[index].type = .person
            mentions[index].key = nil
            mentions[index].attributes = [:]
            mentions[index].country = nil
            mentions[index].placeCountry = nil
            mentions[index].placeLevel = nil
            mentions[index].isPlaceUse = false
            names[index] = name
        }
    }

    /// Full names written given name first, by that first word.
    private static func byFirstWord(_ fullNames: [FullName]) -> [String: [FullName]] {
        var out: [String: [FullName]] = [:]
        for head in fullNames where head.familyFirst == nil {
            guard let space = head.name.utf8.firstIndex(of: UInt8(ascii: " ")) else { continue }
            out[String(head.name[..<space]), default: []].append(head)
        }
        return out
    }

    private func nearestBefore(_ candidates: [FullName], _ position: Int) -> String? {
        if candidates.count <= 1 { return candidates.first?.name }
        return candidates.filter { $0.position < position }.max { $0.position < $1.position }?.name ?? candidates.first?.name
    }

    /// A one-word name one edit from the family name of a person listed in the same sentence
    /// ("between Hu, Lema and Berg" when the text names He Jianming).
    private func spellingVariant(
        of index: Int, named name: String, in mentions: [MentionCandidate], names: [String], people: SentencePeople,
        variants: inout VariantLookup
    ) -> (name: String, display: String)? {
        guard !name.utf8.contains(UInt8(ascii: " ")) else { return nil }
        guard people.listsAnother(than: mentions[index]) else { return nil }
        let close = variants.candidates(for: name).filter { head in
            let family = head.family
            // The cheap tests before the edit distance.
            return family.first == name.first && family.count >= 2 && EditDistance.isOneEdit(family, name)
        }
        guard close.count == 1 else { return nil }
        let target = close[0].name
        let display = variants.firstMention(named: target, in: mentions, names: names).map { mentions[$0].name }
        return (target, display ?? target)
    }

    /// The people each sentence names with evidence of their own, kept up to date as short forms
    /// resolve: whether a sentence lists another person is then one look-up, where a scan of the
    /// document's mentions for each short form made a long article quadratic (issue 15).
    private struct SentencePeople {
        /// Per sentence: how many established person mentions start at each token.
        private var starts: [Int: [Int: Int]] = [:]
        /// Per sentence: how many established person mentions it holds.
        private var totals: [Int: Int] = [:]

        init(_ mentions: [MentionCandidate]) {
            for index in mentions.indices where mentions[index].type == .person && !mentions[index].isWeak {
                count(mentions[index])
            }
        }

        private mutating func count(_ mention: MentionCandidate) {
            starts[mention.sentence, default: [:]][mention.start, default: 0] += 1
            totals[mention.sentence, default: 0] += 1
        }

        /// Marks the person mention at `index` as established (not weak), counting it if it was weak.
        mutating func establish(_ index: Int, in mentions: inout [MentionCandidate]) {
            if mentions[index].isWeak { count(mentions[index]) }
            mentions[index].isWeak = false
        }

        /// Whether the mention's sentence holds an established person mention starting elsewhere.
        func listsAnother(than mention: MentionCandidate) -> Bool {
            let total = totals[mention.sentence] ?? 0
            return total - (starts[mention.sentence]?[mention.start] ?? 0) > 0
        }
    }

    /// The full names a one-word name might misspell, by first letter (a variant keeps it) and
    /// length (one edit changes it by at most one scalar), and the first mention of each name,
    /// found once: comparing every full name and scanning every mention per short form made a
    /// long article quadratic.
    private struct VariantLookup {
        private struct Bucket: Hashable {
            var first: Unicode.Scalar?
            var length: Int
        }
        private var buckets: [Bucket: [FullName]] = [:]
        private var firstMentions: [String: Int]?

        init(_ fullNames: [FullName]) {
            for head in fullNames {
                let family = head.family.unicodeScalars
                buckets[Bucket(first: family.first, length: family.count), default: []].append(head)
            }
        }

        /// The full names whose family name starts with `name`'s first scalar (equal first
        /// characters start so) and is within one scalar of its length.
        func candidates(for name: String) -> [FullName] {
            let scalars = name.unicodeScalars
            return (scalars.count - 1...scalars.count + 1).flatMap { buckets[Bucket(first: scalars.first, length: $0)] ?? [] }
        }

        /// The first mention whose name (normalised) is `target`.
        mutating func firstMention(named target: String, in mentions: [MentionCandidate], names: [String]) -> Int? {
            if firstMentions == nil {
                var first: [String: Int] = [:]
                for other in mentions.indices.reversed() {
                    first[mentions[other].type == .person ? names[other] : normalisedName(mentions[other].name)] = other
                }
                firstMentions = first
            }
            return firstMentions?[target]
        }
    }

    /// "the Institute for Regional Security Studies (IRSS)", and later "IRSS": an
    /// acronym defined in brackets, or made of the initials of an agency or a country the text
    /// names ("the Central African Republic", later "the CAR"), resolves to it.
    private func resolveAcronyms(_ mentions: inout [MentionCandidate], _ tokens: [Token]) {
        // Most documents use no acronym: spare them the agencies' initials.
        guard mentions.indices.contains(where: { mentions[$0].evidence == .acronym }) else { return }
        var byAcronym: [String: Int] = [:]
        for index in mentions.indices
        where (mentions[index].type == .agency || mentions[index].type == .country) && mentions[index].evidence != .acronym {
            if let initials = Self.initials(of: mentions[index].name) { byAcronym[initials] = byAcronym[initials] ?? index }
            // "(IRSS)" right after the name; not after a country's ("a British (ITV) interview").
            let end = mentions[index].end
            if mentions[index].type == .agency, end + 2 < tokens.count, tokens[end].key == "(", tokens[end + 2].key == ")", tokens[end + 1].isAllCaps {
                byAcronym[tokens[end + 1].key] = index
            }
        }
        for index in mentions.indices where mentions[index].evidence == .acronym {
            guard let acronym = mentions[index].key?.name, let target = byAcronym[acronym] else { continue }
            mentions[index].type = mentions[target].type
            mentions[index].key = mentions[target].key
            mentions[index].name = mentions[target].name
            mentions[index].country = mentions[target].country
            mentions[index].attributes = mentions[target].attributes
            mentions[index].attributes["acronym"] = tokens[mentions[index].start].text
            mentions[index].isWeak = false
            mentions[target].attributes["acronym"] = tokens[mentions[index].start].text
        }
    }

    /// "the House of Representatives", and later "the House": a body's name cut before its
    /// "of" phrase names the body, when it is the only one of the document so named ("the
    /// Ministry" beside both "Ministry of Defence" and "Ministry of Finance" names neither).
    private func resolveShortBodyNames(_ mentions: inout [MentionCandidate]) {
        var byHead: [String: Set<EntityKey>] = [:]
        var mentionOfKey: [EntityKey: Int] = [:]
        for index in mentions.indices where mentions[index].type == .agency && !mentions[index].isWeak {
            let name = mentions[index].name.lowercased()
            guard let key = mentions[index].key, let head = Self.head(beforeOf: name) else { continue }
            byHead[head, default: []].insert(key)
            mentionOfKey[key] = mentionOfKey[key] ?? index
        }
        guard !byHead.isEmpty else { return }
        for index in mentions.indices where mentions[index].type == .agency {
            guard let keys = byHead[mentions[index].name.lowercased()], keys.count == 1, let key = keys.first,
                key != mentions[index].key, let target = mentionOfKey[key]
            else { continue }
            mentions[index].key = key
            mentions[index].name = mentions[target].name
            mentions[index].country = mentions[target].country
            mentions[index].attributes = mentions[target].attributes
            mentions[index].isWeak = false
        }
    }

    /// What comes before the first " of " of a name ("bank" of "bank of england"), nil if it
    /// has none. An ASCII name is searched byte by byte: Foundation's `range(of:)`, which
    /// compares composed characters, was most of the time of `resolveShortBodyNames`, and finds
    /// the same in ASCII.
    static func head(beforeOf name: String) -> String? {
        let bytes = name.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return name.range(of: " of ").map { String(name[..<$0.lowerBound]) }
        }
        let pattern = Array(" of ".utf8)
        var start = bytes.startIndex
        var count = 0
        while let end = bytes.index(start, offsetBy: pattern.count, limitedBy: bytes.endIndex) {
            if bytes[start..<end].elementsEqual(pattern) { return String(decoding: bytes.prefix(count), as: UTF8.self) }
            start = bytes.index(after: start)
            count += 1
        }
        return nil
    }

    /// Initials of the content words: "Institute for Regional Security Studies" → "irss".
    static func initials(of name: String) -> String? {
        var initials = ""
        var words = 0
        for word in normalisedName(name).spaceSeparatedWords {
            switch word {
            case "of", "for", "and", "the", "on", "in", "de", "&": continue
            default:
                initials.append(word.first!)  // split leaves no empty word
                words += 1
            }
        }
        return words >= 2 ? initials : nil
    }
}
