import Testing
@testable import NewsGraphExtraction

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [(String, Sentence.Zone)] {
        let lexicon = Harness.extractor.lexicon
        let tokens = lexicon.tokenizer.tokenize(Array(text.unicodeScalars))
        return SentenceSplitter(lexicon: lexicon).split(tokens).map { sentence in
            let scalars = Array(text.unicodeScalars)[sentence.start..<sentence.end]
            var out = ""
            out.unicodeScalars.append(contentsOf: scalars)
            return (out, sentence.zone)
        }
    }

    @Test func anAbbreviationEndsASentenceOnlyBeforeAFunctionWord() {
        let found = sentences("Grain went to the U.S. Earlier this year prices fell. Mr. Ota agreed.")
        #expect(found.map(\.0) == ["Grain went to the U.S.", "Earlier this year prices fell.", "Mr. Ota agreed."])
    }

    @Test func questionsInsideQuotesDoNotEndTheSentence() {
        let found = sentences("“Can we?” asked Ana Lima. She left.")
        #expect(found.map(\.0) == ["“Can we?” asked Ana Lima.", "She left."])
    }

    @Test func headlinesBylinesDatelinesAndFurnitureHaveZones() {
        let text = """
            Ministers Clash Over Fishing Quotas In Oslo
            By Ana Lima and Tom Berg
            OSLO (Nordic Wire) – Ministers met on Monday.
            Leave a Reply
            """
        let found = sentences(text)
        #expect(found.map(\.1) == [.heading, .byline, .dateline, .body, .furniture])
        #expect(found[2].0 == "OSLO (Nordic Wire) –")
    }

    @Test func aBodySentenceFullOfNamesIsNotAHeadline() {
        let text = "Oslo ministers met. Finance Minister Ana Lima and Trade Minister Tom Berg met Vice Premier Li Wei."
        #expect(sentences(text).allSatisfy { $0.1 == .body })
    }

    @Test func aParagraphEndingInAnImageCreditIsACaption() {
        let text = "A harbour crane loads timber at dawn. By Jo Nils / Stockfoto.com.\nMinisters met on Monday."
        let zones = sentences(text).map(\.1)
        #expect(zones == [.caption, .credit, .body])
    }
}

/// Zones cover a sentence or a segment, never a whole long line: feeds deliver a body as one
/// line with a teaser inside it and a credit at its end.
@Suite struct ZoneGrainTests {
    func zones(_ text: String) -> [Sentence.Zone] {
        SentenceSplitterTests().sentences(text).map(\.1)
    }

    @Test func aTeaserAndACreditInsideAOneLineBodyCoverOnlyThemselves() {
        let text = "Fishing ministers from Norway and Iceland met in Reykjavik on Monday to divide the mackerel quota. "
            + "Talks ran late into the night. Officials said a deal was close. "
            + "Read more: Grain prices climb as harvest talks stall. "
            + "Norwegian Fisheries Minister Ingrid Solberg said the quota would be cut by a tenth. "
            + "Author: Maria Olsen Editor: Tom Becker"
        #expect(zones(text) == [.body, .body, .body, .furniture, .body, .byline])
    }

    @Test func aLongLineWithoutFinalPunctuationIsStillRunningText() {
        let sentence = "Officials from six countries met in Lisbon to talk about fishing quotas and ports. "
        let text = String(repeating: sentence, count: 4) + "The talks went on without a break"
        #expect(text.count >= SentenceSplitter.longLine)
        #expect(zones(text).allSatisfy { $0 == .body })
    }

    @Test func aCreditWithoutFinalPunctuationDoesNotMakeItsLineAHeading() {
        #expect(zones("Ministers met in Oslo. Talks went on. Author: Maria Olsen") == [.body, .body, .byline])
    }

    @Test func aSentenceThatOpensWithAFurnitureWordIsNotFurniture() {
        let text = "Ministers met. Comments by the trade minister on Monday drew sharp criticism from farmers."
        #expect(zones(text) == [.body, .body])
    }

    @Test func aPlainByOpensABylineOnlyBeforeNames() {
        #expect(zones("By Ana Lima and Tom Berg, Nordic Wire correspondent") == [.byline])
        #expect(zones("By Tuesday, the talks had resumed in Oslo.") == [.body])
    }

    @Test func aLineNamingItsSourceIsASourceCredit() {
        #expect(zones("Ministers met in Oslo.\nWith information from Nordic Wire") == [.body, .sourceCredit])
    }
}
