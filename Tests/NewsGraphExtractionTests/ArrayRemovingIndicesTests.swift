import Testing
@testable import NewsGraphExtraction

/// Removing several elements at once keeps the others in their order.
@Suite struct ArrayRemovingIndicesTests {
    @Test func theElementsAtTheIndicesAreRemovedAndTheRestKeptInOrder() {
        var letters = Array("abcdefg")
        letters.remove(atAscending: [0, 3, 4, 6])
        #expect(letters == Array("bcf"))
    }

    @Test func noIndicesLeaveTheArrayAsItWas() {
        var letters = Array("abc")
        letters.remove(atAscending: [])
        #expect(letters == Array("abc"))
    }

    @Test func everyIndexEmptiesTheArray() {
        var letters = Array("abc")
        letters.remove(atAscending: [0, 1, 2])
        #expect(letters.isEmpty)
    }
}
