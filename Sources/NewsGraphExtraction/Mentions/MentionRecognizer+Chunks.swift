import Foundation
import NewsGraphCore

/// Capitalised runs of text and what they name.
extension MentionRecognizer {

    // MARK: Building chunks

    /// The capitalised runs of a sentence, left to right.
    func capitalisedChunks(
        _ sentence: Sentence, _ tokens: [Token], spans: [LexiconSpan], titles: [TitleMention], into buffer: inout ChunkBuffer
    ) {
        buffer.units.removeAll(keepingCapacity: true)
        buffer.ranges.removeAll(keepingCapacity: true)
        let upper = sentence.tokens.upperBound
        // The spans start left to right, one per token at most: the next one not yet passed is
        // the only one that can start at a token.
        var nextSpan = 0
        var chunkStart = 0  // where the chunk being built starts in `buffer.units`
        func close() {
            guard buffer.units.count > chunkStart else { return }
            while buffer.units.count > chunkStart, buffer.units[buffer.units.count - 1].isConnector { buffer.units.removeLast() }
            var nameStart = trimmingSentenceStart(buffer.units, from: chunkStart, sentence, tokens)
            if nameStart < buffer.units.count, !ordinalBelongs(buffer.units[nameStart...], tokens) { nameStart += 1 }
            if nameStart < buffer.units.count { buffer.ranges.append(nameStart..<buffer.units.count) }
            chunkStart = buffer.units.count
        }
        func add(_ unit: ResolvedUnit.Unit, _ start: Int, _ end: Int) {
            buffer.units.append(ResolvedUnit(unit: unit, start: start, end: end))
        }
        var index = sentence.tokens.lowerBound
        while index < upper {
            // The title starting here (the last if several do).
            if let title = titles.lastIndex(where: { $0.start == index }),
                (titles[title].start..<titles[title].end).contains(where: { tokens[$0].isCapitalized })
            {
                add(.title(title), index, titles[title].end)
                index = titles[title].end
                continue
            }
            while nextSpan < spans.count && spans[nextSpan].start < index { nextSpan += 1 }
            // Inside a name a particle is a connector ("Bashar al-Assad"); only a name's first.
            let opensName = tokens[index].isCapitalized || buffer.units.count == chunkStart && opensWithParticle(index, tokens, upper: upper)
            if nextSpan < spans.count, spans[nextSpan].start == index, opensName, isNameLike(spans[nextSpan]) {
                add(.span(nextSpan), index, spans[nextSpan].end)
                index = spans[nextSpan].end
                continue
            }
            // "Ban Ki-moon", "Kim Jong-un": a short lower-case syllable hyphened to a name is part
            // of it; "U.S.-led", "Oslo-based" are not names (the `hyphen-suffix` cue class).
            if buffer.units.count > chunkStart, case .connector(let hyphen)? = buffer.units.last?.unit, tokens[hyphen].isHyphen,
                isNameSyllable(index, after: hyphen, tokens)
            {
                add(.word(index), index, index + 1)
                index += 1
                continue
            }
            // "the 24th Infantry Division", "the 9th District": a unit's number opens its name
            // (`ordinalBelongs` keeps it only before a body's or a place's word).
            if index + 1 < upper, tokens[index + 1].isCapitalized, !tokens[index].isCapitalized, tokens[index + 1].newlinesBefore == 0,
                isOrdinal(tokens[index].key)
            {
                close()
                add(.word(index), index, index + 1)
                index += 1
                continue
            }
            if tokens[index].kind == .word && opensName {
                // "Mr." and "Dr." are evidence for the name after them, not part of it. (In lower
                // case they end the chunk all the same, being no connector.)
                if isHonorific(index, tokens) {
                    close()
                    index += 1
                    continue
                }
                if !isTimeWord(index, tokens) {
                    add(.word(index), index, index + 1)
                    index += 1
                    continue
                }
            }
            if buffer.units.count > chunkStart, index + 1 < upper,
                isConnector(at: index, tokens, buffer.units[chunkStart...], sentence)
            {
                add(.connector(index), index, index + 1)
                index += 1
                continue
            }
            close()
            index += 1
        }
        close()
    }

    /// "al-Qaida", "el-Sisi", "al-Qaim": Arabic writes the article joined by a hyphen to the
    /// name it belongs to, so a name opens in lower case with a particle, a hyphen and a
    /// capitalised word, all unspaced. (Particles that stand apart, "de Gaulle", open no name
    /// on their own: in running text they are mostly prepositions.)
    /// (Asked of most words: the stored facts first, the capital two tokens on before all.)
    @inline(__always) private func opensWithParticle(_ index: Int, _ tokens: [Token], upper: Int) -> Bool {
        index + 2 < upper && tokens[index + 2].isCapitalized && !tokens[index + 2].spaceBefore && !tokens[index + 1].spaceBefore
            && tokens[index + 1].isHyphen && tokens[index].kind == .word && lexicon.nameParticles.contains(tokens[index].key)
    }

    /// "24th", "3rd", "101st": a number glued to an ordinal's ending.
    /// (Asked of most words before a capitalised one: it reads the key's bytes once, and a word
    /// that opens with a letter, as nearly all do, at its first.)
    private func isOrdinal(_ key: String) -> Bool {
        var digits = 0
        var ending: [UInt8] = []
        for byte in key.utf8 {
            if ending.isEmpty, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                digits += 1
                continue
            }
            guard digits > 0, ending.count < 2 else { return false }
            ending.append(byte)
        }
        return Self.ordinalEndings.contains { $0.elementsEqual(ending) }
    }

    private static let ordinalEndings = ["st", "nd", "rd", "th"].map { Array($0.utf8) }

    /// Whether a chunk that opens with an ordinal keeps it: English numbers units of a body or a
    /// place ("the 24th Infantry Division", "the 3rd Battalion", "the 9th District", "5th
    /// Avenue"), so the number is part of the name when the chunk ends in an organisation's or a
    /// place's word; before anything else it counts ("the 2nd Amendment", "the 21st Century").
    private func ordinalBelongs(_ chunk: ArraySlice<ResolvedUnit>, _ tokens: [Token]) -> Bool {
        guard case .word(let first) = chunk.first!.unit, !tokens[first].isCapitalized, isOrdinal(tokens[first].key) else { return true }
        guard case .word(let last) = chunk.last!.unit, last != first else { return false }
        let key = tokens[last].key
        return lexicon.organisationKind(key) != nil || lexicon.placeLastWords[key] != nil
    }

    private func isHonorific(_ index: Int, _ tokens: [Token]) -> Bool {
        // "Mr.", "Dr", "Mrs": an honorific written with its period, or of three letters at most.
        // Length first: most words are longer than any honorific.
        tokens[index].key.utf8.count <= lexicon.longestHonorific
            && (tokens[index].text.hasSuffix(".") || tokens[index].text.count <= 3) && lexicon.honorifics.contains(tokens[index].key)
    }

    /// Lexicon phrases that can be part of a name: not triggers, cue words or goods ("Rice" in
    /// "Secretary Rice" is a name, not the grain).
    private func isNameLike(_ span: LexiconSpan) -> Bool {
        span.hits.contains { hit in
            switch hit {
            case .known(let index): lexicon.known[index].type != .commodity
            case .country, .demonym, .capital, .place: true
            case .meetingTrigger(let trigger): !trigger.isVerb
            default: false
            }
        }
    }

    /// "Monday", "October 10", "Jan. 5": dates end a name. A month word that could be a name
    /// ("Jan Novak", "April Ross") counts only when a day number follows or it is abbreviated.
    private func isTimeWord(_ index: Int, _ tokens: [Token]) -> Bool {
        if let timeWordIDs, !timeWordIDs.contains(tokens[index].id) { return false }
        let key = tokens[index].key
        if weekdays.contains(key) { return tokens[index].text.count > 3 || tokens[index].text.hasSuffix(".") }
        guard months.contains(key) else { return false }
        if tokens[index].text.hasSuffix(".") { return true }
        // A given name before a capitalised word or a name's particle: "Jan Novak", "April Ross",
        // "Jan van Dijk".
        let beforeName = index + 1 < tokens.count && tokens[index + 1].kind == .word
            && (tokens[index + 1].isCapitalized || lexicon.nameParticles.contains(tokens[index + 1].key))
            && tokens[index + 1].newlinesBefore == 0
        return !(beforeName && lexicon.givenNames[key] != nil)
    }

    /// Whether the token at `index` joins the chunk so far to the capitalised words after it.
    /// (The tests on the word itself come before the set look-ups: most words here are no connector.)
    private func isConnector(at index: Int, _ tokens: [Token], _ chunk: ArraySlice<ResolvedUnit>, _ sentence: Sentence) -> Bool {
        let key = tokens[index].key
        let next = index + 1
        // "Bashar al-Assad", "Saadoun al-Dulaimi": a particle joined by a hyphen to the name.
        if tokens[next].isHyphen, !tokens[next].spaceBefore, index + 2 < sentence.tokens.upperBound,
            tokens[index + 2].isCapitalized, case .word? = chunk.last?.unit, lexicon.nameParticles.contains(key)
        {
            return true
        }
        if tokens[index].isHyphen, isNameSyllable(next, after: index, tokens) { return true }
        // "Ursula von der Leyen", "Cristina de la Cruz": two particles in a row, a name after them.
        // The tests of capitals come first: most tokens here are no particle.
        switch chunk.last?.unit {
        case .word?:
            if !tokens[next].isCapitalized, index + 2 < sentence.tokens.upperBound, tokens[index + 2].isCapitalized,
                lexicon.nameParticles.contains(key), lexicon.nameParticles.contains(tokens[next].key)
            {
                return true
            }
        case .connector(let previous)?:
            if tokens[next].isCapitalized, lexicon.nameParticles.contains(key), lexicon.nameParticles.contains(tokens[previous].key) {
                return true
            }
        default: break
        }
        guard tokens[next].isCapitalized else {
            // "of the" inside "Office of the Trade Representative"
            if key == "of" || key == "for", tokens[next].key == "the", index + 2 < sentence.tokens.upperBound,
                tokens[index + 2].isCapitalized, chunkHasOrganisationHead(chunk, tokens)
            {
                return true
            }
            return false
        }
        if tokens[index].isHyphen { return !tokens[index].spaceBefore && !tokens[next].spaceBefore }
        // "St. Peter's Square", "St. Mary's Hospital": a church, square, school or hospital is
        // named after its saint in the possessive, inside one name. (Other possessives end a
        // name: "Lima's Defence Ministry" is hers, not a name of its own.)
        if key == "'s", !tokens[index].spaceBefore, isSaintsName(chunk, tokens) { return true }
        if key == "the" {
            if case .connector(let previous)? = chunk.last?.unit { return ["of", "for"].contains(tokens[previous].key) }
            return false
        }
        if key == "of" || key == "for" || key == "on" {
            // "Kingdom of Prussia", "County of Fermanagh": a unit's word and the name of the unit.
            if key == "of", opensUnitName(chunk, before: next, tokens, sentence) { return true }
            // "the Treaty of Halden": the document's name goes on after its noun.
            if key != "for", case .word(let last)? = chunk.last?.unit, documentNouns.contains(tokens[last]) { return true }
            return chunkHasOrganisationHead(chunk, tokens)
        }
        // "Procter & Gamble", "Mumford & Sons": English joins names with "&" only inside a firm's
        // or a band's name; people and separate bodies are joined with "and".
        if key == "&", case .word? = chunk.last?.unit { return true }
        if key == "and" || key == "&" {
            if joinsHeadFinalName(chunk, before: next, tokens, sentence) { return true }
            // Otherwise only inside a head-first organisation name ("Institute for Trade and
            // Development Studies"), and not before a second organisation ("... Studies and Kvist
            // Shipping Inc.").
            var ahead = index + 1
            while ahead < sentence.tokens.upperBound && tokens[ahead].isCapitalized {
                if lexicon.organisationKind(tokens[ahead].key) != nil { return false }
                ahead += 1
            }
            return chunkHasOrganisationHead(chunk, tokens)
                && chunk.contains { unit in
                    if case .connector(let connector) = unit.unit { return ["of", "for"].contains(tokens[connector].key) }
                    return false
                }
        }
        if case .word? = chunk.last?.unit, lexicon.nameParticles.contains(key) { return true }
        return false
    }

    /// A saint's word ("St.", "Saint": the `saint-word` cue class) and one or two names.
    private func isSaintsName(_ chunk: ArraySlice<ResolvedUnit>, _ tokens: [Token]) -> Bool {
        guard case .word(let first)? = chunk.first?.unit, saintWords.contains(tokens[first]) else { return false }
        let words = chunk.count(where: \.isWord)
        return (2...3).contains(words) && chunk.count == words
    }

    /// Whether "and" at `next - 1` joins two halves of one organisation's name whose head comes
    /// last: "the Food and Drug Administration", "the Parks and Recreation Department", "the
    /// Ways and Means Committee". English names a body by the matters it deals with, coordinated
    /// before its head; two bodies coordinated ("Iran and Deutsche Bank", "Microsoft and Apple
    /// Inc.") differ in that the first is a name of its own, which "the" does not precede. So:
    /// after "the" (or a sentence's opening "The"), one to three plain capitalised words that no
    /// lexicon names, then up to four capitalised words ending in an organisation word of
    /// another kind than any right before "and".
    private func joinsHeadFinalName(
        _ chunk: ArraySlice<ResolvedUnit>, before next: Int, _ tokens: [Token], _ sentence: Sentence
    ) -> Bool {
        guard let first = chunk.first else { return false }
        var words = 0
        var beforeAnd = first.start
        for unit in chunk {
            guard case .word(let word) = unit.unit else { return false }
            beforeAnd = word
            if tokens[word].key == "the" {
                guard word == first.start, isSentenceInitial(word, sentence, tokens) else { return false }
                continue
            }
            words += 1
        }
        guard (1...3).contains(words) else { return false }
        let opensWithThe = tokens[first.start].key == "the"
            || (first.start > sentence.tokens.lowerBound && tokens[first.start - 1].key == "the"
                && !tokens[first.start - 1].isCapitalized)
        guard opensWithThe else { return false }
        var ahead = next
        while ahead < sentence.tokens.upperBound, ahead - next < 4, tokens[ahead].kind == .word, tokens[ahead].isCapitalized {
            ahead += 1
        }
        guard ahead > next, let kind = lexicon.organisationKind(tokens[ahead - 1]) else { return false }
        // "the Royal Guard and Walloon Guard": a head of the same kind before "and" ends a body.
        return lexicon.organisationKind(tokens[beforeAnd]) != kind
    }

    /// A short lower-case syllable glued to a hyphen glued to a name: "moon" of "Ki-moon".
    private func isNameSyllable(_ index: Int, after hyphen: Int, _ tokens: [Token]) -> Bool {
        hyphen > 0 && tokens[hyphen - 1].isCapitalized && tokens[index].kind == .word && !tokens[index].isCapitalized
            && !tokens[index].spaceBefore && !tokens[hyphen].spaceBefore && tokens[index].key.utf8.count <= 4
            && !lexicon.isFunctionWord(tokens[index].key) && !lexicon.cue("hyphen-suffix", contains: tokens[index].key)
    }

    /// Whether a chunk ends with a unit's word that opens the unit's name before "of" and the
    /// name at `next` ("Kingdom of Prussia", "Grand Duchy of Finland", "London Borough of
    /// Hounslow"): before the unit's word may stand only a sentence's opening function word, a
    /// word that grades the unit (`unit-qualifier`) or a place, and after a place the name is no
    /// country's: "the Oran County of Norway" is Oran County, and "of Norway" says where it is.
    func opensUnitName(_ chunk: ArraySlice<ResolvedUnit>, before next: Int, _ tokens: [Token], _ sentence: Sentence) -> Bool {
        guard case .word(let last)? = chunk.last?.unit, lexicon.placeOfWords[tokens[last].key] != nil else { return false }
        var namedBefore = false
        for unit in chunk.dropLast() {
            switch unit.unit {
            case .word(let word) where lexicon.cue("unit-qualifier", contains: tokens[word].key): continue
            case .word(let word) where lexicon.isFunctionWord(tokens[word].key) && isSentenceInitial(word, sentence, tokens): continue
            case .span: namedBefore = true
            default: return false
            }
        }
        guard namedBefore else { return true }
        let after = lexicon.phrases.longestMatch(in: tokens, at: next, limit: sentence.tokens.upperBound)
        return after?.hits.contains { if case .country = $0 { true } else { false } } != true
    }

    func chunkHasOrganisationHead(_ chunk: ArraySlice<ResolvedUnit>, _ tokens: [Token]) -> Bool {
        chunk.contains { unit in
            if case .word(let index) = unit.unit { return lexicon.organisationKind(tokens[index].key) != nil }
            return false
        }
    }

    /// Where a chunk's name starts in `units` once a capitalised sentence opener that is an
    /// ordinary word ("The", "Analysts") is dropped.
    private func trimmingSentenceStart(_ units: [ResolvedUnit], from start: Int, _ sentence: Sentence, _ tokens: [Token]) -> Int {
        var start = start
        while start < units.count {
            guard case .word(let index) = units[start].unit, isSentenceInitial(index, sentence, tokens) else { break }
            let key = tokens[index].key
            let ordinary = lexicon.isFunctionWord(key) || (commonWords.contains(key) && lexicon.givenNames[key] == nil)
            guard ordinary else { break }
            start += 1
            while start < units.count, units[start].isConnector { start += 1 }
        }
        return start
    }

    func isSentenceInitial(_ index: Int, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        var cursor = index - 1
        while cursor >= sentence.tokens.lowerBound {
            if tokens[cursor].kind == .punctuation && ["\"", "'", "(", ":", "-", "[", "\u{2022}"].contains(tokens[cursor].key) {
                cursor -= 1
                continue
            }
            return false
        }
        return true
    }
}

/// The capitalised chunks of a sentence: their units laid out in one buffer, each chunk a range
/// of it, so that a chunk costs no array of its own (and the buffer serves sentence after sentence).
struct ChunkBuffer {
    var units: [ResolvedUnit] = []
    var ranges: [Range<Int>] = []

    var chunks: LazyMapSequence<[Range<Int>], ResolvedChunk> {
        let units = units
        return ranges.lazy.map { ResolvedChunk(units: units[$0]) }
    }

    /// Whether a chunk covers the token at `index`.
    func covers(_ index: Int) -> Bool {
        ranges.contains { units[$0.lowerBound].start <= index && index < units[$0.upperBound - 1].end }
    }
}

/// A run of capitalised words, lexicon phrases and titles, with the connectors inside it
/// ("Institute for Trade and Development Studies", "Norwegian Finance Minister Ana Lima").
struct ResolvedChunk {
    /// A slice of the sentence's buffer of units.
    var units: ArraySlice<ResolvedUnit>
}

/// One part of a chunk, with its token range.
struct ResolvedUnit {
    enum Unit {
        /// A lexicon phrase, by index into the sentence's spans.
        case span(Int)
        /// A title, by index into the sentence's titles.
        case title(Int)
        /// A capitalised word no phrase covers, by token index.
        case word(Int)
        /// "of", "for", "and", a hyphen or a name particle inside a name, by token index.
        case connector(Int)
    }
    var unit: Unit
    var start: Int
    var end: Int

    var isWord: Bool { if case .word = unit { true } else { false } }
    var isSpan: Bool { if case .span = unit { true } else { false } }
    var isConnector: Bool { if case .connector = unit { true } else { false } }
}
