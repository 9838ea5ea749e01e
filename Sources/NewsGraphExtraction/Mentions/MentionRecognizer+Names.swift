import NewsGraphCore

/// Names no lexicon knows: runs of capitalised words, typed by the evidence in and around them.
extension MentionRecognizer {
    /// Classifies a run of capitalised words by the evidence in and around it, appending the
    /// mention it gives.
    ///
    /// A run is first taken apart where it holds more than one name: in a heading only names the
    /// body established count, headlines join names with hyphens ("Lima-Okafor"), and a word
    /// before a given name describes the person ("Actor John Smyth"). What is left is one name
    /// or none, as `reading(of:_:)` decides.
    func nameMentions(_ run: ArraySlice<ResolvedUnit>, _ context: Context, into out: inout [MentionCandidate]) {
        let tokens = context.tokens
        var words: [Int] = []  // the run's words, by token index
        words.reserveCapacity(run.count)
        for unit in run where unit.isWord { words.append(unit.start) }
        guard !words.isEmpty else { return }
        // The parts between hyphens, if there are two or more.
        let parts = run.contains { isHyphen($0, tokens) } ? hyphenParts(run, tokens) : []
        if context.strict {
            knownNameInHeading(run, parts: parts, context, into: &out)
        } else if namesJoinedByHyphens(run, parts: parts, firstWord: words[0], context) {
            for part in parts { nameMentions(part, context, into: &out) }
        } else if let name = nameAfterDescription(run, words: words, tokens) {
            nameMentions(name, context, into: &out)
        } else if case .name(let mention) = reading(of: nameRun(run, words: words, context), context) {
            out.append(mention)
        }
    }

    /// What a rule makes of a run: no name at all, or the mention of one.
    enum NameReading {
        case noName
        case name(MentionCandidate)
    }

    /// What one run of capitalised words is, rule by rule.
    ///
    /// The order is the policy. What the words themselves are settles the run before any
    /// evidence around them is weighed: a short word in capitals is a body's acronym whatever
    /// stands before it, and a byline's word, a people or a pronoun is no name however it is
    /// used. Only then does the evidence around the words decide (`evidencedName`).
    private func reading(of name: NameRun, _ context: Context) -> NameReading {
        acronym(name) ?? bylineWord(name) ?? groupName(name, context.tokens) ?? awardOrDocumentName(name, context.tokens) ?? functionWord(name)
            ?? directionAlone(name, context.tokens) ?? evidencedName(name, context)
    }

    /// The evidence that makes a run a name, asked strongest first: the word right before it (an
    /// honorific, a byline, where staff work, a company noun), then the name's own words (a
    /// given name, a family name), then the sentence around it (a title or an apposition, a verb
    /// of speech). A run with none of it may still be a short form of a name (`mayBeShortName`).
    private func evidencedName(_ name: NameRun, _ context: Context) -> NameReading {
        let tokens = context.tokens
        var mention = name.mention(.person, evidence: .givenName)
        if isAfterHonorific(name) {
            mention.evidence = .title
            mention.start = name.start - 1  // "Mr. Obama" is the mention; "Obama" the name
        } else if name.sentence.zone == .byline {
            mention.evidence = .byline
        } else if isWhereStaffWork(name.start, name.sentence, tokens) {
            mention = name.mention(.agency, evidence: .companyNoun, key: .agency(normalisedName(name.text)))
        } else if let kind = companyNounKind(name, tokens) ?? companyRoleAfter(name, context)
            ?? companyResultAfter(name, context)
        {
            mention = name.mention(.agency, evidence: .companyNoun, key: .agency(normalisedName(name.text)))
            mention.attributes["kind"] = kind
        } else if let kind = bodyNounAfter(name, context) {
            mention = name.mention(.agency, evidence: .companyNoun, key: .agency(normalisedName(name.text)))
            mention.attributes["kind"] = kind
        } else if let level = siteNounAfter(name, context) ? .site : unitNamedAfterOf(name) {
            mention = name.mention(.place, evidence: .placePreposition, key: .place(normalisedName(name.text)))
            mention.placeLevel = level
        } else if isTitleOfWork(name.start, context.sentence, tokens) {
            return .noName
        } else if namesTeam(name.words, tokens) {
            mention = name.mention(.agency, evidence: .organisationHead, key: .agency(normalisedName(name.text)))
            mention.attributes["kind"] = "organisation"
        } else if opensWithGivenName(name, tokens) {
            mention.evidence = .givenName
        } else if opensWithFamilyName(name, tokens) || endsWithFamilyName(name) {
            mention.evidence = .surname
        } else if titleEnds(at: name.start, context) || isApposition(name.start, name.end, context) {
            mention.evidence = .apposition
        } else if isNamedSpeaker(name, context) {
            mention.evidence = .speech
            // "the Daily Planet said": an article makes the speaker a body; English sets none
            // before a person's bare name. A lone known name is more likely a title written as
            // one ("the Bishop said") than a body.
            let isLoneKnownName = name.words.count == 1
                && (lexicon.surnames[name.first.key] != nil || lexicon.givenNames[name.first.key] != nil)
            if name.previous?.key == "the", !isLoneKnownName {
                mention = name.mention(.agency, evidence: .speech, key: .agency(normalisedName(name.text)))
                mention.attributes["kind"] = "organisation"
            }
        } else {
            return mayBeShortName(name) ? .name(name.weakMention) : .noName
        }
        return .name(mention)
    }

    // MARK: Runs that hold more than one name

    /// In a heading or a dateline a run is a person only if the body already named one so: as a
    /// whole, or else part by part where hyphens join several ("Lima-Okafor Talks").
    private func knownNameInHeading(
        _ run: ArraySlice<ResolvedUnit>, parts: [ArraySlice<ResolvedUnit>], _ context: Context,
        into out: inout [MentionCandidate]
    ) {
        let start = run.first!.start
        let end = run.last!.end
        guard isKnownName(start, end, context) else {
            if parts.count > 1 { for part in parts { nameMentions(part, context, into: &out) } }
            return
        }
        out.append(
            MentionCandidate(
                type: .person, start: start, end: end, sentence: context.sentence.index,
                name: nameText(start, end, context.tokens), key: nil, evidence: .knownInDocument))
    }

    /// "Lima-Okafor": headlines join two people's names with a hyphen. Not when a given name
    /// opens the run ("Ana Lima-Costa" is one double family name) nor after an honorific ("Mr.
    /// Roed-Larsen" is one person's).
    private func namesJoinedByHyphens(
        _ run: ArraySlice<ResolvedUnit>, parts: [ArraySlice<ResolvedUnit>], firstWord: Int, _ context: Context
    ) -> Bool {
        let tokens = context.tokens
        let start = run.first!.start
        let afterHonorific = start > context.sentence.tokens.lowerBound && lexicon.honorifics.contains(tokens[start - 1].key)
        // "Terje Roed-Larsen": a name of two words or more before a hyphen is a person's, whose
        // family name the hyphen joins; headlines join family names alone.
        let oneWordEach = parts.allSatisfy { part in part.count(where: \.isWord) == 1 }
        return parts.count > 1 && oneWordEach && lexicon.givenNames[tokens[firstWord].key] == nil && !afterHonorific
    }

    /// "Actor John Smyth": a word that is no name, before a given name, describes the person; the
    /// name is the run from the given name on. Not a saint's word: "St. Mary's Hospital" is one name.
    private func nameAfterDescription(
        _ run: ArraySlice<ResolvedUnit>, words: [Int], _ tokens: [Token]
    ) -> ArraySlice<ResolvedUnit>? {
        // A given name that is also a common word ("John", "Will") describes no one unless the
        // text writes it in lower case too: "John Paul II" is one name.
        let first = tokens[words[0]].key
        guard words.count >= 3, !isPersonName(first), lexicon.givenNames[first] == nil || commonWords.contains(first),
            !saintWords.contains(tokens[words[0]]),
            lexicon.givenNames[tokens[words[1]].key] != nil,
            let secondUnit = run.firstIndex(where: { $0.start == words[1] })
        else { return nil }
        return run[secondUnit...]
    }

    private func isHyphen(_ unit: ResolvedUnit, _ tokens: [Token]) -> Bool {
        if case .connector(let index) = unit.unit { tokens[index].isHyphen } else { false }
    }

    /// Splits "Lima-Okafor" into its parts at hyphens; not at a hyphen after a name's particle
    /// ("Moqtada al-Sadr"), which belongs to the family name it opens, as "al-Assad" does.
    private func hyphenParts(_ run: ArraySlice<ResolvedUnit>, _ tokens: [Token]) -> [ArraySlice<ResolvedUnit>] {
        var parts: [ArraySlice<ResolvedUnit>] = []
        var partStart = run.startIndex
        for position in run.indices where isHyphen(run[position], tokens) {
            if position > run.startIndex, case .connector(let before) = run[position - 1].unit,
                lexicon.nameParticles.contains(tokens[before].key)
            {
                continue
            }
            parts.append(run[partStart..<position])
            partStart = position + 1
        }
        parts.append(run[partStart...])
        return parts.filter { $0.contains(where: \.isWord) }
    }

    // MARK: One run, one name or none

    /// A run of capitalised words that holds at most one name, with the words around it that the
    /// rules read.
    struct NameRun {
        /// The run's words, by token index (connectors such as a hyphen or "de" left out).
        var words: [Int]
        var start: Int
        var end: Int
        /// The run as a name is written (`nameText`).
        var text: String
        var first: Token
        var last: Token
        /// The token before the run, and the one before that ("analysts at Nordbank").
        var previous: Token?
        var beforePrevious: Token?
        /// Whether the run opens its sentence, where every word is capitalised.
        var isSentenceInitial: Bool
        var sentence: Sentence

        func mention(_ type: EntityType, evidence: MentionCandidate.Evidence, key: EntityKey? = nil) -> MentionCandidate {
            MentionCandidate(
                type: type, start: start, end: end, sentence: sentence.index, name: text, key: key, evidence: evidence)
        }

        /// A person with no evidence of its own, which resolution drops unless it ties the
        /// mention to a name the text establishes.
        var weakMention: MentionCandidate {
            var mention = mention(.person, evidence: .knownInDocument)
            mention.isWeak = true
            return mention
        }
    }

    private func nameRun(_ run: ArraySlice<ResolvedUnit>, words: [Int], _ context: Context) -> NameRun {
        let tokens = context.tokens
        let sentence = context.sentence
        let start = run.first!.start
        let end = run.last!.end
        return NameRun(
            words: words, start: start, end: end, text: nameText(start, end, tokens), first: tokens[words[0]],
            last: tokens[words[words.count - 1]],
            previous: start > sentence.tokens.lowerBound ? tokens[start - 1] : nil,
            beforePrevious: start - 2 >= sentence.tokens.lowerBound ? tokens[start - 2] : nil,
            isSentenceInitial: isSentenceInitial(start, sentence, tokens), sentence: sentence)
    }

    // MARK: What the words are

    /// "IRSS", "NASA": one short word in capitals, without periods, is a body's acronym; "CEO",
    /// "GDP" and the other acronyms that name no entity are nothing.
    private func acronym(_ name: NameRun) -> NameReading? {
        let word = name.first
        // "H.I.V.", "G.D.P.": written with periods, such an acronym still names nothing.
        if name.words.count == 1 && word.isAllCaps && word.text.utf8.contains(UInt8(ascii: ".")),
            nonEntityAcronyms.contains(word.key.replacingOccurrences(of: ".", with: ""))
        {
            return .noName
        }
        guard name.words.count == 1 && word.isAllCaps && !word.text.utf8.contains(UInt8(ascii: ".")) && word.text.count <= 6
        else { return nil }
        guard !nonEntityAcronyms.contains(word.key) else { return .noName }
        return .name(name.mention(.agency, evidence: .acronym, key: .agency(word.key)))
    }

    /// "By", "Reporting", "Editing": a byline's own words, capitalised there, name no one.
    private func bylineWord(_ name: NameRun) -> NameReading? {
        name.sentence.zone == .byline && name.words.count == 1 && lexicon.bylineWords.contains(name.first.key) ? .noName : nil
    }

    /// "Sunni", "Kurdish", "Republicans", "South Asian": peoples and camps, not names.
    private func groupName(_ name: NameRun, _ tokens: [Token]) -> NameReading? {
        namesGroup(name.words, tokens) ? .noName : nil
    }

    private func awardOrDocumentName(_ name: NameRun, _ tokens: [Token]) -> NameReading? {
        namesAward(name.words, tokens) || namesDocument(before: name.end, tokens) ? .noName : nil
    }

    /// "the Nuclear Non-Proliferation treaty", "the Halvik protocol": a name right before a
    /// document's noun in lower case (the `document-noun` cue class) is the document's,
    /// which the policy it names stands for; no person, body or place of its own.
    func namesDocument(before end: Int, _ tokens: [Token]) -> Bool {
        end < tokens.count && !tokens[end].isCapitalized && documentNouns.contains(tokens[end])
    }

    /// "the Nobel Peace Prize", "an Academy Award", "the Fields Medal": a name that ends in an
    /// award's word (the `award-word` cue class) names an award, which is neither who gives it
    /// nor who won it, and no type of the graph's.
    func namesAward(_ words: some BidirectionalCollection<Int>, _ tokens: [Token]) -> Bool {
        guard let last = words.last else { return false }
        return awardWords.contains(tokens[last])
    }

    /// Whether words name a people or a camp (group-names.txt), alone or after words of
    /// direction ("South Asian", "East Africans", "Western European"): an adjective or a plural
    /// that describes many, as "Asian" does, still does so with the part of the world narrowed.
    func namesGroup(_ words: some BidirectionalCollection<Int>, _ tokens: [Token]) -> Bool {
        guard let last = words.last, lexicon.groupNames.contains(tokens[last].key) else { return false }
        var seenGroup = false
        for word in words {
            let key = tokens[word].key
            if lexicon.groupNames.contains(key) {
                seenGroup = true
            } else if seenGroup || !lexicon.cue("direction-modifier", contains: key) {
                return false
            }
        }
        return true
    }

    /// "I", "We", "It": a function word is never a name; but "He" may be a family name, so
    /// inside a sentence it is kept for resolution to decide.
    private func functionWord(_ name: NameRun) -> NameReading? {
        guard name.words.count == 1 && lexicon.isFunctionWord(name.first.key) else { return nil }
        guard lexicon.surnames[name.first.key] != nil, !name.isSentenceInitial else { return .noName }
        return .name(name.weakMention)
    }

    /// "the North said", "ties with the West": a word of direction alone after "the" names a
    /// part of the world or of a country, or a bloc (`addCountriesCalledByTheirDirection` reads
    /// it as the country the article names so), never a person's or a body's name.
    private func directionAlone(_ name: NameRun, _ tokens: [Token]) -> NameReading? {
        name.start + 1 == name.end && isDirectionAlone(at: name.start, name.sentence, tokens) ? .noName : nil
    }

    /// Whether the word at `index` is a word of direction right after "the", with no
    /// capitalised word after it in its sentence.
    func isDirectionAlone(at index: Int, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        index > sentence.tokens.lowerBound && directionWords.contains(tokens[index]) && tokens[index - 1].key == "the"
            && (index + 1 == sentence.tokens.upperBound || !tokens[index + 1].isCapitalized)
    }

    // MARK: The evidence around the words

    /// "Mr. Obama", "Dr. Vance": an honorific makes the word after it a person's name.
    private func isAfterHonorific(_ name: NameRun) -> Bool {
        guard let previous = name.previous else { return false }
        return previous.kind == .word && lexicon.honorifics.contains(previous.key)
    }

    /// "analysts at Goldman Sachs", "economists at Nordbank": where a staff noun's people work is
    /// a body, whatever given name or town its own words are ("analysts at Morgan Stanley").
    func isWhereStaffWork(_ start: Int, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        let start = listStart(before: start, sentence, tokens)
        return start - 2 >= sentence.tokens.lowerBound && tokens[start - 1].key == "at"
            && staffNouns.contains(tokens[start - 2].key)
    }

    /// "analysts at Barclays and Nomura", "shares of Halvorsen, Norvik and Dravo": where the name
    /// at `start` closes a list of names joined by "and" or "or" (`list-joiner`), and by commas
    /// before that, the position of the list's first name; else `start`. The words before a
    /// list say of each of its names what they say of the first.
    func listStart(before start: Int, _ sentence: Sentence, _ tokens: [Token]) -> Int {
        let lower = sentence.tokens.lowerBound
        var joiner = start - 1
        guard joiner > lower, listJoiners.contains(tokens[joiner]) else { return start }
        if tokens[joiner - 1].keyByte == UInt8(ascii: ",") { joiner -= 1 }  // "A, B, and C"
        var first = start
        while true {
            // The name before the joiner: its capitalised words, back to the word before them.
            var opening = joiner
            while opening > lower, tokens[opening - 1].isCapitalized, joiner - opening < Self.longestListedName { opening -= 1 }
            guard opening < joiner else { return first }
            first = opening
            guard opening - 1 > lower, tokens[opening - 1].keyByte == UInt8(ascii: ","), tokens[opening - 2].isCapitalized else {
                return first
            }
            joiner = opening - 1
        }
    }

    /// The most capitalised words a name in a list is read back over.
    static let longestListedName = 6

    /// "shares of Halvorsen", "a stake in Santander": what investors hold is a company, whatever
    /// given name or town its own words are.
    func isHeldByInvestors(_ start: Int, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        let start = listStart(before: start, sentence, tokens)
        guard start - 2 >= sentence.tokens.lowerBound else { return false }
        let previous = tokens[start - 1].key
        return (previous == "of" || previous == "in") && holdingNouns.contains(tokens[start - 2].key)
    }

    /// "the carmaker Halvorsen", "the app Chatterly": a company noun names what follows it a
    /// company; a medium's noun ("the newspaper Dagbladet", "the daily X") and "media group X" a
    /// medium. What investors hold names a company too: "shares of Halvorsen", "a stake in
    /// Chatterly". A lone word that opens the sentence is not taken.
    /// - Returns: the body's kind, "company" or "media"; nil if no company noun stands before.
    private func companyNounKind(_ name: NameRun, _ tokens: [Token]) -> String? {
        if isHeldByInvestors(name.start, name.sentence, tokens) { return "company" }
        guard let previous = name.previous, companyNouns.contains(previous.key),
            !name.isSentenceInitial || name.words.count > 1
        else { return nil }
        // "the music producer Adam Anders": some company nouns are people's trades too, and a
        // given name then opens a person's name.
        if name.end - name.start == name.words.count, opensWithGivenName(name, tokens) { return nil }
        if mediaNouns.contains(previous.key) || name.beforePrevious?.key == "media" { return "media" }
        return "company"
    }

    /// "Halvorsen chief executive Ana Lima", "Chatterly analysts": right after a name, a title
    /// only a company or club gives (`company-title`) or people who work for or invest in one
    /// (`company-staff`) make the name the body's. Not a lone common word ("Company chief").
    /// - Returns: "company", or nil.
    private func companyRoleAfter(_ name: NameRun, _ context: Context) -> String? {
        guard !(name.words.count == 1 && commonWords.contains(name.first.key)), opensCompanyRole(at: name.end, context) else {
            return nil
        }
        return "company"
    }

    /// "Halvorsen's revenue", "Chatterly posted a record profit", "Norvik reported $2 billion in
    /// sales": what a company reports (`company-result`), after the name's possessive or a verb
    /// that reports or changes a result (`company-result-verb`) and a few words in lower case or
    /// figures, makes the name the company's; a person has no revenue to post.
    /// - Returns: "company", or nil.
    private func companyResultAfter(_ name: NameRun, _ context: Context) -> String? {
        let tokens = context.tokens
        let upper = context.sentence.tokens.upperBound
        var cursor = name.end
        // "Smith's profits", "Ana Lima's shares": a name the lexicon gives people stays a person's.
        let first = name.first.key
        let isPeoplesName =
            name.words.count == 1
            ? lexicon.surnames[first] != nil || lexicon.givenNames[first] != nil : opensWithGivenName(name, tokens)
        guard cursor + 1 < upper, !isPeoplesName else { return nil }
        if tokens[cursor].key == "'s" { return companyResults.contains(tokens[cursor + 1]) ? "company" : nil }
        guard companyResultVerbs.contains(tokens[cursor]) else { return nil }
        cursor += 1
        // "a record", "its quarterly", "$2 billion in": no capital, no clause's comma or end between.
        let reach = min(upper, cursor + 6)
        while cursor < reach, !tokens[cursor].isCapitalized, !tokens[cursor].isTerminal, tokens[cursor].key != "," {
            if companyResults.contains(tokens[cursor]) { return "company" }
            cursor += 1
        }
        return nil
    }

    /// Whether a company's or club's title (`company-title`), or else its people
    /// (`company-staff`) if `orStaff`, are written in lower case at `index`: the longest title
    /// there, and not one that "of" completes ("chief of staff" is a person's, "chief of police"
    /// a city's).
    func opensCompanyRole(at index: Int, orStaff: Bool = true, _ context: Context) -> Bool {
        let tokens = context.tokens
        let upper = context.sentence.tokens.upperBound
        guard index < upper, !tokens[index].isCapitalized else { return false }
        if orStaff && companyStaff.contains(tokens[index].key) { return true }
        var longest: TitleMention?
        for title in context.titles where title.start == index && title.end > (longest?.end ?? index) { longest = title }
        guard let title = longest, companyTitles.contains(title.role.lowercased()) else { return false }
        return title.end >= upper || tokens[title.end].key != "of"
    }

    /// "for The Daily Ledger", "in The Long Winter": inside a sentence, English capitalises an
    /// article only as the first word of a title (of a paper, a band, a book, a film), never of a
    /// person's name; with no evidence of a body (a company noun, a role), such a title names no
    /// one the graph can type.
    func isTitleOfWork(_ start: Int, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        tokens[start].key == "the" && tokens[start].isCapitalized && !isSentenceInitial(start, sentence, tokens)
    }

    /// "the Carolina Panthers", "Harbour Ducks", "Everly Brothers": a name of two words or more
    /// that ends in a plural noun names a team, a band or a body of many. A person's family
    /// name may end so ("Tom Jenkins"), but then the lexicon knows it or a given name opens the
    /// name, and no article stands before it.
    func namesTeam(_ words: some BidirectionalCollection<Int>, _ tokens: [Token]) -> Bool {
        guard let first = words.first, let last = words.last, first != last else { return false }
        let key = tokens[last].key
        guard isPluralNoun(key), lexicon.surnames[key] == nil, lexicon.givenNames[key] == nil else { return false }
        // "Atna Peaks", "Twin Cities": the plural of a place's word names places.
        if lexicon.placeLevel(ofLastWord: key) != nil { return false }
        if let flags = lexicon.givenNames[tokens[first].key], !flags.contains(.place) {
            return first > 0 && tokens[first - 1].key == "the"
        }
        return true
    }

    /// "panthers", "ducks", "teens", "cities": an English plural, with a consonant before the
    /// final "s", or "-ers" or "-ies", where names in "-as", "-is", "-os", "-us" and those
    /// spelled with letters English does not use ("Penedès") end otherwise.
    private func isPluralNoun(_ key: String) -> Bool {
        // Keys are lower case; the last four letters are read in place, without a copy.
        let tail = key.utf8.suffix(4)
        guard tail.count == 4, tail.last == UInt8(ascii: "s"), tail.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
        else { return false }
        let beforeS = tail[tail.index(tail.startIndex, offsetBy: 2)]
        return !"aeiouys".utf8.contains(beforeS) || key.hasSuffix("ers") || key.hasSuffix("ies")
    }

    /// "Ana Lima": a given name opens a name of two or more words. A given name that is also a
    /// common word ("Rose", "Will") opens one only if the next word is not written in lower case
    /// elsewhere in the text ("Rose Garden" beside "the garden").
    private func opensWithGivenName(_ name: NameRun, _ tokens: [Token]) -> Bool {
        guard name.words.count >= 2, let flags = lexicon.givenNames[name.first.key] else { return false }
        return !flags.contains(.word) || !commonWords.contains(tokens[name.words[1]].key)
    }

    /// "the Halvik news agency", "the Dravo party", "Norvik airlines": a body's common noun in
    /// lower case right after the name, a word of its field perhaps between (the
    /// `body-noun-after` and `body-noun-field` cue classes; `commonNounAfter`).
    /// - Returns: the body's kind: "media" for news bodies, else "organisation".
    private func bodyNounAfter(_ name: NameRun, _ context: Context) -> String? {
        guard let (noun, fields) = commonNounAfter(name, nouns: bodyNounsAfter, fields: bodyNounFields, upTo: 1, context)
        else { return nil }
        let tokens = context.tokens
        return fields.contains(where: { tokens[$0].key == "news" }) || mediaNouns.contains(tokens[noun].key) ? "media" : "organisation"
    }

    /// "the Manas air base", "the Jenin refugee camp", "the Tarvik gas field", "Halden airport":
    /// a site's common noun in lower case right after the name, up to two words of its kind
    /// between (the `site-noun-after` and `site-noun-field` cue classes; `commonNounAfter`).
    private func siteNounAfter(_ name: NameRun, _ context: Context) -> Bool {
        commonNounAfter(name, nouns: siteNounsAfter, fields: siteNounFields, upTo: 2, context) != nil
    }

    /// Whether a body's noun (`body-noun-after`), up to one word of its field before it, comes
    /// right after a name ending before `end`, whatever the name's words are.
    func bodyNounFollows(_ end: Int, _ context: Context) -> Bool {
        let tokens = context.tokens
        let upper = context.sentence.tokens.upperBound
        var noun = end
        if noun < upper, !tokens[noun].isCapitalized, bodyNounFields.contains(tokens[noun]) { noun += 1 }
        return noun < upper && !tokens[noun].isCapitalized && bodyNounsAfter.contains(tokens[noun])
    }

    /// A common noun of the class `nouns` in lower case right after a name, up to `upTo` words
    /// of the class `fields` between: English puts a body's or a site's own name before the
    /// common noun of its kind ("the Dravo party", "the Manas air base"). Not after a name a
    /// person may have ("a Novak company" is a company of Novak's) unless "the", a possessive
    /// (a determiner as "the" is: "Lima's State of Law coalition") or a compound adjective stands
    /// before it, as before no person's bare name ("the state-owned Petra news agency"); nor
    /// after a common word opening the sentence ("Government agency staff").
    /// - Returns: the noun's index and the field words', or nil.
    private func commonNounAfter(
        _ name: NameRun, nouns: WordSet, fields: WordSet, upTo most: Int, _ context: Context
    ) -> (noun: Int, fields: Range<Int>)? {
        let tokens = context.tokens
        let upper = context.sentence.tokens.upperBound
        var noun = name.end
        while noun < upper, noun - name.end < most, !tokens[noun].isCapitalized, fields.contains(tokens[noun]) {
            noun += 1
        }
        guard noun < upper, !tokens[noun].isCapitalized, nouns.contains(tokens[noun]),
            !(name.isSentenceInitial && name.words.count == 1 && commonWords.contains(name.first.key))
        else { return nil }
        let mayBePerson = name.words.contains { lexicon.givenNames[tokens[$0].key] != nil || lexicon.surnames[tokens[$0].key] != nil }
        if mayBePerson {
            guard let previous = name.previous,
                previous.key == "the" || previous.key == "'s"
                    || (!previous.isCapitalized && name.beforePrevious?.isHyphen == true)
            else { return nil }
        }
        return (noun, name.end..<noun)
    }

    /// "the town of Khan Younis", "the province of Ali Sabieh": a place's unit word in lower
    /// case before "of" says what the name after it is, whatever its words are as names (a
    /// given name opens many a town's name). English names people after "of" only with words
    /// of kin or office ("the son of", "the mayor of"), which are no unit of place.
    private func unitNamedAfterOf(_ name: NameRun) -> PlaceLevel? {
        guard name.previous?.key == "of", let unit = name.beforePrevious, !unit.isCapitalized else { return nil }
        return lexicon.placeOfWords[unit.key]
    }

    /// "Zhou Minghao": a family name written first, then a word that is no given name, common word
    /// or function word.
    private func opensWithFamilyName(_ name: NameRun, _ tokens: [Token]) -> Bool {
        guard name.words.count == 2, lexicon.surnames[name.first.key] != nil else { return false }
        let second = tokens[name.words[1]].key
        return lexicon.givenNames[second] == nil && !commonWords.contains(second) && !lexicon.isFunctionWord(second)
    }

    /// "Tove Brekkestad": two or three words that end in a family name that is no common word, and
    /// open with a word the text never writes in lower case.
    private func endsWithFamilyName(_ name: NameRun) -> Bool {
        guard (2...3).contains(name.words.count), let flags = lexicon.surnames[name.last.key], !flags.contains(.word)
        else { return false }
        return !commonWords.contains(name.first.key)
    }

    /// "said Brekkestad", "Brekkestad told": a verb of speech makes its subject a person. Not a
    /// lone word that opens the sentence ("Analysts said").
    /// Not a name inside a place's phrase ("Officials in Tartu said"): what follows a
    /// preposition is no subject, so the speaker is whoever the phrase is attached to.
    private func isNamedSpeaker(_ name: NameRun, _ context: Context) -> Bool {
        guard isSpeaker(name.start, name.end, context), !(name.isSentenceInitial && name.words.count == 1) else { return false }
        return name.previous.map { !lexicon.cue("place-preposition", contains: $0.key) } ?? true
    }

    /// A run with no evidence may still be a short form of a name the text establishes
    /// ("Okafor" after "Tom Okafor"), which resolution decides; not a run of four words or more,
    /// nor a lone common word, unless it is also a family name written inside the sentence ("He",
    /// "Young").
    private func mayBeShortName(_ name: NameRun) -> Bool {
        if name.words.count > 3 { return false }
        let key = name.first.key
        let isLoneCommonWord = name.words.count == 1 && (commonWords.contains(key) || lexicon.isFunctionWord(key))
        return !(isLoneCommonWord && (lexicon.surnames[key] == nil || name.isSentenceInitial))
    }

    /// A title ends right before `start`: "trade negotiator Tom Berg", or "..., Berg" after
    /// "Norway's chief trade negotiator,".
    private func titleEnds(at start: Int, _ context: Context) -> Bool {
        context.titles.indices.contains { title in
            let end = context.titles[title].end
            return end == start || (end == start - 1 && context.tokens[start - 1].key == ",")
        }
    }

    /// "Ana Lima, senior fellow at ...", "X, a director of ...".
    /// So is a title right after "as" ("approved X as defense minister"): a post someone is
    /// given or holds.
    private func isApposition(_ start: Int, _ end: Int, _ context: Context) -> Bool {
        let tokens = context.tokens
        guard end < context.sentence.tokens.upperBound, tokens[end].key == "," || tokens[end].key == "as" else { return false }
        var cursor = end + 1
        while cursor < context.sentence.tokens.upperBound && ["a", "an", "the"].contains(tokens[cursor].key) { cursor += 1 }
        return context.titles.indices.contains { context.titles[$0].start == cursor }
    }

    /// "said X", "X said", "X told".
    private func isSpeaker(_ start: Int, _ end: Int, _ context: Context) -> Bool {
        let tokens = context.tokens
        let sentence = context.sentence
        // "said X," or "said X." — not "said European leaders", where the name is a modifier.
        let modifiesNoun = end < sentence.tokens.upperBound && tokens[end].kind == .word && !tokens[end].isCapitalized
        if start > sentence.tokens.lowerBound, !modifiesNoun, speechVerbs.contains(tokens[start - 1].key) { return true }
        var after = end
        while after < sentence.tokens.upperBound && tokens[after].key == "," { after += 1 }
        return after < sentence.tokens.upperBound && tokens[after].kind == .word && !tokens[after].isCapitalized
            && speechVerbs.contains(tokens[after].key)
    }

    // MARK: Names of people

    /// A given name or surname that is not also a common word ("Henderson", not "Real").
    func isPersonName(_ key: String) -> Bool {
        [lexicon.givenNames[key], lexicon.surnames[key]].contains { flags in flags.map { !$0.contains(.word) } ?? false }
    }

    /// In a heading, a name counts only if the body already named a person so.
    func isKnownName(_ start: Int, _ end: Int, _ context: Context) -> Bool {
        context.known.contains(normalisedName(nameText(start, end, context.tokens)))
    }
}
