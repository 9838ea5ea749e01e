import Testing
@testable import NewsGraphExtraction

/// `spaceSeparatedWords` gives what `split(separator: " ")` gives a name.
@Suite struct SpaceSeparatedWordsTests {
    @Test(arguments: ["ana lima", "josé maría aznar", " leading and trailing ", "two  spaces", "", " ", "一 二", "x"])
    func givesWhatSplitGives(_ name: String) {
        #expect(name.spaceSeparatedWords == name.split(separator: " "))
    }
}
