import Testing

@testable import NewsGraphExtraction

/// `EditDistance.isOneEdit` answers `between(a, b) == 1` in one pass; the resolver's spelling
/// variants depend on the two agreeing exactly.
@Suite struct EditDistanceTests {
    @Test func oneEditAgreesWithTheTable() {
        let words = [
            "", "a", "b", "ab", "ba", "abc", "acb", "abd", "abcd", "xabc", "He", "Hu", "Hee", "Lima", "Lina", "Lim", "Limas",
            "Jos\u{E9}", "Jose", "Jos\u{E9}s",
        ]
        for a in words {
            for b in words {
                #expect(EditDistance.isOneEdit(a, b) == (EditDistance.between(a, b) == 1), "\(a) / \(b)")
            }
        }
    }

    @Test func longNamesAreComparedInOnePass() {
        let long = String(repeating: "a", count: 17_000)
        #expect(EditDistance.isOneEdit(long, long + "b"))
        #expect(EditDistance.isOneEdit(long + "c", long + "b"))
        #expect(!EditDistance.isOneEdit(long, long))
        #expect(!EditDistance.isOneEdit("b" + long + "c", long + "bc"))
    }
}
