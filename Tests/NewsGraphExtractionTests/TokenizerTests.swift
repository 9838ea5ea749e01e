import Testing
@testable import NewsGraphExtraction

@Suite struct TokenizerTests {
    let tokenizer = Harness.extractor.lexicon.tokenizer

    func keys(_ text: String) -> [String] { tokenizer.tokenize(Array(text.unicodeScalars)).map(\.key) }
    func texts(_ text: String) -> [String] { tokenizer.tokenize(Array(text.unicodeScalars)).map(\.text) }

    @Test func abbreviationsKeepTheirPeriod() {
        #expect(texts("Mr. Ota met Gen. Ruiz at Acme Inc. today.") == ["Mr.", "Ota", "met", "Gen.", "Ruiz", "at", "Acme", "Inc.", "today", "."])
    }

    @Test func initialismsAreOneTokenWrittenEitherWay() {
        #expect(keys("the U.S. and the U. S. and the US") == ["the", "us", "and", "the", "us", "and", "the", "us"])
        let spaced = tokenizer.tokenize(Array("the U. S. side".unicodeScalars))
        #expect(spaced[1].text == "U. S.")
        #expect(spaced[1].isAllCaps)
    }

    @Test func aMiddleInitialStaysWithItsPeriod() {
        #expect(texts("George W. Hale") == ["George", "W.", "Hale"])
    }

    @Test func possessiveAndHyphensAreTokensOfTheirOwn() {
        #expect(texts("Norway’s U.S.-backed plan") == ["Norway", "’s", "U.S.", "-", "backed", "plan"])
        #expect(keys("Norway’s")[1] == "'s")
    }

    @Test func offsetsCountCodePoints() {
        let text = "中文 é 🙂 Oslo"
        let tokens = tokenizer.tokenize(Array(text.unicodeScalars))
        let oslo = tokens.last!
        #expect(oslo.text == "Oslo")
        #expect(oslo.start == Array(text.unicodeScalars).count - 4)
    }

    @Test func curlyQuotesAndDashesAreNormalisedInKeysOnly() {
        let tokens = tokenizer.tokenize(Array("“Yes” – no".unicodeScalars))
        #expect(tokens.map(\.key) == ["\"", "yes", "\"", "-", "no"])
        #expect(tokens[0].text == "“")
    }

    @Test func numbersKeepSeparators() {
        #expect(texts("1,000 tonnes at 3.5% and 100 percent") == ["1,000", "tonnes", "at", "3.5", "%", "and", "100", "percent"])
    }
}
