import Foundation
import NewsGraphCore

/// What a capitalised chunk names.
extension MentionRecognizer {

    /// Appends what a chunk names to `mentions` and the titles in it to `titles`.
    func interpret(
        _ chunk: ResolvedChunk, _ context: Context, into mentions: inout [MentionCandidate], titles: inout [TitleMention]
    ) {
        let spans = context.spans
        var parts = chunk.units
        // "ASEAN Summit", "G20 Summit": the trigger word is the meeting's, not part of the name.
        if parts.count > 1, case .span(let index) = parts.last!.unit, isMeetingNoun(spans[index]) {
            parts.removeLast()
        }
        // "John Major", "Stephen King": a one-word title that closes a chunk after a name's words,
        // with no holder's name after it, is the family name it also is.
        if let last = parts.last, case .title(let title) = last.unit, parts.count > 1, parts[parts.endIndex - 2].isWord,
            last.end - last.start == 1, context.titles[title].start == last.start,
            lexicon.surnames[context.tokens[last.start].key] != nil
        {
            parts[parts.endIndex - 1] = ResolvedUnit(unit: .word(last.start), start: last.start, end: last.end)
        }
        guard let titleIndex = parts.firstIndex(where: { if case .title = $0.unit { true } else { false } }),
            !endsWithOrganisationHead(parts[(titleIndex + 1)...], context.tokens)
        else {
            plain(parts, context, into: &mentions)
            return
        }
        guard case .title(let title) = parts[titleIndex].unit else { return }
        plain(parts[..<titleIndex], context, into: &mentions)
        titles.append(context.titles[title])
        var post = parts[(titleIndex + 1)...]
        // "Energy Minister Prince Abdulaziz": a second title before the name.
        var lastTitle = title
        while let first = post.first, case .title(let next) = first.unit {
            titles.append(context.titles[next])
            lastTitle = next
            post.removeFirst()
        }
        // The holder's name follows the title: "Foreign Minister Ana Lima".
        // A word of the name may also be a place ("Taro Ishikawa", "Abdullah Jordan").
        let nameEnd = post.indices.first { position in
            let unit = post[position]
            if unit.isWord || isParticle(unit, context.tokens) { return false }
            if position > post.startIndex, case .span(let index) = unit.unit, isPlaceName(spans[index]) { return false }
            return true
        } ?? post.endIndex
        let name = post[..<nameEnd]
        if !name.isEmpty, var person = personAfterTitle(name, context.titles[lastTitle], context) {
            // "President Ana Lima" refers to her as a whole, as "Mr. Lima" does: the mention
            // opens with the title written in capitals right before the name, the name does not.
            let tokens = context.tokens
            // "Former President", "Then President": a word that puts the title in the past is
            // not how the text refers to the person.
            if let opening = (context.titles[title].start..<context.titles[lastTitle].end).first(where: {
                tokens[$0].isCapitalized && !isPastWord(tokens[$0])
            }),
                context.titles[lastTitle].end == name.first!.start
            {
                person.extentStart = opening
            }
            mentions.append(person)
            post = post[nameEnd...]
        }
        plain(post, context, into: &mentions)
    }

    struct Context {
        var sentence: Sentence
        var tokens: [Token]
        var spans: [LexiconSpan]
        var titles: [TitleMention]
        var strict: Bool
        /// The people the document established before this sentence (read in strict mode only).
        var known: KnownPersonNames
    }

    /// "the Executive Committee", "Defence Council": a title right before words that end with
    /// one heading an organisation's name is part of that name, not a title anyone holds. Not
    /// across a connector ("Chairman of the Tallinn Council" holds the title), nor when that
    /// word is also a surname ("President Ana Guard").
    /// - Parameter afterTitle: the parts after the title.
    private func endsWithOrganisationHead(_ afterTitle: ArraySlice<ResolvedUnit>, _ tokens: [Token]) -> Bool {
        guard !afterTitle.isEmpty, afterTitle.allSatisfy(\.isWord), case .word(let last) = afterTitle.last!.unit else { return false }
        return lexicon.organisationKind(tokens[last].key) != nil && lexicon.surnames[tokens[last].key] == nil
    }

    private func isPlaceName(_ span: LexiconSpan) -> Bool {
        span.hits.allSatisfy { hit in
            switch hit {
            case .place, .capital, .country: true
            default: false
            }
        }
    }

    private func isParticle(_ unit: ResolvedUnit, _ tokens: [Token]) -> Bool {
        if case .connector(let index) = unit.unit { return lexicon.nameParticles.contains(tokens[index].key) || tokens[index].isHyphen }
        return false
    }

    func isMeetingNoun(_ span: LexiconSpan) -> Bool {
        span.hits.contains { if case .meetingTrigger(let trigger) = $0 { !trigger.isVerb } else { false } }
            && !span.hits.contains { if case .known = $0 { true } else { false } }
    }

    private func personAfterTitle(
        _ name: ArraySlice<ResolvedUnit>, _ title: TitleMention, _ context: Context
    ) -> MentionCandidate? {
        let start = name.first!.start
        let end = name.last!.end
        if context.strict && !isKnownName(start, end, context) { return nil }
        var person = MentionCandidate(
            type: .person, start: start, end: end, sentence: context.sentence.index,
            name: nameText(start, end, context.tokens), key: nil, evidence: .title)
        person.attributes["role"] = title.role
        return person
    }

    // MARK: Chunks without a title

    /// Appends the mentions in a run of parts that holds no title.
    func plain(_ parts: ArraySlice<ResolvedUnit>, _ context: Context, into out: inout [MentionCandidate]) {
        var parts = parts
        while let first = parts.first, first.isConnector { parts.removeFirst() }
        while let last = parts.last, last.isConnector { parts.removeLast() }
        guard !parts.isEmpty else { return }
        if namesDocumentByItsNoun(parts, context.tokens) { return }
        if !context.strict, organisation(parts, context, into: &out) { return }
        if !context.strict, bodyNamedLikeKnownOne(parts, context, into: &out) { return }
        if !context.strict, let firm = firmJoinedByAmpersand(parts, context) {
            out.append(firm)
            return
        }
        if !context.strict, let club = bodyBeforeItsRole(parts, context) {
            out.append(club)
            return
        }
        if !context.strict, !followsCompanyNoun(parts, context),
            let place = placeWithHead(parts, context) ?? placeWithDirection(parts, context)
        {
            out.append(place)
            return
        }
        if !context.strict, let body = bodyWhereStaffWorkOrInvestorsHold(parts, context) {
            out.append(body)
            return
        }
        if let person = personNamedLikePlaces(parts, context) {
            out.append(person)
            return
        }
        if !context.strict, let organisation = organisationNamedAfterPlace(parts, context) {
            out.append(organisation)
            return
        }
        // Words and connectors between the lexicon phrases are names no lexicon knows.
        var runStart: Int?
        func flush(_ end: Int) {
            if let start = runStart { nameMentions(parts[start..<end], context, into: &out) }
            runStart = nil
        }
        for position in parts.indices {
            switch parts[position].unit {
            case .span where isCompoundDemonym(parts, at: position, context):
                runStart = nil
            case .span(let index):
                flush(position)
                if let mention = spanMention(context.spans[index], context) { out.append(mention) }
            case .word, .connector:
                if runStart == nil { runStart = position }
            case .title:
                flush(position)
            }
        }
        flush(parts.endIndex)
    }

    /// "the Treaty of Halden", "the Universal Declaration of Fair Trade": a document's noun
    /// (the `document-noun` cue class) before "of" or "on" opens the document's own name, and
    /// the names after it are the document's words, not a place or a body it speaks of.
    private func namesDocumentByItsNoun(_ parts: ArraySlice<ResolvedUnit>, _ tokens: [Token]) -> Bool {
        parts.contains { part in
            if case .word(let word) = part.unit { opensDocumentName(word, tokens) } else { false }
        }
    }

    /// Whether the word at `index` is a capitalised document's noun before "of" or "on" and a
    /// capitalised word: "Treaty" in "the Treaty of Halden".
    func opensDocumentName(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index + 2 < tokens.count, tokens[index].isCapitalized, tokens[index + 2].isCapitalized else { return false }
        let next = tokens[index + 1].key
        return (next == "of" || next == "on") && documentNouns.contains(tokens[index])
    }

    /// "Ibero-American", "Afro-Caribbean": a people's adjective hyphened to a word no lexicon
    /// names is one adjective for peoples that span nations: it names neither the country the
    /// adjective's own people live in nor anything the word alone would ("Israeli-Palestinian",
    /// where both are peoples', names both).
    private func isCompoundDemonym(_ parts: ArraySlice<ResolvedUnit>, at position: Int, _ context: Context) -> Bool {
        guard position - 2 >= parts.startIndex, case .span(let index) = parts[position].unit,
            case .connector(let hyphen) = parts[position - 1].unit, context.tokens[hyphen].isHyphen,
            !context.tokens[hyphen].spaceBefore, parts[position - 2].isWord
        else { return false }
        return context.spans[index].hits.allSatisfy { if case .demonym = $0 { true } else { false } }
    }

    /// "U.S. Commerce Department", "Harbour University", "Institute for Regional
    /// Security Studies": a chunk with an organisation word names an agency. Appends its
    /// mentions and says so, or says it is none.
    private func organisation(_ parts: ArraySlice<ResolvedUnit>, _ context: Context, into out: inout [MentionCandidate]) -> Bool {
        let tokens = context.tokens
        var head: (position: Int, kind: String)?
        var headFirst = false
        for position in parts.indices {
            guard case .word(let token) = parts[position].unit, let kind = lexicon.organisationKind(tokens[token].key) else {
                continue
            }
            head = (position, kind)
            if position + 1 < parts.endIndex, case .connector(let next) = parts[position + 1].unit,
                ["of", "for", "on"].contains(tokens[next].key)
            {
                headFirst = true
                break
            }
        }
        guard let (head, kind) = head else { return false }
        let end = headFirst || isHeadBeforePlace(parts, head: head, context) || opensName(parts, head: head, tokens)
            ? parts.endIndex : head + 1
        let (coreStart, country) = leadingCountries(parts, before: head, context)
        // A lone head word names an agency only as a capitalised government body ("the Treasury").
        if end - coreStart == 1 && (kind != "government" || isSentenceInitial(parts[head].start, context.sentence, tokens)) {
            return false
        }
        appendAgency(parts[..<end], coreStart: coreStart, country: country, kind: kind, context, into: &out)
        if end < parts.endIndex { plain(parts[end...], context, into: &out) }
        return true
    }

    /// "U.S.", "Chinese": the countries that open a body's name before `limit` qualify the body;
    /// they are kept in its name.
    /// - Returns: where the body's own name starts, and the last such country.
    private func leadingCountries(
        _ parts: ArraySlice<ResolvedUnit>, before limit: Int, _ context: Context
    ) -> (coreStart: Int, country: Int?) {
        let tokens = context.tokens
        var coreStart = parts.startIndex
        var country: Int?
        while coreStart < limit, case .span(let index) = parts[coreStart].unit, let code = countryOf(context.spans[index]),
            parts[coreStart].end < tokens.count, tokens[parts[coreStart].end].spaceBefore
        {
            country = code
            coreStart += 1
        }
        return (coreStart, country)
    }

    /// Appends the agency `parts` name, keyed by its own name from `coreStart` and the country
    /// that qualifies it, and the qualifying countries' own mentions ("Norwegian" in "Norwegian
    /// Fisheries Ministry").
    private func appendAgency(
        _ parts: ArraySlice<ResolvedUnit>, coreStart: Int, country: Int?, kind: String, _ context: Context,
        into out: inout [MentionCandidate]
    ) {
        let start = parts.first!.start
        let stop = parts.last!.end
        let name = nameText(start, stop, context.tokens)
        let core = coreStart == parts.startIndex ? name : nameText(parts[coreStart].start, stop, context.tokens)
        var agency = MentionCandidate(
            type: .agency, start: start, end: stop, sentence: context.sentence.index, name: name,
            key: .agency(normalisedName(core), country: country.map { lexicon.countries[$0].code }),
            evidence: .organisationHead)
        agency.country = country
        agency.attributes["kind"] = kind
        out.append(agency)
        for part in parts[..<coreStart] {
            if case .span(let index) = part.unit, let mention = spanMention(context.spans[index], context) { out.append(mention) }
        }
    }

    /// "National Security Council", "Federal Trade Commission": words of a name's own before
    /// a known body's name that ends in an organisation word ("Security Council") name another
    /// body of that kind, a nation's or an organisation's own, not the known one. A country or
    /// an international body's name before it qualifies the known body instead ("U.N. Security
    /// Council"), a country's qualifies the new one ("U.S. National Security Council"), and a
    /// sentence's opening word that is no name ("Yesterday") is not part of the name.
    private func bodyNamedLikeKnownOne(_ parts: ArraySlice<ResolvedUnit>, _ context: Context, into out: inout [MentionCandidate]) -> Bool {
        let tokens = context.tokens
        guard parts.count >= 2, case .span(let index) = parts.last!.unit else { return false }
        let span = context.spans[index]
        guard span.hits.contains(where: { if case .known = $0 { true } else { false } }),
            let kind = lexicon.organisationKind(tokens[span.end - 1]), spanMention(span, context)?.type == .agency
        else { return false }
        let (coreStart, country) = leadingCountries(parts, before: parts.endIndex - 1, context)
        let own = parts[coreStart..<(parts.endIndex - 1)]
        guard !own.isEmpty, own.allSatisfy(\.isWord) else { return false }
        let first = tokens[own.first!.start]
        if country == nil, isSentenceInitial(own.first!.start, context.sentence, tokens),
            lexicon.isFunctionWord(first.key) || commonWords.contains(first.key)
        {
            return false
        }
        appendAgency(parts, coreStart: coreStart, country: country, kind: kind, context, into: &out)
        return true
    }

    /// "Procter & Gamble", "Mumford & Sons": names joined by "&" (the chunker keeps them
    /// together) are one body's name.
    private func firmJoinedByAmpersand(_ parts: ArraySlice<ResolvedUnit>, _ context: Context) -> MentionCandidate? {
        guard parts.contains(where: { unit in
            if case .connector(let token) = unit.unit { return context.tokens[token].key == "&" }
            return false
        }) else { return nil }
        return organisationMention(parts.first!.start, parts.last!.end, context, evidence: .organisationHead)
    }

    /// "Manchester City striker X", "Crystal Palace manager Y": a name of two words or more
    /// right before a title only a club or company gives is the body's, whatever its words
    /// say of a place. Not before its people, who a place has too ("Silicon Valley
    /// executives"), nor a country's name or a person's.
    private func bodyBeforeItsRole(_ parts: ArraySlice<ResolvedUnit>, _ context: Context) -> MentionCandidate? {
        guard parts.count >= 2, opensCompanyRole(at: parts.last!.end, orStaff: false, context) else { return nil }
        let tokens = context.tokens
        for part in parts {
            switch part.unit {
            case .title: return nil
            case .span(let index):
                let span = context.spans[index]
                if countryOf(span) != nil || span.hits.contains(where: { if case .known = $0 { true } else { false } }) { return nil }
            case .word(let token): if isPersonName(tokens[token].key) { return nil }
            case .connector: continue
            }
        }
        return organisationMention(parts.first!.start, parts.last!.end, context, evidence: .companyNoun)
    }

    /// "Radio New Zealand", "Police Scotland", "Bank Indonesia": an organisation's word right
    /// before the one country or place it serves, and nothing else, is one name, head first
    /// (where "Norwegian Fisheries Ministry" puts the country before its head).
    private func isHeadBeforePlace(_ parts: ArraySlice<ResolvedUnit>, head: Int, _ context: Context) -> Bool {
        guard head == parts.startIndex, parts.count == 2, case .span(let index) = parts[head + 1].unit else { return false }
        return isPlaceName(context.spans[index])
    }

    /// "FK Borovo", "SV Werder Bremen": a club's abbreviation that its language writes first
    /// (`name-opening-head`), in capitals, opens the club's name and the words after it close it.
    private func opensName(_ parts: ArraySlice<ResolvedUnit>, head: Int, _ tokens: [Token]) -> Bool {
        guard head == parts.startIndex, parts.count > 1, case .word(let token) = parts[head].unit else { return false }
        return tokens[token].text.unicodeScalars.dropFirst().contains(where: \.properties.isUppercase)
            && lexicon.cue("name-opening-head", contains: tokens[token].key)
    }

    /// "South China Sea", "Alder Creek", "Mount Kenya": a name that ends or opens with a
    /// geographic word (place-words.tsv) is a place.
    private func placeWithHead(_ parts: ArraySlice<ResolvedUnit>, _ context: Context) -> MentionCandidate? {
        guard parts.count >= 2 else { return nil }
        var level: PlaceLevel? = unitBeforeOf(parts, context.tokens)
        // "the State of Law coalition": a body's noun after the name makes it the body's, as
        // it does after any name (`bodyNounAfter`).
        if level != nil, bodyNounFollows(parts.last!.end, context) { return nil }
        if level == nil, case .word(let last) = parts.last!.unit { level = lexicon.placeLevel(ofLastWord: context.tokens[last].key) }
        let endsWithPlaceWord = level != nil
        if level == nil, case .word(let first) = parts.first!.unit, parts[parts.startIndex + 1].isWord || parts[parts.startIndex + 1].isSpan {
            level = lexicon.placeFirstWords[context.tokens[first].key]
        }
        guard let level else { return nil }
        // "Christopher Hill", "Ricki Lake": a given name and a surname that is also a place word;
        // "Jackson County" is a place, as no one is surnamed "County", and so is a name after an
        // article or where places stand ("the Clark Lake", "in Clark Lake"): English sets no
        // article before a person's bare name, and a person is not where things happen.
        if endsWithPlaceWord, parts.count == 2, !isPlaceOrArticlePosition(parts.first!.start, context),
            case .word(let first) = parts.first!.unit,
            let flags = lexicon.givenNames[context.tokens[first].key],
            !flags.contains(.word), !flags.contains(.place), lexicon.surnames[context.tokens[parts.last!.start].key] != nil
        {
            return nil
        }
        let start = parts.first!.start
        let end = parts.last!.end
        // "in the Atlantic Ocean": where an article's word joined a known place's other name
        // ("the Atlantic"), the words read one by one are still the known place, as large as
        // the gazetteer says.
        let known = lexicon.phrases.longestMatch(in: context.tokens, at: start, limit: end).flatMap { match in
            match.end == end ? match.hits.lazy.compactMap { if case .place(let index) = $0 { index } else { nil } }.first : nil
        }
        if let known { return placeMention(known, LexiconSpan(start: start, end: end, hits: [.place(known)]), context.sentence) }
        let name = nameText(start, end, context.tokens)
        var place = MentionCandidate(
            type: .place, start: start, end: end, sentence: context.sentence.index,
            name: name, key: .place(normalisedName(name)), evidence: .lexicon)
        place.placeLevel = level
        return place
    }

    /// Whether the token before `start` is an article or a preposition of place ("the", "in").
    private func isPlaceOrArticlePosition(_ start: Int, _ context: Context) -> Bool {
        guard start > context.sentence.tokens.lowerBound else { return false }
        let key = context.tokens[start - 1].key
        return key == "the" || lexicon.cue("place-preposition", contains: key)
    }

    /// "the band Night Harbour": a company noun before the name says what it names, whatever its
    /// words say of a place (`companyNounKind` reads it).
    private func followsCompanyNoun(_ parts: ArraySlice<ResolvedUnit>, _ context: Context) -> Bool {
        let before = parts.first!.start - 1
        return before >= context.sentence.tokens.lowerBound && !context.tokens[before].isCapitalized
            && companyNouns.contains(context.tokens[before].key)
    }

    /// "Southern California", "Western Ukraine", "North Atlantic": a word of direction or size in
    /// capitals before a place or a country names a part of it, a place of its own, in the
    /// country the place or country is (the `direction-modifier` cue class). Not before a
    /// people's adjective: "South American" leaders are no place.
    private func placeWithDirection(_ parts: ArraySlice<ResolvedUnit>, _ context: Context) -> MentionCandidate? {
        guard parts.count == 2, case .word(let word) = parts.first!.unit, case .span(let index) = parts.last!.unit,
            lexicon.cue("direction-modifier", contains: context.tokens[word].key)
        else { return nil }
        let span = context.spans[index]
        guard !span.hits.contains(where: { hit in
            switch hit {
            case .demonym, .known: true
            default: false
            }
        }), let inner = spanMention(span, context), inner.type == .place || inner.type == .country
        else { return nil }
        let start = parts.first!.start
        let name = nameText(start, span.end, context.tokens)
        var place = MentionCandidate(
            type: .place, start: start, end: span.end, sentence: context.sentence.index, name: name,
            key: .place(normalisedName(name)), evidence: .lexicon)
        place.placeLevel = inner.type == .country ? .region : inner.placeLevel
        place.placeCountry = inner.key?.countryCode ?? inner.placeCountry
        return place
    }

    /// "Kingdom of Prussia", "Grand Duchy of Finland", "London Borough of Hounslow": the level of
    /// the unit a chunk names when a unit's word stands before "of" and a name, and no other
    /// connector follows ("State of the Union" names no state). What may stand before the
    /// unit's word the chunk has settled (`opensUnitName`).
    private func unitBeforeOf(_ parts: ArraySlice<ResolvedUnit>, _ tokens: [Token]) -> PlaceLevel? {
        guard parts.count >= 3, let of = parts.firstIndex(where: \.isConnector), of > parts.startIndex, of + 1 < parts.endIndex,
            case .connector(let connector) = parts[of].unit, tokens[connector].key == "of",
            case .word(let unit) = parts[of - 1].unit,
            !parts[(of + 1)...].contains(where: \.isConnector)
        else { return nil }
        return lexicon.placeOfWords[tokens[unit].key]
    }

    /// "Manchester United", "Real Madrid", "Bayern Munich", "Air Lisboa": clubs, companies and
    /// papers are named after their town, region or country with a word of their own, or two
    /// places run together; a place's own name does that with a word of direction or age ("West
    /// Berlin", "Greater Oslo", "Old Delhi": the `direction-modifier` and `place-modifier` cue
    /// classes), or a place word, which `placeWithHead` reads first. A given name or surname
    /// beside the place makes a person ("Jordan Henderson").
    private func organisationNamedAfterPlace(_ parts: ArraySlice<ResolvedUnit>, _ context: Context) -> MentionCandidate? {
        guard parts.count >= 2, parts.count <= 4 else { return nil }
        let tokens = context.tokens
        var places = 0
        var ownWords = 0
        for part in parts {
            switch part.unit {
            case .span(let index):
                let span = context.spans[index]
                // A town or region: a country beside a word is mostly an affiliation ("U.S.
                // Democratic hopeful", "Chinese Foreign Ministry"), not a company's name.
                guard span.hits.contains(where: { hit in
                    switch hit {
                    case .place, .capital: true
                    default: false
                    }
                }), !span.hits.contains(where: { hit in
                    switch hit {
                    case .known, .country, .demonym: true
                    default: false
                    }
                }) else { return nil }
                places += 1
            case .word(let token):
                let key = tokens[token].key
                if lexicon.cue("place-modifier", contains: key) || lexicon.cue("direction-modifier", contains: key) || isPersonName(key)
                    || lexicon.isFunctionWord(key)
                    || lexicon.groupNames.contains(key) || lexicon.titleModifiers.contains(key) || lexicon.portfolios.contains(key)
                {
                    return nil
                }
                ownWords += 1
            case .connector(let token):
                // "Kansas City, Missouri" is an address; "Stoke-on-Trent" one place.
                guard !tokens[token].isHyphen else { return nil }
            case .title:
                return nil
            }
        }
        // Two places run together without a comma ("Bayern Munich"), or a place and a word of
        // the organisation's own.
        guard places >= 1, ownWords >= 1 || places >= 2 else { return nil }
        let start = parts.first!.start
        let end = parts.last!.end
        // "Jordan Henderson", "Paris Hilton": a given name and a surname that are also places.
        if let given = lexicon.givenNames[tokens[start].key], !given.contains(.word), lexicon.surnames[tokens[end - 1].key] != nil {
            return nil
        }
        // Neither a sentence's first word ("Paris police said" opens with a place, not a name).
        if ownWords > 0, case .word(let first) = parts.first!.unit, isSentenceInitial(first, context.sentence, tokens),
            commonWords.contains(tokens[first].key)
        {
            return nil
        }
        return organisationMention(start, end, context, evidence: .organisationHead)
    }

    /// An organisation of no more definite kind named by the tokens `start..<end`.
    private func organisationMention(
        _ start: Int, _ end: Int, _ context: Context, evidence: MentionCandidate.Evidence
    ) -> MentionCandidate {
        let name = nameText(start, end, context.tokens)
        var organisation = MentionCandidate(
            type: .agency, start: start, end: end, sentence: context.sentence.index, name: name,
            key: .agency(normalisedName(name)), evidence: evidence)
        organisation.attributes["kind"] = "organisation"
        return organisation
    }

    /// "analysts at Morgan Stanley", "shares of Santander": staff who work at it or investors who
    /// hold it make the name a body's, though its words are a given name and a town's name
    /// that would otherwise read as a person ("Morgan Stanley") or a place ("Santander"). A
    /// country, a known entity or a title among the words is left to the rules that read them.
    private func bodyWhereStaffWorkOrInvestorsHold(_ parts: ArraySlice<ResolvedUnit>, _ context: Context) -> MentionCandidate? {
        // The words first: most runs hold no town, and then the words before them are not read.
        guard parts.contains(where: \.isSpan),
            parts.allSatisfy({ part in
                switch part.unit {
                case .word, .connector: true
                case .title: false
                case .span(let index):
                    context.spans[index].hits.allSatisfy { hit in
                        switch hit {
                        case .place, .capital: true
                        default: false
                        }
                    }
                }
            })
        else { return nil }
        let tokens = context.tokens
        let start = parts.first!.start
        let isHeld = isHeldByInvestors(start, context.sentence, tokens)
        guard isHeld || isWhereStaffWork(start, context.sentence, tokens) else { return nil }
        var body = organisationMention(start, parts.last!.end, context, evidence: .companyNoun)
        if isHeld { body.attributes["kind"] = "company" }
        return body
    }

    /// "Ana Lima", "Jordan Henderson", "Georgia Brown": a given name, then a surname or another
    /// name, where one of them is also a place's: a person, not a town and a country. Up to five
    /// words: a second given name and two family names are one person's name where Spanish and
    /// Portuguese are spoken ("Ana Maria Souto Lima").
    private func personNamedLikePlaces(_ parts: ArraySlice<ResolvedUnit>, _ context: Context) -> MentionCandidate? {
        guard (2...5).contains(parts.count), parts.contains(where: \.isSpan), !parts.contains(where: \.isConnector) else {
            return nil
        }
        let tokens = context.tokens
        // One token per part: a multi-word place ("New York") is no given name.
        guard parts.allSatisfy({ $0.end - $0.start == 1 && tokens[$0.start].isCapitalized }) else { return nil }
        for part in parts {
            if case .span(let index) = part.unit,
                context.spans[index].hits.contains(where: { hit in
                    switch hit {
                    case .known, .title, .meetingTrigger, .policyTrigger, .demonym: true
                    default: false
                    }
                })
            {
                return nil
            }
        }
        // Four or five words are one name only where no place opens them and no common word
        // stands inside ("Florida Republican Connie Mack" is a place, a party and a person).
        if parts.count > 3 {
            let inner = parts.dropFirst().dropLast()
            guard parts.first!.isWord, inner.allSatisfy({ !commonWords.contains(tokens[$0.start].key) }) else { return nil }
        }
        let first = tokens[parts.first!.start].key
        let last = tokens[parts.last!.start].key
        // The last word is a surname, or at least no given name and no word that heads an
        // organisation's or a place's name ("Boston Symphony Orchestra", "Dallas County"). After
        // a given name that is also a place only a surname will do: clubs and companies are
        // named after their town with a word of their own ("Dallas Cowboys").
        guard let given = lexicon.givenNames[first], !given.contains(.word),
            lexicon.surnames[last] != nil
                || (!given.contains(.place) && lexicon.givenNames[last] == nil && lexicon.organisationKind(last) == nil
                    && lexicon.placeLastWords[last] == nil)
        else { return nil }
        let start = parts.first!.start
        let end = parts.last!.end
        if context.strict && !isKnownName(start, end, context) { return nil }
        return MentionCandidate(
            type: .person, start: start, end: end, sentence: context.sentence.index, name: nameText(start, end, tokens),
            key: nil, evidence: .givenName)
    }

    func countryOf(_ span: LexiconSpan) -> Int? {
        for hit in span.hits {
            switch hit {
            case .country(let index), .demonym(let index): return index
            default: continue
            }
        }
        return nil
    }

    /// The mention a lexicon phrase gives, by the priority of what it can name.
    func spanMention(_ span: LexiconSpan, _ context: Context) -> MentionCandidate? {
        let sentence = context.sentence
        let tokens = context.tokens
        for hit in span.hits {
            if case .known(let index) = hit { return knownMention(index, span.start, span.end, sentence) }
        }
        // Asked only of countries and capitals: it looks at the words around, and the phrase after.
        var isPlaceUse: Bool {
            let hyphenated = span.end < sentence.tokens.upperBound && tokens[span.end].isHyphen && !tokens[span.end].spaceBefore
            if sentence.zone == .dateline || (isPlacePosition(span.start, sentence, tokens) && !hyphenated) { return true }
            let next = lexicon.phrases.longestMatch(in: tokens, at: span.end, limit: sentence.tokens.upperBound)
            return next.map(isMeetingNoun) == true
        }
        // "Liverpool, who host Brighton on Sunday": English refers back to a town with "which"
        // or "where", never with "who"; a town's name that "who" follows names a person where
        // people are named so ("Bergen, who leads the party"), else the team or body called
        // after the town.
        if span.end + 1 < sentence.tokens.upperBound, tokens[span.end].keyByte == UInt8(ascii: ","),
            personalRelatives.contains(tokens[span.end + 1]),
            span.hits.contains(where: { if case .place = $0 { true } else if case .capital = $0 { true } else { false } }),
            !span.hits.contains(where: { if case .country = $0 { true } else { false } })
        {
            guard (span.start..<span.end).contains(where: { isPersonName(tokens[$0].key) }) else {
                return organisationMention(span.start, span.end, context, evidence: .apposition)
            }
            return MentionCandidate(
                type: .person, start: span.start, end: span.end, sentence: sentence.index,
                name: nameText(span.start, span.end, tokens), key: nil, evidence: .apposition)
        }
        for hit in span.hits {
            switch hit {
            case .country(let index):
                var mention = countryMention(index, span, sentence)
                mention.isPlaceUse = isPlaceUse
                return mention
            case .capital(let place, let country):
                let hyphenAfter = span.end < sentence.tokens.upperBound && tokens[span.end].key == "-"
                    && !tokens[span.end].spaceBefore
                if isPlaceUse || hyphenAfter || isAddressed(span, in: country, sentence, tokens) || isListedWithTowns(span, context) {
                    return placeMention(place, span, sentence)
                }
                return countryMention(country, span, sentence, form: .capital(name: nameText(span.start, span.end, tokens)))
            case .place(let index):
                return placeMention(index, span, sentence)
            default: continue
            }
        }
        for hit in span.hits {
            if case .demonym(let index) = hit { return countryMention(index, span, sentence, form: .demonym) }
        }
        return nil
    }

    /// "Havana, Cuba": a capital written as an address, its own country after a comma, is the
    /// city, whatever comes before it ("born 1782 Havana, Cuba").
    private func isAddressed(_ span: LexiconSpan, in country: Int, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        guard span.end + 1 < sentence.tokens.upperBound, tokens[span.end].key == "," else { return false }
        return lexicon.phrases.matches(in: tokens, at: span.end + 1, limit: sentence.tokens.upperBound).contains { match in
            match.hits.contains { if case .country(let index) = $0 { index == country } else { false } }
        }
    }

    /// "between Oslo, Bergen and Trondheim": a capital listed beside a town that is no capital is
    /// a town too (beside another capital it may stand for its government: "Oslo and Beijing agreed").
    private func isListedWithTowns(_ span: LexiconSpan, _ context: Context) -> Bool {
        let tokens = context.tokens
        func isTown(_ neighbour: LexiconSpan) -> Bool {
            neighbour.hits.contains { if case .place = $0 { true } else { false } }
                && !neighbour.hits.contains { hit in
                    switch hit {
                    case .capital, .country, .demonym, .known: true
                    default: false
                    }
                }
        }
        func isListJoin(_ index: Int) -> Bool { [",", "and", "or"].contains(tokens[index].key) }
        let lower = context.sentence.tokens.lowerBound
        let upper = context.sentence.tokens.upperBound
        return context.spans.contains { neighbour in
            (span.end < upper && isListJoin(span.end) && neighbour.start == span.end + 1 && isTown(neighbour))
                || (span.start - 1 > lower && isListJoin(span.start - 1) && neighbour.end == span.start - 1 && isTown(neighbour))
        }
    }

    /// After "in", "at", "to"..., directly or further on in a list: "in Oslo, Lisbon, and Nairobi".
    func isPlacePosition(_ start: Int, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        var cursor = start - 1
        var inList = false
        while cursor >= sentence.tokens.lowerBound && start - cursor <= 12 {
            let key = tokens[cursor].key
            if lexicon.placeLeadWords.contains(key) { return true }
            if key == "," || key == "and" || key == "or" {
                inList = true
            } else if !(inList && tokens[cursor].isCapitalized) && !tokens[cursor].isHyphen {
                return false
            }
            cursor -= 1
        }
        return false
    }

    /// How a country is named other than by its name: "Egyptian", or "Cairo" for its government.
    enum CountryForm {
        case demonym
        case capital(name: String)
    }

    private func countryMention(
        _ index: Int, _ span: LexiconSpan, _ sentence: Sentence, form: CountryForm? = nil
    ) -> MentionCandidate {
        let country = lexicon.countries[index]
        var mention = MentionCandidate(
            type: .country, start: span.start, end: span.end, sentence: sentence.index, name: country.name,
            key: .country(country.code), evidence: .lexicon)
        // How the text names the country: by its name, by its people's adjective ("Egyptian
        // officials"), or by its capital standing for its government ("Cairo said").
        switch form {
        case nil: mention.attributes = ["code": country.code]
        case .demonym: mention.attributes = ["code": country.code, "form": "demonym"]
        case .capital(let name): mention.attributes = ["code": country.code, "form": "capital", "capital": name]
        }
        return mention
    }

    private func placeMention(_ index: Int, _ span: LexiconSpan, _ sentence: Sentence) -> MentionCandidate {
        let place = lexicon.places[index]
        var mention = MentionCandidate(
            type: .place, start: span.start, end: span.end, sentence: sentence.index, name: place.name,
            key: .place(normalisedName(place.name)), evidence: .lexicon)
        mention.placeCountry = place.country
        mention.placeLevel = place.level
        mention.isPlaceUse = true
        return mention
    }

    // MARK: Text

    /// The name as written, with single spaces and no spaces around hyphens.
    func nameText(_ start: Int, _ end: Int, _ tokens: [Token]) -> String {
        var out = ""
        for index in start..<end {
            let isHyphen = tokens[index].isHyphen
            if index > start && tokens[index].spaceBefore && !tokens[index - 1].isHyphen && !isHyphen {
                out += " "
            }
            // "U. S." as written is "U.S." in a name.
            // (By bytes: Foundation's `contains` is slow for one character.)
            let text = tokens[index].text
            out += isHyphen ? "-" : (text.utf8.contains(UInt8(ascii: " ")) ? text.filter { $0 != " " } : text)
        }
        // Names in bylines and datelines may be written in capitals (the cheap tests first: a
        // lowercase ASCII letter, in most names, settles it).
        if end - start > 1 && !out.utf8.contains(where: { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
            && out.count > 3 && out.allSatisfy({ !$0.isLowercase }) && out.contains(where: \.isLetter) && !out.contains(".")
        {
            return out.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
        }
        return out
    }
}

/// The form names are compared in: lowercase, curly quotes straightened, periods dropped,
/// hyphens as spaces, single spaces.
///
/// Written straight into the string's UTF-8 buffer (every output byte stands for an input byte,
/// so the input's length is room enough), and ASCII names, the most, are lowercased letter by
/// letter here rather than by `String.lowercased()`: every mention's key passes through.
func normalisedName(_ name: String) -> String {
    let isASCII = name.utf8.allSatisfy { $0 < 0x80 }
    let source = isASCII ? name : name.lowercased()
    return String(unsafeUninitializedCapacity: source.utf8.count) { buffer in
        var count = 0
        var space = false
        for scalar in source.unicodeScalars {
            switch scalar {
            case ".", "\u{2019}", "'", "\u{2018}": continue
            case "-", " ", "\u{2013}", "\u{2014}", "\t", "\n", "/":
                space = count > 0
            default:
                if space {
                    buffer[count] = UInt8(ascii: " ")
                    count += 1
                }
                space = false
                let lowered = isASCII && ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
                UTF8.encode(lowered) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
        }
        return count
    }
}
