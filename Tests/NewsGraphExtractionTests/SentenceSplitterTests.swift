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
