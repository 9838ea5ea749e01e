import Foundation
import NewsGraphCore

/// The general world knowledge and the linguistic data extraction reads: countries, places,
/// known bodies, titles, names, triggers and cue words. Loaded once from the package's
/// resources, extended by the user's own lexicon files.
public struct Lexicon: Sendable {
    public internal(set) var countries: [CountryEntry] = []
    public internal(set) var places: [PlaceEntry] = []
    public internal(set) var known: [KnownEntity] = []
    public internal(set) var titles: [TitleEntry] = []
    var titleModifiers: Set<String> = []
    var portfolios: Set<String> = []
    var organisationHeads: [String: String] = [:]
    var givenNames: [String: NameFlags] = [:]
    var surnames: [String: NameFlags] = [:]
    var functionWords: Set<String> = []
    /// Words that make a capitalised phrase a place's name, as its last word ("Alder Creek") or
    /// its first ("Mount Kenya").
    var placeLastWords: [String: PlaceLevel] = [:]
    var placeFirstWords: [String: PlaceLevel] = [:]
    /// Words that, before "of" and a name, open the name of the unit they say ("Kingdom of Prussia").
    var placeOfWords: [String: PlaceLevel] = [:]
    /// Words that judge or grade rather than say what a thing is ("sweeping", "fragile").
    var evaluativeWords: Set<String> = []
    /// Religions, peoples and political camps: capitalised, never one person's or body's name.
    var groupNames: Set<String> = []
    /// Common English words, as the training sets write them (`model/common-words.txt`, written
    /// by `make model`): capitalised only by where they stand, they are no names.
    var commonEnglishWords: Set<String> = []
    /// Page-furniture phrases, as token keys joined by spaces ("add a comment").
    var furniture: [String] = []
    var cueWords: [String: Set<String>] = [:]
    /// The same classes by vocabulary number, for rules that test token after token
    /// (`cueSet(_:)`).
    private(set) var cueWordSets: [String: WordSet] = [:]
    /// Words that end an event's name ("Olympics", "Cup"), by key (patterns/event-names.tsv).
    var eventNameHeads: [String: EventNameHead] = [:]
    /// Kinds of meeting that are not gatherings of parties who confer (elections, visits, games):
    /// other words never refer back to them (the `distinct` role and column).
    var distinctMeetingKinds: Set<String> = []
    /// The words around a description ("is a small town"), by role: copula, article, stop
    /// (patterns/description-words.tsv).
    var descriptionWords: [String: Set<String>] = [:]
    /// The meeting and policy rules' word lists by name, in file order (patterns/event-words.tsv).
    var eventWordLists: [String: [String]] = [:]
    /// The lists the event rules read: the file must name each.
    static let eventWordListNames = [
        "verb-object-ends", "modals", "object-prepositions", "verbalisers", "noun-followers", "phrase-prepositions",
        "aiming-prepositions", "phrase-stops", "second-phrase-openers", "dating-prepositions", "clause-breaks",
        "effect-markers", "participant-markers", "participant-title-words", "weekday-openers", "may-openers",
        "month-openers", "future-markers",
    ]
    /// Words before a name that make it a person's ("Mr.", "Dr"), and the length of the longest.
    private(set) var honorifics: Set<String> = []
    private(set) var longestHonorific = 0
    /// Particles inside a name that are not names themselves ("de", "bin").
    private(set) var nameParticles: Set<String> = []
    /// Words after which a capitalised name is in a place's position: the `place-preposition`
    /// and `place-movement` cue classes.
    private(set) var placeLeadWords: Set<String> = []
    /// The single words of a byline's label or verb ("Author", "Reporting"), and "by": alone in
    /// a byline, none of them is a name.
    private(set) var bylineWords: Set<String> = []
    /// Months, weekdays and relative days by number (patterns/calendar.tsv).
    var calendar = CalendarWords()
    /// Number words, units and bounds quantities are read by (patterns/quantities.tsv).
    var quantityWords = QuantityWords()
    /// The status cue classes of `cueWords`, by word.
    private(set) var statusCues = StatusCues()
    var countryByCode: [String: Int] = [:]

    let tokenizer: Tokenizer
    var phrases = PhraseIndex()
    var cues = CuePhrases()
    private(set) var vocabulary = Vocabulary()

    /// The lexicon that ships with newsgraph, plus the user's files (see `addUserLexicon`).
    public static func standard(userFiles: [String] = []) throws -> Lexicon {
        var lexicon = try Lexicon(resources: Self.resourceFolder())
        for file in userFiles { try lexicon.addUserLexicon(path: file) }
        return lexicon
    }

    static func resourceFolder() -> URL {
        guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            fatalError("newsgraph is installed without its lexicons (Resources/)")
        }
        return url
    }

    init(resources: URL) throws {
        // Every file is part of the package: one missing would leave its rules silently without
        // their words, so it is an error naming the file.
        func text(_ relative: String) throws -> String {
            let url = resources.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw ExtractionError.badLexicon(path: url.path, line: 0, reason: "missing from the installed package")
            }
            return try String(contentsOf: url, encoding: .utf8)
        }
        func words(_ relative: String) throws -> [String] {
            TSVReader.rows(of: try text(relative)).map { $0[0].lowercased() }
        }
        let abbreviations = Set(try words("lexicons/abbreviations.txt"))
        tokenizer = Tokenizer(abbreviations: abbreviations)
        functionWords = Set(try words("lexicons/function-words.txt"))
        groupNames = Set(try words("lexicons/group-names.txt"))
        commonEnglishWords = Set(try words("model/common-words.txt"))
        titleModifiers = Set(try words("lexicons/title-modifiers.txt"))
        portfolios = Set(try words("lexicons/portfolios.txt"))
        evaluativeWords = Set(try words("lexicons/evaluative-words.txt"))
        for row in TSVReader.rows(of: try text("lexicons/place-words.tsv")) {
            guard let level = PlaceLevel(word: row[2]) else {
                throw ExtractionError.badLexicon(path: "place-words.tsv", line: row.line, reason: "unknown level '\(row[2])' (region, district, city, site)")
            }
            switch row[1] {
            case "last": placeLastWords[row[0].lowercased()] = level
            case "first": placeFirstWords[row[0].lowercased()] = level
            case "of": placeOfWords[row[0].lowercased()] = level
            default:
                throw ExtractionError.badLexicon(path: "place-words.tsv", line: row.line, reason: "unknown position '\(row[1])' (last, first, of)")
            }
        }
        furniture = try words("patterns/page-furniture.txt").map { [tokenizer] phrase in
            tokenizer.tokenize(Array(phrase.unicodeScalars)).map(\.key).joined(separator: " ")
        }
        for row in TSVReader.rows(of: try text("lexicons/organisation-heads.tsv")) where organisationHeads[row[0]] == nil {
            organisationHeads[row[0].lowercased()] = row[1]
        }
        for row in TSVReader.rows(of: try text("lexicons/countries.tsv")) {
            addCountry(CountryEntry(code: row[0], name: row[1], aliases: row.list(2), demonyms: row.list(3), capitals: row.list(4)))
        }
        // Where two cities share a name, the capital, then the larger, is the one news means
        // ("Colombo" is Sri Lanka's, not the Brazilian town's): it is inserted first.
        let cities = TSVReader.rows(of: try text("lexicons/cities.tsv")).map { row in
            (entry: PlaceEntry(name: row[0], aliases: row.list(2), country: row[1].isEmpty ? nil : row[1]),
             population: Int(row[3]) ?? 0)
        }
        let capitals = Set(countries.flatMap { country in country.capitals.map { "\(country.code)|\($0)" } })
        let ranked = cities.enumerated().map { offset, city in
            (capitals.contains("\(city.entry.country ?? "")|\(city.entry.name)") ? 0 : 1, -city.population, offset)
        }
        for (_, _, offset) in ranked.sorted(by: { $0 < $1 }) { addPlace(cities[offset].entry) }
        for row in TSVReader.rows(of: try text("lexicons/regions.tsv")) {
            addPlace(
                PlaceEntry(
                    name: row[0], aliases: row.list(1), country: row[3].isEmpty ? nil : row[3],
                    // A region or a sea of no one country ("Central Asia", "the Middle East", "the
                    // Atlantic Ocean") is larger than a country: no country or town holds it.
                    level: row[3].isEmpty ? .continent : PlaceLevel(regionKind: row[2])))
        }
        for file in [
            "lexicons/international-bodies.tsv", "lexicons/government-bodies.tsv", "lexicons/news-organisations.tsv",
            "lexicons/commodities.tsv",
        ] {
            try addEntities(text(file), path: file)
        }
        addCommodityFamilies()
        for row in TSVReader.rows(of: try text("lexicons/titles.tsv")) {
            guard let titleClass = TitleClass(rawValue: row[1]) else {
                throw ExtractionError.badLexicon(path: "titles.tsv", line: row.line, reason: "unknown class '\(row[1])'")
            }
            addTitle(TitleEntry(phrase: row[0], titleClass: titleClass, agencyTemplate: row[2].isEmpty ? nil : row[2]))
        }
        for (file, table) in [("lexicons/given-names.tsv", \Lexicon.givenNames), ("lexicons/surnames.tsv", \Lexicon.surnames)] {
            for row in TSVReader.rows(of: try text(file)) {
                self[keyPath: table][row[0].lowercased()] = NameFlags(field: row[1])
            }
        }
        for row in TSVReader.rows(of: try text("patterns/meeting-triggers.tsv")) {
            var trigger = MeetingTrigger(kind: row[1], isVerb: row[2] == "verb")
            for role in row.list(3) {
                switch role {
                case "host": trigger.countryHosts = true
                case "visit": trigger.isVisit = true
                case "distinct": trigger.refersOnlyToItsKind = true
                default:
                    throw ExtractionError.badLexicon(
                        path: "meeting-triggers.tsv", line: row.line, reason: "unknown role '\(role)' (host, visit, distinct)")
                }
            }
            if trigger.refersOnlyToItsKind { distinctMeetingKinds.insert(trigger.kind) }
            phrases.insert(row[0], .meetingTrigger(trigger), tokenizer: tokenizer, vocabulary: &vocabulary)
        }
        for row in TSVReader.rows(of: try text("patterns/event-names.tsv")) {
            guard let needs = EventNameHead.Needs(rawValue: row[2].isEmpty ? "-" : row[2]) else {
                throw ExtractionError.badLexicon(path: "event-names.tsv", line: row.line, reason: "unknown need '\(row[2])' (-, alone, dated)")
            }
            eventNameHeads[row[0].lowercased()] = EventNameHead(kind: row[1], needs: needs)
            if row[3] == "distinct" { distinctMeetingKinds.insert(row[1]) }
        }
        for row in TSVReader.rows(of: try text("patterns/policy-triggers.tsv")) {
            phrases.insert(
                row[0], .policyTrigger(
                    PolicyTrigger(kind: row[1], family: row[3].isEmpty ? row[1] : row[3], needs: row.list(2), aims: row.list(4))),
                tokenizer: tokenizer, vocabulary: &vocabulary)
        }
        for row in TSVReader.rows(of: try text("patterns/event-words.tsv")) {
            eventWordLists[row[0], default: []] += row.list(1).map { $0.lowercased() }
        }
        for name in Self.eventWordListNames where eventWordLists[name] == nil {
            throw ExtractionError.badLexicon(path: "event-words.tsv", line: 0, reason: "no list '\(name)'")
        }
        for row in TSVReader.rows(of: try text("patterns/description-words.tsv")) {
            descriptionWords[row[0], default: []].formUnion(row.list(1).map { $0.lowercased() })
        }
        quantityWords = try QuantityWords(
            rows: TSVReader.rows(of: try text("patterns/quantities.tsv")), path: "quantities.tsv", vocabulary: &vocabulary
        ) { [tokenizer] phrase in tokenizer.tokenize(Array(phrase.unicodeScalars)).map(\.key) }
        calendar = try CalendarWords(rows: TSVReader.rows(of: try text("patterns/calendar.tsv")), path: "calendar.tsv")
        // The calendar's months and weekdays are cue classes like the rest, tested by name.
        let calendarCues = [
            ("month", calendar.months.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)),
            ("weekday", calendar.weekdays.sorted { $0.value < $1.value }.map(\.key)),
        ]
        let cueRows = TSVReader.rows(of: try text("patterns/cues.tsv")).map { ($0[0], $0.list(1)) }
        for (name, words) in cueRows + calendarCues {
            for word in words {
                cueWords[name, default: []].insert(word.lowercased())
                cues.insert(word, class: name, tokenizer: tokenizer, vocabulary: &vocabulary)
            }
        }
        statusCues = StatusCues(cueWords: cueWords, vocabulary: &vocabulary)
        for name in cueWords.keys.sorted() { cueWordSets[name] = WordSet(cueWords[name]!.sorted(), vocabulary: &vocabulary) }
        honorifics = cueWords["honorific"] ?? []
        longestHonorific = honorifics.map(\.utf8.count).max() ?? 0
        nameParticles = cueWords["name-particle"] ?? []
        placeLeadWords = (cueWords["place-preposition"] ?? []).union(cueWords["place-movement"] ?? [])
        let bylinePhrases = (cueWords["byline-label"] ?? []).union(cueWords["byline-verb"] ?? [])
        bylineWords = Set(bylinePhrases.flatMap { $0.split(separator: " ").map(String.init) } + ["by"])
        numberNameWords()
    }

    /// Numbers the words the name tagger's features ask about (given names, surnames, function
    /// words, organisation and place words, honorifics), so it reads their facts by a token's
    /// number instead of hashing its key into every table (`NameFeatures.WordFacts`).
    private mutating func numberNameWords() {
        for table in [givenNames, surnames] {
            for word in table.keys.sorted() { _ = vocabulary.add(word) }
        }
        for words in [functionWords, Set(organisationHeads.keys), Set(placeLastWords.keys), Set(placeFirstWords.keys), honorifics] {
            for word in words.sorted() { _ = vocabulary.add(word) }
        }
    }

    /// A commodity whose name opens with another commodity's ("rare earth magnets", "steel
    /// pipes") belongs to that commodity's family, so that measures on either are told apart
    /// from other goods alike; an entry's own `family=` stands.
    private mutating func addCommodityFamilies() {
        func keys(_ name: String) -> [String] { tokenizer.tokenize(Array(name.unicodeScalars)).filter { !$0.isHyphen }.map(\.key) }
        var commodityOfPhrase: [[String]: Int] = [:]
        for (index, entity) in known.enumerated() where entity.type == .commodity {
            for name in [entity.name] + entity.aliases { commodityOfPhrase[keys(name)] = commodityOfPhrase[keys(name)] ?? index }
        }
        for index in known.indices where known[index].type == .commodity && known[index].attributes["family"] == nil {
            let words = keys(known[index].name)
            // The longest other commodity whose name opens this one's.
            for length in stride(from: words.count - 1, through: 1, by: -1) {
                if let other = commodityOfPhrase[Array(words.prefix(length))], other != index {
                    known[index].attributes["family"] = known[other].name
                    break
                }
            }
        }
    }

    mutating func addCountry(_ country: CountryEntry) {
        let index = countries.count
        countries.append(country)
        countryByCode[country.code] = index
        for name in [country.name] + country.aliases { phrases.insert(name, .country(index), tokenizer: tokenizer, vocabulary: &vocabulary) }
        for demonym in country.demonyms { phrases.insert(demonym, .demonym(index), tokenizer: tokenizer, vocabulary: &vocabulary) }
    }

    mutating func addPlace(_ place: PlaceEntry) {
        let index = places.count
        places.append(place)
        let capitalOf = place.country.flatMap { code in
            countryByCode[code].flatMap { countries[$0].capitals.contains(place.name) ? $0 : nil }
        }
        for name in [place.name] + place.aliases {
            if let country = capitalOf {
                phrases.insert(name, .capital(place: index, country: country), tokenizer: tokenizer, vocabulary: &vocabulary)
            } else {
                phrases.insert(name, .place(index), tokenizer: tokenizer, vocabulary: &vocabulary)
            }
        }
    }

    mutating func addTitle(_ title: TitleEntry) {
        titles.append(title)
        phrases.insert(title.phrase, .title(titles.count - 1), tokenizer: tokenizer, vocabulary: &vocabulary)
    }

    mutating func addEntities(_ text: String, path: String) throws {
        for row in TSVReader.rows(of: text) {
            switch row[0] {
            case "title":
                guard let titleClass = TitleClass(rawValue: TSVReader.attributes(row[3])["class"] ?? "official") else {
                    throw ExtractionError.badLexicon(path: path, line: row.line, reason: "unknown title class")
                }
                addTitle(TitleEntry(phrase: row[1].lowercased(), titleClass: titleClass, agencyTemplate: nil))
            case "given-name":
                givenNames[row[1].lowercased()] = []
                _ = vocabulary.add(row[1].lowercased())
            case "surname":
                surnames[row[1].lowercased()] = []
                _ = vocabulary.add(row[1].lowercased())
            case "country":
                let attributes = TSVReader.attributes(row[3])
                addCountry(
                    CountryEntry(
                        code: attributes["code"] ?? row[1], name: row[1], aliases: row.list(2),
                        demonyms: attributes["demonyms"].map { $0.split(separator: ",").map { String($0) } } ?? [],
                        capitals: []))
            case "place":
                addPlace(PlaceEntry(name: row[1], aliases: row.list(2), country: TSVReader.attributes(row[3])["country"]))
            default:
                guard let type = EntityType(rawValue: row[0]), [.person, .agency, .commodity].contains(type) else {
                    throw ExtractionError.badLexicon(
                        path: path, line: row.line,
                        reason: "unknown type '\(row[0])' (person, agency, country, place, commodity, title, given-name, surname)")
                }
                guard !row[1].isEmpty else {
                    throw ExtractionError.badLexicon(path: path, line: row.line, reason: "no name")
                }
                known.append(KnownEntity(type: type, name: row[1], aliases: row.list(2), attributes: TSVReader.attributes(row[3])))
                for name in [row[1]] + row.list(2) { phrases.insert(name, .known(known.count - 1), tokenizer: tokenizer, vocabulary: &vocabulary) }
            }
        }
    }

    /// Adds a user's lexicon file: `type <TAB> name <TAB> aliases <TAB> key=value;...` per line,
    /// where type is person, agency, country, place, commodity, title, given-name or surname.
    public mutating func addUserLexicon(path: String) throws {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ExtractionError.badLexicon(path: path, line: 0, reason: "cannot read the file as UTF-8 text")
        }
        try addEntities(text, path: path)
    }

    // MARK: Look-ups

    /// Numbers words outside the lexicon's phrases too (the relation patterns' words), so a
    /// stage can know them by a token's number instead of hashing its key again. Only a
    /// `WordNumbering` asks, before the lexicon is frozen (`frozen(numbering:)`).
    mutating func number(_ word: String) -> Int32 { vocabulary.add(word) }

    func isFunctionWord(_ key: String) -> Bool { functionWords.contains(key) }

    /// The longest lexicon phrase at each position of `range`, left to right: how the mention
    /// recogniser reads a sentence.
    func longestPhrases(_ tokens: [Token], _ range: Range<Int>, into spans: inout [PhraseIndex.Match]) {
        spans.removeAll(keepingCapacity: true)
        var index = range.lowerBound
        while index < range.upperBound {
            // A word the vocabulary lacks (-1) starts no phrase: no need to ask the index.
            if tokens[index].id >= 0, let match = phrases.longestMatch(in: tokens, at: index, limit: range.upperBound),
                !isOvertaken(match, tokens, range)
            {
                spans.append(match)
                index = match.end
            } else {
                index += 1
            }
        }
    }

    /// The tokens of `range` that can stand before a name without being part of it: titles with
    /// their modifiers and portfolios ("former Trade Minister"), honorifics ("Mr."), and the
    /// countries and demonyms that qualify them ("U.S.", "German"). Training reads it to bring
    /// data whose person names hold titles to newsgraph's names, which do not.
    package func titleLikeTokens(_ tokens: [Token], _ range: Range<Int>) -> Set<Int> {
        var found = Set<Int>()
        for span in longestPhrases(tokens, range) {
            let isTitleLike = span.hits.contains { hit in
                switch hit {
                case .title, .country, .demonym: true
                default: false
                }
            }
            if isTitleLike { found.formUnion(span.start..<span.end) }
        }
        for index in range {
            let key = tokens[index].key
            if honorifics.contains(key) || titleModifiers.contains(key) || portfolios.contains(key) {
                found.insert(index)
            }
        }
        return found
    }

    /// The tokens of `range` inside a demonym ("Iranian", "South Korean") and no country name.
    package func demonymTokens(_ tokens: [Token], _ range: Range<Int>) -> Set<Int> {
        var found = Set<Int>()
        for span in longestPhrases(tokens, range) {
            let isDemonym = span.hits.contains { if case .demonym = $0 { true } else { false } }
            let isCountry = span.hits.contains { if case .country = $0 { true } else { false } }
            if isDemonym && !isCountry { found.formUnion(span.start..<span.end) }
        }
        return found
    }

    /// "The Commonwealth of Independent States": a phrase ("the Commonwealth") that a longer
    /// one starting inside it runs past gives way to that one, so the name read is the longest
    /// the words hold, not the leftmost.
    private func isOvertaken(_ match: PhraseIndex.Match, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard match.end - match.start >= 2 else { return false }
        return (match.start + 1..<match.end).contains { inner in
            tokens[inner].id >= 0
                && phrases.longestMatch(in: tokens, at: inner, limit: range.upperBound).map {
                    $0.end > match.end && $0.end - $0.start > match.end - match.start
                } == true
        }
    }

    func longestPhrases(_ tokens: [Token], _ range: Range<Int>) -> [PhraseIndex.Match] {
        var spans: [PhraseIndex.Match] = []
        longestPhrases(tokens, range, into: &spans)
        return spans
    }

    /// "Wang Jianguo", "Zhou Jianming", "Park Ji-hoon": the first word is a family name of a culture
    /// that writes it first, and the rest is not a Western surname ("Kim Davis" is not).
    func isFamilyNameFirst(_ parts: [String]) -> Bool {
        guard (2...3).contains(parts.count), let first = surnames[parts[0]], first.contains(.familyFirst),
            let last = parts.last
        else { return false }
        if let flags = surnames[last], !flags.contains(.familyFirst) { return false }
        return true
    }
    func cue(_ name: String, contains key: String) -> Bool { cueWords[name]?.contains(key) ?? false }
    /// A cue class's words, tested by a token's number: for rules that ask of every token.
    func cueSet(_ name: String) -> WordSet { cueWordSets[name] ?? WordSet() }
    func organisationKind(_ key: String) -> String? { organisationHeads[key] }
    /// The level of a place a word closes the name of, in the singular or the English plural
    /// ("Twin Lakes", "Atna Peaks", "Gatineau Rivers", "Twin Cities" name places as "Lake" does).
    func placeLevel(ofLastWord key: String) -> PlaceLevel? {
        if let level = placeLastWords[key] { return level }
        guard key.hasSuffix("s"), key.utf8.count > 3 else { return nil }
        return placeLastWords[key.hasSuffix("ies") ? String(key.dropLast(3)) + "y" : String(key.dropLast())]
    }
    /// Kinds of agency that are never a body of a country (the `independent-kind` cue class):
    /// "Japan's Kyodo news agency" is a Japanese news agency, not part of Japan's state.
    func isIndependentKind(_ kind: String?) -> Bool { kind.map { cue("independent-kind", contains: $0) } ?? false }
    /// `organisationKind(_:)` of a token's key: every organisation word is numbered
    /// (`numberNameWords`), so a token the vocabulary lacks needs no look-up.
    func organisationKind(_ token: Token) -> String? { token.id < 0 ? nil : organisationHeads[token.key] }
}
