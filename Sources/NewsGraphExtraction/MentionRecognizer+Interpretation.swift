import Foundation
import NewsGraphCore

/// What a capitalised chunk names.
extension MentionRecognizer {
    struct Interpretation {
        var mentions: [MentionCandidate] = []
        var titles: [TitleMention] = []
    }

    static let placePrepositions: Set<String> = [
        "in", "at", "near", "outside", "inside", "around", "across", "from", "to", "into", "via", "toward", "towards",
        "through", "within", "visit", "visited", "visiting", "arrive", "arrived", "arrives", "capital",
    ]
    static let bylineWords: Set<String> = ["author", "authors", "by", "reporting", "writing", "editing", "written", "compiled", "additional", "byline"]
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "dr", "miss", "sir", "dame", "lord", "lady", "madam", "prof"]

    func interpret(
        _ chunk: ResolvedChunk, _ sentence: Sentence, _ tokens: [Token], spans: [LexiconSpan], titles: [TitleMention],
        strict: Bool, known: [MentionCandidate]
    ) -> Interpretation {
        var parts = chunk.units
        var out = Interpretation()
        // "ASEAN Summit", "G20 Summit": the trigger word is the meeting's, not part of the name.
        if parts.count > 1, case .span(let index) = parts.last!.unit, isMeetingNoun(spans[index]) {
            parts.removeLast()
        }
        let context = Context(sentence: sentence, tokens: tokens, spans: spans, titles: titles, strict: strict, known: known)
        if let titleIndex = parts.firstIndex(where: { if case .title = $0.unit { true } else { false } }) {
            guard case .title(let title) = parts[titleIndex].unit else { return out }
            out.mentions += plain(Array(parts[..<titleIndex]), context)
            out.titles.append(titles[title])
            var post = Array(parts[(titleIndex + 1)...])
            // "Energy Minister Prince Abdulaziz": a second title before the name.
            while let first = post.first, case .title(let next) = first.unit {
                out.titles.append(titles[next])
                post.removeFirst()
            }
            // The holder's name follows the title: "Foreign Minister Ana Lima".
            // A word of the name may also be a place ("Taro Ishikawa", "Abdullah Jordan").
            let nameEnd = post.indices.first { position in
                let unit = post[position]
                if unit.isWord || isParticle(unit, tokens) { return false }
                if position > 0, case .span(let index) = unit.unit, isPlaceName(spans[index]) { return false }
                return true
            } ?? post.count
            let name = Array(post[..<nameEnd])
            if !name.isEmpty, let person = personAfterTitle(name, titles[title], context) {
                out.mentions.append(person)
                post.removeFirst(nameEnd)
            }
            out.mentions += plain(post, context)
        } else {
            out.mentions += plain(parts, context)
        }
        return out
    }

    struct Context {
        var sentence: Sentence
        var tokens: [Token]
        var spans: [LexiconSpan]
        var titles: [TitleMention]
        var strict: Bool
        var known: [MentionCandidate]
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
        if case .connector(let index) = unit.unit { return Self.nameParticles.contains(tokens[index].key) || tokens[index].isHyphen }
        return false
    }

    func isMeetingNoun(_ span: LexiconSpan) -> Bool {
        span.hits.contains { if case .meetingTrigger(let trigger) = $0 { !trigger.isVerb } else { false } }
            && !span.hits.contains { if case .known = $0 { true } else { false } }
    }

    private func personAfterTitle(_ name: [ResolvedUnit], _ title: TitleMention, _ context: Context) -> MentionCandidate? {
        let start = name.first!.start
        let end = name.last!.end
        if context.strict && !isKnownName(start, end, context) { return nil }
        var person = MentionCandidate(
            type: .person, start: start, end: end, sentence: context.sentence.index,
            name: nameText(start, end, context.tokens), key: "", evidence: .title)
        person.attributes["role"] = title.role
        return person
    }

    // MARK: Chunks without a title

    /// Mentions in a run of parts that holds no title.
    func plain(_ parts: [ResolvedUnit], _ context: Context) -> [MentionCandidate] {
        var parts = parts
        while let first = parts.first, first.isConnector { parts.removeFirst() }
        while let last = parts.last, last.isConnector { parts.removeLast() }
        guard !parts.isEmpty else { return [] }
        if !context.strict, let organisation = organisation(parts, context) { return organisation }
        if !context.strict, let place = placeWithHead(parts, context) { return [place] }
        var out: [MentionCandidate] = []
        var run: [ResolvedUnit] = []
        func flush() {
            if !run.isEmpty { out += nameMentions(run, context) }
            run = []
        }
        for part in parts {
            switch part.unit {
            case .span(let index):
                flush()
                if let mention = spanMention(context.spans[index], context) { out.append(mention) }
            case .word, .connector:
                run.append(part)
            case .title:
                flush()
            }
        }
        flush()
        return out
    }

    /// "U.S. Commerce Department", "Harbour University", "Institute for Regional
    /// Security Studies": a chunk with an organisation word names an agency.
    private func organisation(_ parts: [ResolvedUnit], _ context: Context) -> [MentionCandidate]? {
        let tokens = context.tokens
        var headIndex: Int?
        var headFirst = false
        for (position, part) in parts.enumerated() {
            guard case .word(let token) = part.unit, lexicon.organisationKind(tokens[token].key) != nil else { continue }
            headIndex = position
            if position + 1 < parts.count, case .connector(let next) = parts[position + 1].unit,
                ["of", "for", "on"].contains(tokens[next].key)
            {
                headFirst = true
                break
            }
        }
        guard let head = headIndex else { return nil }
        let end = headFirst ? parts.count : head + 1
        // Leading countries ("U.S.", "Chinese") qualify the agency; they are kept in its name.
        var coreStart = 0
        var country: Int?
        while coreStart < head, case .span(let index) = parts[coreStart].unit, let code = countryOf(context.spans[index]),
            parts[coreStart].end < tokens.count, tokens[parts[coreStart].end].spaceBefore
        {
            country = code
            coreStart += 1
        }
        let headToken: Int = { if case .word(let t) = parts[head].unit { return t } else { return 0 } }()
        let kind = lexicon.organisationKind(tokens[headToken].key) ?? "organisation"
        // A lone head word names an agency only as a capitalised government body ("the Treasury").
        if end - coreStart == 1 && (kind != "government" || isSentenceInitial(parts[head].start, context.sentence, tokens)) {
            return nil
        }
        let start = parts[0].start
        let stop = parts[end - 1].end
        let core = nameText(parts[coreStart].start, stop, tokens)
        var agency = MentionCandidate(
            type: .agency, start: start, end: stop, sentence: context.sentence.index, name: nameText(start, stop, tokens),
            key: "agency:\(normalisedName(core))" + (country.map { "|country:\(lexicon.countries[$0].code)" } ?? ""),
            evidence: .organisationHead)
        agency.country = country
        agency.attributes["kind"] = kind
        var out = [agency]
        // The country that qualifies the agency is named too ("Norwegian" in "Norwegian Fisheries Ministry").
        for part in parts[..<coreStart] {
            if case .span(let index) = part.unit, let mention = spanMention(context.spans[index], context) { out.append(mention) }
        }
        if end < parts.count { out += plain(Array(parts[end...]), context) }
        return out
    }

    /// "South China Sea", "Sichuan Province": a name ending in a geographic word is a place.
    private func placeWithHead(_ parts: [ResolvedUnit], _ context: Context) -> MentionCandidate? {
        guard parts.count >= 2, case .word(let last) = parts.last!.unit,
            Self.placeHeads.contains(context.tokens[last].key)
        else { return nil }
        let start = parts[0].start
        let end = parts.last!.end
        return MentionCandidate(
            type: .place, start: start, end: end, sentence: context.sentence.index,
            name: nameText(start, end, context.tokens), key: "place:\(normalisedName(nameText(start, end, context.tokens)))",
            evidence: .lexicon)
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
        let text = nameText(span.start, span.end, tokens)
        let following = span.end < sentence.tokens.upperBound ? tokens[span.end].key : ""
        let hyphenated = span.end < sentence.tokens.upperBound && tokens[span.end].isHyphen && !tokens[span.end].spaceBefore
        let placeUse = sentence.zone == .dateline || (isPlacePosition(span.start, sentence, tokens) && !hyphenated)
            || lexicon.phrases.matches(in: tokens, at: span.end, limit: sentence.tokens.upperBound).first.map(isMeetingNoun) == true
        for hit in span.hits {
            switch hit {
            case .known(let index):
                var mention = knownMention(index, span.start, span.end, sentence)
                mention.name = lexicon.known[index].name
                return mention
            default: continue
            }
        }
        for hit in span.hits {
            switch hit {
            case .country(let index):
                var mention = countryMention(index, span, sentence, .lexicon)
                mention.isPlaceUse = placeUse
                return mention
            case .capital(let place, let country):
                if placeUse || following == "-" && !tokens[span.end].spaceBefore {
                    return placeMention(place, span, sentence)
                }
                var mention = countryMention(country, span, sentence, .lexicon)
                mention.attributes["form"] = "capital"
                mention.attributes["capital"] = text
                return mention
            case .place(let index):
                return placeMention(index, span, sentence)
            default: continue
            }
        }
        for hit in span.hits {
            if case .demonym(let index) = hit {
                var mention = countryMention(index, span, sentence, .lexicon)
                mention.attributes["form"] = "demonym"
                return mention
            }
        }
        return nil
    }

    /// After "in", "at", "to"..., directly or further on in a list: "in Oslo, Lisbon, and Nairobi".
    func isPlacePosition(_ start: Int, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        var cursor = start - 1
        var inList = false
        while cursor >= sentence.tokens.lowerBound && start - cursor <= 12 {
            let key = tokens[cursor].key
            if Self.placePrepositions.contains(key) { return true }
            if key == "," || key == "and" || key == "or" {
                inList = true
            } else if !(inList && tokens[cursor].isCapitalized) && !tokens[cursor].isHyphen {
                return false
            }
            cursor -= 1
        }
        return false
    }

    private func countryMention(
        _ index: Int, _ span: LexiconSpan, _ sentence: Sentence, _ evidence: MentionCandidate.Evidence
    ) -> MentionCandidate {
        let country = lexicon.countries[index]
        var mention = MentionCandidate(
            type: .country, start: span.start, end: span.end, sentence: sentence.index, name: country.name,
            key: "country:\(country.code)", evidence: evidence)
        mention.attributes["code"] = country.code
        return mention
    }

    private func placeMention(_ index: Int, _ span: LexiconSpan, _ sentence: Sentence) -> MentionCandidate {
        let place = lexicon.places[index]
        var mention = MentionCandidate(
            type: .place, start: span.start, end: span.end, sentence: sentence.index, name: place.name,
            key: "place:\(normalisedName(place.name))", evidence: .lexicon)
        mention.placeCountry = place.country
        mention.isPlaceUse = true
        return mention
    }

    // MARK: Names no lexicon knows

    /// Classifies a run of capitalised words by the evidence in and around it.
    func nameMentions(_ run: [ResolvedUnit], _ context: Context) -> [MentionCandidate] {
        let tokens = context.tokens
        let words = run.filter(\.isWord).map(\.start)
        guard let firstWord = words.first, let lastWord = words.last else { return [] }
        let start = run.first!.start
        let end = run.last!.end
        if context.strict {
            guard isKnownName(start, end, context) else {
                // Headlines join names with hyphens ("Lima-Okafor"): try each part.
                let parts = hyphenParts(run, tokens)
                return parts.count > 1 ? parts.flatMap { nameMentions($0, context) } : []
            }
            return [MentionCandidate(
                type: .person, start: start, end: end, sentence: context.sentence.index, name: nameText(start, end, tokens),
                key: "", evidence: .knownInDocument)]
        }
        let parts = hyphenParts(run, tokens)
        if parts.count > 1 && lexicon.givenNames[tokens[firstWord].key] == nil {
            return parts.flatMap { nameMentions($0, context) }
        }
        // "Actor John Smyth": a word before a given name is a description, not part of the name.
        func isName(_ key: String) -> Bool {
            [lexicon.givenNames[key], lexicon.surnames[key]].contains { flags in flags.map { !$0.contains(.word) } ?? false }
        }
        if words.count >= 3, !isName(tokens[firstWord].key),
            lexicon.givenNames[tokens[words[1]].key] != nil, let secondUnit = run.firstIndex(where: { $0.start == words[1] })
        {
            return nameMentions(Array(run[secondUnit...]), context)
        }
        let sentence = context.sentence
        let first = tokens[firstWord]
        let last = tokens[lastWord]
        let previous = start > sentence.tokens.lowerBound ? tokens[start - 1] : nil
        let beforePrevious = start - 2 >= sentence.tokens.lowerBound ? tokens[start - 2] : nil
        var mention = MentionCandidate(
            type: .person, start: start, end: end, sentence: sentence.index, name: nameText(start, end, tokens), key: "",
            evidence: .givenName)
        let initial = isSentenceInitial(start, sentence, tokens)

        // Acronyms: "IRSS", "NASA".
        if words.count == 1 && first.isAllCaps && !first.text.contains(".") && first.text.count <= 6 {
            guard !lexicon.cue("non-entity-acronym", contains: first.key) else { return [] }
            mention.type = .agency
            mention.evidence = .acronym
            mention.key = "agency:\(first.key)"
            return [mention]
        }
        if sentence.zone == .byline && words.count == 1 && Self.bylineWords.contains(first.key) { return [] }
        // "Sunni", "Kurdish", "Republicans": peoples and camps, not names.
        if words.allSatisfy({ lexicon.groupNames.contains(tokens[$0].key) }) { return [] }
        // "I", "We", "It": never a name; "He" may be a family name, so it waits for resolution.
        if words.count == 1 && lexicon.isFunctionWord(first.key) {
            guard lexicon.surnames[first.key] != nil, !initial else { return [] }
            mention.isWeak = true
            mention.evidence = .knownInDocument
            return [mention]
        }
        if let previous, previous.kind == .word, Self.honorifics.contains(previous.key) {
            mention.evidence = .title
            mention.start = start - 1  // "Mr. Obama" is the mention; "Obama" the name
        } else if sentence.zone == .byline {
            mention.evidence = .byline
        } else if let previous, previous.key == "at", let staff = beforePrevious,
            lexicon.cue("staff-noun", contains: staff.key)
        {
            // "analysts at Goldman Sachs", "economists at Nordbank": where they work.
            mention.type = .agency
            mention.evidence = .companyNoun
            mention.key = "agency:\(normalisedName(mention.name))"
        } else if let previous, lexicon.cue("company-noun", contains: previous.key), !initial || words.count > 1 {
            mention.type = .agency
            mention.evidence = .companyNoun
            mention.key = "agency:\(normalisedName(mention.name))"
            mention.attributes["kind"] = "company"
            if let beforePrevious, beforePrevious.key == "media" || previous.key == "newspaper" || previous.key == "broadcaster" {
                mention.attributes["kind"] = "media"
            }
        } else if words.count >= 2, let flags = lexicon.givenNames[first.key],
            !flags.contains(.word) || !commonWords.contains(tokens[words[1]].key)
        {
            mention.evidence = .givenName
        } else if words.count == 2, lexicon.surnames[first.key] != nil, lexicon.givenNames[tokens[words[1]].key] == nil,
            !commonWords.contains(tokens[words[1]].key), !lexicon.isFunctionWord(tokens[words[1]].key) || false
        {
            mention.evidence = .surname
        } else if (2...3).contains(words.count), let flags = lexicon.surnames[last.key], !flags.contains(.word),
            !commonWords.contains(first.key)
        {
            mention.evidence = .surname
        } else if titleEnds(at: start, context) || isApposition(start, end, context) {
            mention.evidence = .apposition
        } else if isSpeaker(start, end, context) && !(initial && words.count == 1) {
            mention.evidence = .speech
        } else {
            // No evidence of its own: kept only if resolution ties it to a name the text establishes.
            if words.count > 3 { return [] }
            // A lone common word is not a name, unless it is also a family name ("He", "Young").
            if words.count == 1 && (commonWords.contains(first.key) || lexicon.isFunctionWord(first.key))
                && (lexicon.surnames[first.key] == nil || initial)
            {
                return []
            }
            mention.isWeak = true
            mention.evidence = .knownInDocument
        }
        return [mention]
    }

    /// Splits "Lima-Okafor" into its parts at hyphens.
    private func hyphenParts(_ run: [ResolvedUnit], _ tokens: [Token]) -> [[ResolvedUnit]] {
        var parts: [[ResolvedUnit]] = [[]]
        for unit in run {
            if case .connector(let index) = unit.unit, tokens[index].isHyphen {
                parts.append([])
            } else {
                parts[parts.count - 1].append(unit)
            }
        }
        return parts.filter { $0.contains(where: \.isWord) }
    }

    /// A title ends right before `start`: "trade negotiator Tom Berg", or "..., Berg" after
    /// "Norway's chief trade negotiator,".
    private func titleEnds(at start: Int, _ context: Context) -> Bool {
        context.titles.contains { title in
            title.end == start || (title.end == start - 1 && context.tokens[start - 1].key == ",")
        }
    }

    /// "Ana Lima, senior fellow at ...", "X, a director of ...".
    private func isApposition(_ start: Int, _ end: Int, _ context: Context) -> Bool {
        let tokens = context.tokens
        guard end < context.sentence.tokens.upperBound, tokens[end].key == "," else { return false }
        var cursor = end + 1
        while cursor < context.sentence.tokens.upperBound && ["a", "an", "the"].contains(tokens[cursor].key) { cursor += 1 }
        return context.titles.contains { $0.start == cursor }
    }

    /// "said X", "X said", "X told".
    private func isSpeaker(_ start: Int, _ end: Int, _ context: Context) -> Bool {
        let tokens = context.tokens
        let sentence = context.sentence
        // "said X," or "said X." — not "said European leaders", where the name is a modifier.
        let modifiesNoun = end < sentence.tokens.upperBound && tokens[end].kind == .word && !tokens[end].isCapitalized
        if start > sentence.tokens.lowerBound, lexicon.cue("speech", contains: tokens[start - 1].key), !modifiesNoun { return true }
        var after = end
        while after < sentence.tokens.upperBound && tokens[after].key == "," { after += 1 }
        return after < sentence.tokens.upperBound && lexicon.cue("speech", contains: tokens[after].key)
            && tokens[after].kind == .word && !tokens[after].isCapitalized
    }

    /// In a heading, a name counts only if the body already named a person so.
    private func isKnownName(_ start: Int, _ end: Int, _ context: Context) -> Bool {
        let name = normalisedName(nameText(start, end, context.tokens))
        return context.known.contains { mention in
            guard mention.type == .person, !mention.isWeak else { return false }
            let full = normalisedName(mention.name)
            return full == name || full.split(separator: " ").last.map(String.init) == name
                || full.split(separator: " ").first.map(String.init) == name
        }
    }

    // MARK: Text

    /// The name as written, with single spaces and no spaces around hyphens.
    func nameText(_ start: Int, _ end: Int, _ tokens: [Token]) -> String {
        var out = ""
        for index in start..<end {
            let token = tokens[index]
            if index > start && token.spaceBefore && !(index > start && tokens[index - 1].isHyphen) && !token.isHyphen {
                out += " "
            }
            // "U. S." as written is "U.S." in a name.
            // (A byte test: `String.contains(" ")` is Foundation's search, slow for so small a question.)
            out += token.isHyphen ? "-" : (token.text.utf8.contains(UInt8(ascii: " ")) ? token.text.filter { $0 != " " } : token.text)
        }
        // Names in bylines and datelines may be written in capitals (the cheap test first).
        if (start..<end).count > 1 && out.count > 3 && out.allSatisfy({ !$0.isLowercase }) && out.contains(where: \.isLetter) && !out.contains(".") {
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
