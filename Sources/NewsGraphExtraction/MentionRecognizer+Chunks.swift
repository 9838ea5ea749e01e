import Foundation
import NewsGraphCore

/// Capitalised runs of text and what they name.
extension MentionRecognizer {
    static let nameParticles: Set<String> = ["de", "van", "von", "bin", "al", "da", "du", "la", "le", "der", "del", "di", "ibn", "dos", "das", "ben", "abu", "el"]
    static let placeHeads: Set<String> = [
        "sea", "river", "strait", "straits", "gulf", "bay", "lake", "ocean", "island", "islands", "peninsula",
        "mountains", "valley", "province", "region", "state", "county", "district", "city", "canal", "desert",
        "coast", "border", "basin", "plateau", "square", "street", "avenue", "airport", "port", "harbor", "harbour",
    ]

    // MARK: Building chunks

    func capitalisedChunks(
        _ sentence: Sentence, _ tokens: [Token], spans: [LexiconSpan], titles: [TitleMention]
    ) -> [ResolvedChunk] {
        // The span and title starting at each token of the sentence (-1: none), later ones winning.
        let lower = sentence.tokens.lowerBound
        var spanAt = Array(repeating: -1, count: sentence.tokens.count)
        for (index, span) in spans.enumerated() { spanAt[span.start - lower] = index }
        var titleAt = Array(repeating: -1, count: sentence.tokens.count)
        for (index, title) in titles.enumerated() { titleAt[title.start - lower] = index }
        var chunks: [ResolvedChunk] = []
        var current = ResolvedChunk()
        func close() {
            while let last = current.units.last, case .connector = last.unit { current.units.removeLast() }
            if !current.units.isEmpty { chunks.append(current) }
            current = ResolvedChunk()
        }
        var index = sentence.tokens.lowerBound
        while index < sentence.tokens.upperBound {
            let token = tokens[index]
            let title = titleAt[index - lower]
            if title >= 0, (titles[title].start..<titles[title].end).contains(where: { tokens[$0].isCapitalized }) {
                current.units.append(ResolvedUnit(unit: .title(title), start: index, end: titles[title].end))
                index = titles[title].end
                continue
            }
            let spanIndex = spanAt[index - lower]
            if spanIndex >= 0, token.isCapitalized, isNameLike(spans[spanIndex]) {
                current.units.append(ResolvedUnit(unit: .span(spanIndex), start: index, end: spans[spanIndex].end))
                index = spans[spanIndex].end
                continue
            }
            // "Mr." and "Dr." are evidence for the name after them, not part of it.
            if token.kind == .word && Self.honorifics.contains(token.key) && (token.text.hasSuffix(".") || token.text.count <= 3) {
                close()
                index += 1
                continue
            }
            if token.kind == .word && token.isCapitalized && !isTimeWord(index, tokens) {
                current.units.append(ResolvedUnit(unit: .word(index), start: index, end: index + 1))
                index += 1
                continue
            }
            if !current.units.isEmpty, index + 1 < sentence.tokens.upperBound, isConnector(at: index, tokens, current, sentence) {
                current.units.append(ResolvedUnit(unit: .connector(index), start: index, end: index + 1))
                index += 1
                continue
            }
            close()
            index += 1
        }
        close()
        return chunks.compactMap { trimSentenceStart($0, sentence, tokens) }
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
        let token = tokens[index]
        if lexicon.cue("weekday", contains: token.key) { return token.text.count > 3 || token.text.hasSuffix(".") }
        guard lexicon.cue("month", contains: token.key) else { return false }
        if token.text.hasSuffix(".") { return true }
        // A given name before a capitalised word: "Jan Novak", "April Ross".
        let beforeName = index + 1 < tokens.count && tokens[index + 1].kind == .word && tokens[index + 1].isCapitalized
            && tokens[index + 1].newlinesBefore == 0
        return !(beforeName && lexicon.givenNames[token.key] != nil)
    }

    private func isConnector(at index: Int, _ tokens: [Token], _ chunk: ResolvedChunk, _ sentence: Sentence) -> Bool {
        let token = tokens[index]
        let next = tokens[index + 1]
        // "Bashar al-Assad", "Saadoun al-Dulaimi": a particle joined by a hyphen to the name.
        if Self.nameParticles.contains(token.key), next.isHyphen, !next.spaceBefore, index + 2 < sentence.tokens.upperBound,
            tokens[index + 2].isCapitalized, case .word? = chunk.units.last?.unit
        {
            return true
        }
        guard next.isCapitalized else {
            // "of the" inside "Office of the Trade Representative"
            if token.key == "of" || token.key == "for", next.key == "the", index + 2 < sentence.tokens.upperBound,
                tokens[index + 2].isCapitalized, chunkHasOrganisationHead(chunk, tokens)
            {
                return true
            }
            return false
        }
        if token.isHyphen { return !token.spaceBefore && !next.spaceBefore }
        if token.key == "the" {
            if case .connector(let previous)? = chunk.units.last?.unit { return ["of", "for"].contains(tokens[previous].key) }
            return false
        }
        if token.key == "of" || token.key == "for" || token.key == "on" {
            return chunkHasOrganisationHead(chunk, tokens)
        }
        if token.key == "and" || token.key == "&" {
            // Only inside a head-first organisation name ("Center for Strategic and International
            // Studies"), and not before a second organisation ("... Studies and Kvist Shipping Inc.").
            var ahead = index + 1
            while ahead < sentence.tokens.upperBound && tokens[ahead].isCapitalized {
                if lexicon.organisationKind(tokens[ahead].key) != nil { return false }
                ahead += 1
            }
            return chunkHasOrganisationHead(chunk, tokens)
                && chunk.units.contains { unit in
                    if case .connector(let connector) = unit.unit { return ["of", "for"].contains(tokens[connector].key) }
                    return false
                }
        }
        if Self.nameParticles.contains(token.key) {
            if case .word? = chunk.units.last?.unit { return true }
        }
        return false
    }

    func chunkHasOrganisationHead(_ chunk: ResolvedChunk, _ tokens: [Token]) -> Bool {
        chunk.units.contains { unit in
            if case .word(let index) = unit.unit { return lexicon.organisationKind(tokens[index].key) != nil }
            return false
        }
    }

    /// Drops a capitalised sentence opener that is an ordinary word ("The", "Analysts").
    private func trimSentenceStart(_ chunk: ResolvedChunk, _ sentence: Sentence, _ tokens: [Token]) -> ResolvedChunk? {
        var chunk = chunk
        while let first = chunk.units.first {
            guard case .word(let index) = first.unit, isSentenceInitial(index, sentence, tokens) else { break }
            let key = tokens[index].key
            let ordinary = lexicon.isFunctionWord(key) || (commonWords.contains(key) && lexicon.givenNames[key] == nil)
            guard ordinary else { break }
            chunk.units.removeFirst()
            while let next = chunk.units.first, case .connector = next.unit { chunk.units.removeFirst() }
        }
        return chunk.units.isEmpty ? nil : chunk
    }

    func isSentenceInitial(_ index: Int, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        var cursor = index - 1
        while cursor >= sentence.tokens.lowerBound {
            let token = tokens[cursor]
            if token.kind == .punctuation && ["\"", "'", "(", ":", "-", "[", "\u{2022}"].contains(token.key) {
                cursor -= 1
                continue
            }
            return false
        }
        return true
    }
}

/// A run of capitalised words, lexicon phrases and titles, with the connectors inside it
/// ("Center for Strategic and International Studies", "Norwegian Finance Minister Ana Lima").
struct ResolvedChunk {
    var units: [ResolvedUnit] = []
    var start: Int { units.first?.start ?? 0 }
    var end: Int { units.last?.end ?? 0 }
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
    var isConnector: Bool { if case .connector = unit { true } else { false } }
}
