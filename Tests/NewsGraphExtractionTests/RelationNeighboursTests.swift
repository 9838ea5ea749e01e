import NewsGraphCore
import Testing
@testable import NewsGraphExtraction

/// Which entities the relation classifier compares: those named near each other and the topic,
/// and in a long list of names only each name's neighbours in the list.
@Suite struct RelationNeighboursTests {
    /// One person mention per key, `sentence` for each, in the order given.
    private func neighbours(_ sentences: [Int]) -> RelationNeighbours {
        var mentions: [MentionCandidate] = []
        var ofKey: [EntityKey: [Int]] = [:]
        for (index, sentence) in sentences.enumerated() {
            mentions.append(
                MentionCandidate(
                    type: .person, start: index * 3, end: index * 3 + 2, sentence: sentence, name: "k\(index)", key: k(index),
                    evidence: .learned))
            ofKey[k(index)] = [index]
        }
        return RelationNeighbours(order: sentences.indices.map(k), ofKey: ofKey, mentions: mentions)
    }

    /// The key of the `index`th person.
    private func k(_ index: Int) -> EntityKey { .person("k\(index)") }

    @Test func entitiesWithinTheWindowAndTheTopicAreCompared() {
        let far = RelationFeatures.window + 1
        let found = neighbours([0, 1, 1, far + 1, far + 2])
        #expect(found.of(k(0)) == [k(1), k(2), k(3), k(4)])
        #expect(found.of(k(1)) == [k(0), k(2)])
        #expect(found.of(k(3)) == [k(0), k(4)])
    }

    @Test func aNameInALongListIsComparedWithItsNeighboursInTheList() {
        let count = RelationNeighbours.crowd * 3
        let found = neighbours(Array(repeating: 0, count: count))
        let middle = count / 2
        let half = RelationNeighbours.crowd / 2
        let expected = [k(0)] + (middle - half...middle + half).filter { $0 != middle }.map(k)
        #expect(found.of(k(middle)) == expected)
        #expect(found.of(k(0)).count == count - 1)
    }

    @Test func mentionsInsideASpanAreCountedUpToTheLimit() {
        let found = neighbours([0, 0, 0, 0, 0])
        #expect(found.mentionsWithin(2..<12, of: 0, upTo: 3) == 3)
        #expect(found.mentionsWithin(2..<9, of: 0, upTo: 3) == 2)
        #expect(found.mentionsWithin(2..<4, of: 0, upTo: 3) == 0)
        #expect(found.mentionsWithin(0..<15, of: 1, upTo: 3) == 0)
    }
}
