import NewsGraphCore
import Testing
@testable import NewsGraphExtraction

/// Which entities the relation classifier compares: those named near each other and the topic,
/// and in a long list of names only each name's neighbours in the list.
@Suite struct RelationNeighboursTests {
    /// One person mention per key, `sentence` for each, in the order given.
    private func neighbours(_ sentences: [Int]) -> RelationNeighbours {
        var mentions: [MentionCandidate] = []
        var ofKey: [String: [Int]] = [:]
        for (index, sentence) in sentences.enumerated() {
            let key = "k\(index)"
            mentions.append(
                MentionCandidate(type: .person, start: index * 3, end: index * 3 + 2, sentence: sentence, name: key, key: key, evidence: .learned))
            ofKey[key] = [index]
        }
        return RelationNeighbours(order: sentences.indices.map { "k\($0)" }, ofKey: ofKey, mentions: mentions)
    }

    @Test func entitiesWithinTheWindowAndTheTopicAreCompared() {
        let far = RelationFeatures.window + 1
        let found = neighbours([0, 1, 1, far + 1, far + 2])
        #expect(found.of("k0") == ["k1", "k2", "k3", "k4"])
        #expect(found.of("k1") == ["k0", "k2"])
        #expect(found.of("k3") == ["k0", "k4"])
    }

    @Test func aNameInALongListIsComparedWithItsNeighboursInTheList() {
        let count = RelationNeighbours.crowd * 3
        let found = neighbours(Array(repeating: 0, count: count))
        let middle = count / 2
        let half = RelationNeighbours.crowd / 2
        let expected = ["k0"] + (middle - half...middle + half).filter { $0 != middle }.map { "k\($0)" }
        #expect(found.of("k\(middle)") == expected)
        #expect(found.of("k0").count == count - 1)
    }

    @Test func mentionsInsideASpanAreCountedUpToTheLimit() {
        let found = neighbours([0, 0, 0, 0, 0])
        #expect(found.mentionsWithin(2..<12, of: 0, upTo: 3) == 3)
        #expect(found.mentionsWithin(2..<9, of: 0, upTo: 3) == 2)
        #expect(found.mentionsWithin(2..<4, of: 0, upTo: 3) == 0)
        #expect(found.mentionsWithin(0..<15, of: 1, upTo: 3) == 0)
    }
}
