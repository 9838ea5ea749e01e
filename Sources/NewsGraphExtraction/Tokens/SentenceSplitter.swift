/// Splits tokens into sentences and gives each the zone of the page it sits in.
///
/// A zone covers a sentence or a segment, never more than it says: feeds and scrapers deliver
/// a whole body as one line, with a teaser ("Read more: <other headline>.") inside it and a
/// credit ("Author: X Editor: Y") at its end, and each of those covers its own span only. A
/// short line is a paragraph of its own kind when all of it says so: a heading (title case,
/// or no final punctuation once a trailing byline or credit is set aside), a byline, page
/// furniture. A line of `longLine` characters or more is running text save for the segments
/// that say otherwise. A dateline ("CITY (Agency) –") opening a line is its own unit. Inside
/// a line, a sentence ends at `.`, `!` or `?` before a capitalised word; an abbreviation's
/// period ends one only when a function word follows ("the U.S. Earlier ...").
final class SentenceSplitter {
    let lexicon: Lexicon
    /// Words the document writes in lower case somewhere: capitalised, they mark a headline.
    /// Set by `split`; the mention recogniser reads them too, rather than collecting them again.
    private(set) var lowercaseWords: Set<String> = []
    private let cues: ZoneCues

    /// Characters from which a line is a body of running text, not a heading or caption: a
    /// headline or caption is a sentence or two, while a feed's one-line body is thousands.
    static let longLine = 300
    /// Words a segment may have and still be page furniture without a colon after its phrase
    /// ("Share this article", "Sign up for our newsletter"): longer, it is a sentence that
    /// happens to open with such a word ("Comments by the minister drew ...").
    static let furnitureWords = 6

    init(lexicon: Lexicon, cues: ZoneCues? = nil) {
        self.lexicon = lexicon
        self.cues = cues ?? ZoneCues(lexicon)
    }

    func split(_ tokens: [Token]) -> [Sentence] {
        lowercaseWords = Self.lowercaseWords(tokens, vocabularySize: lexicon.vocabulary.count)
        var sentences: [Sentence] = []
        var lineStart = 0
        var paragraph = 0
        while lineStart < tokens.count {
            var lineEnd = lineStart + 1
            while lineEnd < tokens.count && tokens[lineEnd].newlinesBefore == 0 { lineEnd += 1 }
            splitLine(tokens, lineStart..<lineEnd, paragraph: paragraph, into: &sentences)
            paragraph += 1
            lineStart = lineEnd
        }
        return sentences
    }

    private func splitLine(_ tokens: [Token], _ line: Range<Int>, paragraph: Int, into sentences: inout [Sentence]) {
        func add(_ range: Range<Int>, _ zone: Sentence.Zone) {
            guard !range.isEmpty else { return }
            sentences.append(
                Sentence(
                    index: sentences.count, tokens: range, start: tokens[range.lowerBound].start,
                    end: tokens[range.upperBound - 1].end, zone: zone, paragraph: paragraph))
        }
        var start = line.lowerBound
        // Bullets and list glyphs open a line without being part of it.
        while start < line.upperBound && isBullet(tokens[start]) { start += 1 }
        guard start < line.upperBound else { return }
        let body = start..<line.upperBound
        let isLong = tokens[body.upperBound - 1].end - tokens[body.lowerBound].start >= Self.longLine
        if !isLong {
            if cues.furnitureOpening(tokens, body) != nil { return add(body, .furniture) }
            if isByline(tokens, body) { return add(body, .byline) }
        }
        let datelineEnd = datelineEnd(tokens, body)
        let segments = sentenceRanges(tokens, (datelineEnd ?? start)..<body.upperBound)
        let zones = segments.map { segmentZone(tokens, $0) }
        // A short line is a heading when what it says before a trailing byline or credit is.
        if !isLong, let lastBody = zones.lastIndex(of: .body) {
            let core = start..<segments[lastBody].upperBound
            if isHeading(tokens, core) {
                let words = core.filter { tokens[$0].kind == .word }.count
                add(core, words > 25 ? .caption : .heading)
                for index in segments.indices where index > lastBody { add(segments[index], zones[index]) }
                return
            }
        }
        if let datelineEnd { add(start..<datelineEnd, .dateline) }
        for index in segments.indices { add(segments[index], zones[index]) }
        // A short paragraph that ends in an image credit is the image's caption; a long line
        // is a body that an image credit interrupts.
        if !isLong, let last = sentences.last, last.paragraph == paragraph, last.zone == .credit {
            for index in sentences.indices where sentences[index].paragraph == paragraph && sentences[index].zone == .body {
                sentences[index].zone = .caption
            }
        }
    }

    /// The sentences of part of a line, as token ranges.
    private func sentenceRanges(_ tokens: [Token], _ range: Range<Int>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var sentenceStart = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            if endsSentence(tokens, at: index, lineEnd: range.upperBound) {
                var end = index + 1
                while end < range.upperBound && isCloser(tokens[end]) { end += 1 }
                ranges.append(sentenceStart..<end)
                sentenceStart = end
                index = end
                continue
            }
            index += 1
        }
        if sentenceStart < range.upperBound { ranges.append(sentenceStart..<range.upperBound) }
        return ranges
    }

    /// What one sentence of a line is: an image credit, page furniture (a teaser), a byline, a
    /// line naming the text's source, or running text.
    private func segmentZone(_ tokens: [Token], _ range: Range<Int>) -> Sentence.Zone {
        if isCredit(tokens, range) { return .credit }
        if let length = cues.furnitureOpening(tokens, range) {
            // "Read more: <headline>." is a label and what it labels; without a colon only a
            // short segment is furniture, a longer one is a sentence that opens with the word.
            let isLabel = range.lowerBound + length < range.upperBound && tokens[range.lowerBound + length].key == ":"
                || tokens[range.lowerBound + length - 1].key == ":"
            let words = range.count { tokens[$0].kind == .word }
            if isLabel || words <= Self.furnitureWords { return .furniture }
        }
        if isByline(tokens, range) { return .byline }
        if cues.opensSourceCredit(tokens, range) { return .sourceCredit }
        return .body
    }

    /// The keys of the words written in lower case. A word the vocabulary numbers is checked off
    /// by its number, and joins the set once.
    private static func lowercaseWords(_ tokens: [Token], vocabularySize: Int) -> Set<String> {
        var seen = BitSet(count: vocabularySize)
        var words = Set<String>(minimumCapacity: tokens.count / 3)
        for index in tokens.indices where tokens[index].kind == .word && !tokens[index].isCapitalized {
            let id = Int(tokens[index].id)
            if id >= 0 {
                if seen.contains(id) { continue }
                seen.insert(id)
            }
            words.insert(tokens[index].key)
        }
        return words
    }

    private func zone(_ tokens: [Token], _ range: Range<Int>) -> Sentence.Zone {
        isCredit(tokens, range) ? .credit : .body
    }

    /// Bullets and list glyphs that may open a line.
    private static let bullets: Set<String> = [
        "\u{2022}", "\u{25CF}", "\u{25AA}", "\u{2023}", "\u{2043}", "*", "-", "\u{00B7}", "\u{25E6}", "\u{2013}", "\u{2014}", ">",
    ]

    private func isBullet(_ token: Token) -> Bool {
        token.kind == .punctuation && Self.bullets.contains(token.text)
    }

    private func isCloser(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch token.keyByte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"): return true
        default: return false
        }
    }

    /// Asked at every token: the cheap test of the token itself comes first.
    private func endsSentence(_ tokens: [Token], at index: Int, lineEnd: Int) -> Bool {
        let isTerminal = tokens[index].isTerminal
        // An abbreviation's own period ends the sentence only before a function word.
        let isAbbreviation = !isTerminal && tokens[index].kind == .word && tokens[index].endsWithPeriod
        guard isTerminal || isAbbreviation else { return false }
        var next = index + 1
        while next < lineEnd && isCloser(tokens[next]) { next += 1 }
        guard next < lineEnd else { return false }
        let following = tokens[next]
        if isTerminal {
            return following.isCapitalized || following.kind == .number || isOpener(following)
                || isBullet(following)
        }
        return following.isCapitalized && lexicon.isFunctionWord(following.key) && next == index + 1
    }

    private func isOpener(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        let byte = token.keyByte
        return byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "(")
    }

    /// "By Ana Lima and Tom Berg", "Author: X", "Reporting by X", "(Reporting by X and Y)",
    /// "Author: X Editor: Y". After a plain "By" come names only ("By Tuesday, talks had ..."
    /// is a sentence): capitalised words and the function words that join them.
    private func isByline(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        if tokens[index].key == "(" { index += 1 }
        guard index < range.upperBound, range.count <= 40, !isCredit(tokens, range) else { return false }
        let rest = index..<range.upperBound
        if cues.opensByline(tokens, rest) { return true }
        guard tokens[index].key == "by", tokens[index].isCapitalized, index + 1 < range.upperBound,
            tokens[index + 1].isCapitalized, !lexicon.isFunctionWord(tokens[index + 1].key)
        else { return false }
        return rest.dropFirst().allSatisfy { position in
            tokens[position].kind != .word || tokens[position].isCapitalized || lexicon.isFunctionWord(tokens[position].key)
                || cues.bylineLabels.contains(tokens[position].key)
        }
    }

    /// An image credit: "By X / Agency.com", "Photo: X", "(Getty Images)".
    private func isCredit(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard range.count <= 20, !range.isEmpty else { return false }
        // Every sentence is asked: the opening word first, and no array of keys.
        let first = tokens[range.lowerBound].key
        if first == "photo" || first == "image" { return true }
        let hasSlash = range.contains { tokens[$0].keyByte == UInt8(ascii: "/") }
        let opensWithBy = first == "by" || (first == "(" && range.count > 1 && tokens[range.lowerBound + 1].key == "by")
        if opensWithBy && (hasSlash || hasDomain(tokens, range)) { return true }
        return hasSlash && range.contains { tokens[$0].key == "images" }
    }

    /// "Agency.com": a domain ending glued to the word before it.
    private func hasDomain(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        range.contains { index in
            guard index > range.lowerBound && tokens[index].spaceBefore == false else { return false }
            let key = tokens[index].key
            return key == "com" || key == "net" || key == "org"
        }
    }

    /// A line written in title case ("Can Officials Avert New Tariffs?"), or one without final
    /// punctuation: a headline, a sub-heading or an image caption.
    private func isHeading(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        // Title case: ordinary words capitalised ("Officials Avert New Tariffs"), not just names.
        // Only short lines can be headings this way, so paragraphs skip the word look-ups.
        var words = 0
        for index in range where tokens[index].kind == .word {
            words += 1
            if words > 25 { break }
        }
        if words <= 25 {
            // Content words (not function words), those capitalised, and those of them the
            // document also writes in lower case: counted, not collected.
            var content = 0
            var capitalised = 0
            var capitalisedCommon = 0
            for index in range where tokens[index].kind == .word && !lexicon.isFunctionWord(tokens[index].key) {
                content += 1
                guard tokens[index].isCapitalized else { continue }
                capitalised += 1
                if lowercaseWords.contains(tokens[index].key) { capitalisedCommon += 1 }
            }
            let titleCaseShare = content == 0 ? 0 : Double(capitalised) / Double(content)
            if capitalisedCommon >= 3 && titleCaseShare >= 0.75 && capitalisedCommon * 2 >= content {
                return true
            }
        }
        var last = range.upperBound - 1
        while last > range.lowerBound && isCloser(tokens[last]) { last -= 1 }
        let lastToken = tokens[last]
        if lastToken.isTerminal || lastToken.key == ":" { return false }
        if lastToken.kind == .word && lastToken.endsWithPeriod { return false }
        return true
    }

    /// The end of "NAIROBI/BRASILIA (Reuters) –" or "LISBON, May 3 -" at a line's start.
    private func datelineEnd(_ tokens: [Token], _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        var capitals = 0
        while index < range.upperBound {
            let token = tokens[index]
            if token.kind == .word && token.isAllCaps {
                capitals += 1
            } else if token.key == "/" || token.key == "," || (token.kind == .word && token.isCapitalized && capitals > 0)
                || token.kind == .number
            {
                // "WASHINGTON, Oct 24" continues the dateline
            } else {
                break
            }
            index += 1
            if index - range.lowerBound > 12 { return nil }
        }
        guard capitals > 0, index < range.upperBound else { return nil }
        if tokens[index].key == "(" {
            while index < range.upperBound && tokens[index].key != ")" { index += 1 }
            index += 1
        }
        guard index < range.upperBound, tokens[index].key == "-" && tokens[index].spaceBefore else { return nil }
        return index + 1
    }
}
