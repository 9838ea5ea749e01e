import Foundation
import NewsGraphCore

/// Titles: the lexicon's title phrases, widened to the modifiers and portfolio written with them.
extension MentionRecognizer {
    /// Titles with their modifiers and portfolios: "former U.S. Treasury Secretary" gives the
    /// title "Treasury Secretary" (the country is an affiliation, found as a mention).
    func titleMentions(
        _ spans: [LexiconSpan], _ sentence: Sentence, _ tokens: [Token], into titles: inout [TitleMention]
    ) {
        titles.removeAll(keepingCapacity: true)
        for span in spans {
            guard let entry = titleEntry(span, tokens) else { continue }
            titles.append(titleMention(entry, span, sentence, tokens))
        }
    }

    /// The title a lexicon phrase names, if any. "Sen." is a title, "Sen" (as in Hun Sen) a name:
    /// an abbreviated title counts only written with its period.
    private func titleEntry(_ span: LexiconSpan, _ tokens: [Token]) -> TitleEntry? {
        guard
            let entry = span.hits.lazy.compactMap({ hit -> TitleEntry? in
                if case .title(let index) = hit { return lexicon.titles[index] }
                return nil
            }).first
        else { return nil }
        if entry.phrase.hasSuffix(".") && !tokens[span.end - 1].text.hasSuffix(".") { return nil }
        return entry
    }

    /// The title a phrase gives, with the words written around it that belong to it.
    ///
    /// A portfolio comes before the title ("Trade Minister") or, if none does, after it ("Minister
    /// of Trade"); the one before is the one a reader takes, and only a title that implies an
    /// agency reaches for one after it.
    private func titleMention(
        _ entry: TitleEntry, _ span: LexiconSpan, _ sentence: Sentence, _ tokens: [Token]
    ) -> TitleMention {
        let (start, portfolioStart, bodyWord) = titleOpening(before: span, sentence, tokens)
        var end = span.end
        var portfolio = portfolioStart.map { $0..<span.start }
        if portfolio == nil, let after = trailingPortfolio(after: span, sentence, tokens), entry.agencyTemplate != nil {
            portfolio = after
            end = after.upperBound
        }
        // "Minister for Foreign Affairs": a portfolio after the title is read with it, whole.
        let roleStart = min(
            portfolioStart == nil && portfolio != nil ? span.start : portfolio?.lowerBound ?? span.start, bodyWord ?? .max)
        var title = TitleMention(
            start: start, end: end, sentence: sentence.index,
            role: role(start..<end, portfolioStart: roleStart, tokens),
            titleClass: entry.titleClass, impliedAgency: impliedAgency(entry, portfolio: portfolio, tokens),
            portfolioStart: portfolio?.lowerBound, portfolioEnd: portfolio?.upperBound)
        title.isFormer = isFormerTitle(start..<end, sentence, tokens)
        if let portfolio { title.isSecondRank = (start..<portfolio.lowerBound).contains { secondRankWords.contains(tokens[$0]) } }
        return title
    }

    /// Portfolios and modifiers to the left of a title ("chief trade negotiator", "Treasury
    /// Secretary"), the hyphen of "vice-chairman", and the word of the body the title is held in
    /// ("Cabinet Secretary", "Chief Cabinet Secretary", "Party Chairman": `isBodyWordOfTitle`).
    /// - Returns: where the title starts, where the leftmost portfolio word does, if any, and
    ///   the body's word, if any.
    private func titleOpening(
        before span: LexiconSpan, _ sentence: Sentence, _ tokens: [Token]
    ) -> (start: Int, portfolioStart: Int?, bodyWord: Int?) {
        var start = span.start
        var portfolioStart: Int?
        var bodyWord: Int?
        while start > sentence.tokens.lowerBound {
            let previous = tokens[start - 1]
            if previous.kind == .word && lexicon.portfolios.contains(previous.key) {
                start -= 1
                portfolioStart = start
            } else if bodyWord == nil, portfolioStart == nil, start == span.start, isBodyWordOfTitle(start - 1, span, sentence, tokens) {
                start -= 1
                bodyWord = start
            } else if previous.kind == .word && lexicon.titleModifiers.contains(previous.key)
                || previous.isHyphen && start - 2 >= sentence.tokens.lowerBound && tokens[start - 2].key == "vice"
            {
                start -= 1
            } else {
                break
            }
        }
        return (start, portfolioStart, bodyWord)
    }

    /// "Cabinet Secretary", "Party Chairman", "Board Member": a capitalised word that heads a
    /// body's name (and is no surname), right before a capitalised title, says in which body the
    /// title is held: it is part of the title, not a name, nor alone a body the graph could tell
    /// from others of its kind. Only the body's lone word: before it may stand no other
    /// capitalised word but a title's modifier ("Chief"), or the words name the body
    /// ("the Senate Intelligence Committee Chairman").
    private func isBodyWordOfTitle(_ index: Int, _ span: LexiconSpan, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        let word = tokens[index]
        guard word.kind == .word, word.isCapitalized, tokens[span.start].isCapitalized, lexicon.organisationKind(word.key) != nil,
            lexicon.surnames[word.key] == nil
        else { return false }
        guard index > sentence.tokens.lowerBound else { return true }
        let before = tokens[index - 1]
        return !(before.kind == .word && before.isCapitalized) || lexicon.titleModifiers.contains(before.key)
            || isSentenceInitial(index - 1, sentence, tokens) && lexicon.isFunctionWord(before.key)
    }

    /// "Minister of Foreign Affairs", "Secretary for Trade": capitalised portfolio words after
    /// "of" or "for" (and "the").
    private func trailingPortfolio(after span: LexiconSpan, _ sentence: Sentence, _ tokens: [Token]) -> Range<Int>? {
        let end = span.end
        guard end + 1 < sentence.tokens.upperBound, tokens[end].key == "of" || tokens[end].key == "for" else { return nil }
        var cursor = end + 1
        if cursor < sentence.tokens.upperBound && tokens[cursor].key == "the" { cursor += 1 }
        let first = cursor
        while cursor < sentence.tokens.upperBound && tokens[cursor].isCapitalized
            && (lexicon.portfolios.contains(tokens[cursor].key) || tokens[cursor].key == "affairs")
        {
            cursor += 1
        }
        // "for African Affairs", "of Veterans Affairs": up to two capitalised words before
        // "Affairs" name the portfolio whatever they are.
        if cursor == first {
            var ahead = first
            while ahead < min(sentence.tokens.upperBound, first + 3) && tokens[ahead].isCapitalized && tokens[ahead].key != "affairs" {
                ahead += 1
            }
            if ahead > first, ahead < sentence.tokens.upperBound, tokens[ahead].key == "affairs" { cursor = ahead + 1 }
        }
        return cursor > first ? first..<cursor : nil
    }

    /// The agency a title implies: its template with the portfolio put in ("Finance Minister" →
    /// "Finance Ministry"), or the template itself when it names one body and no portfolio.
    private func impliedAgency(_ entry: TitleEntry, portfolio: Range<Int>?, _ tokens: [Token]) -> String? {
        guard let parts = entry.agencyTemplateParts else { return nil }
        if let portfolio {
            return parts.joined(separator: portfolio.map { capitalised(tokens[$0].text) }.joined(separator: " "))
        }
        return parts.count == 1 ? parts[0] : nil
    }

    /// The role as a reader sees it, capitalised: the title's words from the portfolio on, and the
    /// modifiers before ("Deputy Trade Minister").
    private func role(_ range: Range<Int>, portfolioStart: Int, _ tokens: [Token]) -> String {
        var role = ""
        var hasHyphen = false
        var isFirstWord = true
        for index in range where tokens[index].kind == .word || tokens[index].isHyphen {
            guard index >= portfolioStart || lexicon.titleModifiers.contains(tokens[index].key) else { continue }
            if !isFirstWord { role += " " }
            isFirstWord = false
            if tokens[index].isHyphen {
                role += "-"
                hasHyphen = true
            } else if tokens[index].key == "of" || tokens[index].key == "for" || tokens[index].key == "the" {
                // "Minister for Foreign Affairs": the words joining a portfolio stay as written.
                role += tokens[index].key
            } else {
                role += capitalised(tokens[index].text)
            }
        }
        // "Secretary-General": a hyphen joins the words beside it with no space.
        if hasHyphen { role = role.replacingOccurrences(of: " - ", with: "-") }
        return role
    }

    /// "former Foreign Minister", and "Former Dutch Finance Minister" with the country between: a
    /// word that puts the title in the past, inside it or among the four capitalised words (or
    /// possessives) before it.
    private func isFormerTitle(_ range: Range<Int>, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        let start = range.lowerBound
        var lookBack = start - 1
        while lookBack >= sentence.tokens.lowerBound && start - lookBack <= 4
            && (tokens[lookBack].isCapitalized || tokens[lookBack].key == "'s") && !isPastWord(tokens[lookBack])
        {
            lookBack -= 1
        }
        return range.contains { isPastWord(tokens[$0]) }
            || (lookBack >= sentence.tokens.lowerBound && isPastWord(tokens[lookBack]))
    }

    /// A word that puts a title in the past: "former", "ex", "deposed" (the `past-title-word`
    /// cue class).
    func isPastWord(_ token: Token) -> Bool { pastTitleWords.contains(token) }

    /// A word capitalised as in a title: "secretary" → "Secretary"; all-capital words stay.
    func capitalised(_ word: String) -> String {
        // ASCII words, nearly all, by their bytes: `Character` properties are slow to ask.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let first = word.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else { return word }
            return String(unsafeUninitializedCapacity: word.utf8.count) { buffer in
                _ = buffer.initialize(from: word.utf8)
                buffer[0] = first - 32
                return word.utf8.count
            }
        }
        guard let first = word.first else { return word }
        if word.allSatisfy({ $0.isUppercase || !$0.isLetter }) && word.count > 1 { return word }
        return first.uppercased() + word.dropFirst()
    }
}
