import NewsGraphCore
import Testing
@testable import NewsGraphExtraction

/// Which entities the relation classifier compares: those named near each other and the topic,
/// and in a long list of names only each name's neighbours in the list.
@Suite struct RelationNeighboursTests {
    /// One person mention per entity, `sentence` for each, in the order given: the `index`th
    /// entity, of rank `index`, is named by the `index`th mention.
    private func neighbours(_ sentences: [Int]) -> RelationNeighbours {
        var mentions: [MentionCandidate] = []
        for (index, sentence) in sentences.enumerated() {
            mentions.append(
                MentionCandidate(
                    type: .person, start: index * 3, end: index * 3 + 2, sentence: sentence, name: "k\(index)",
                    key: .person("k\(index)"), evidence: .learned))
        }
        return RelationNeighbours(mentionsOf: sentences.indices.map { [$0] }, mentions: mentions)
    }

    @Test func entitiesWithinTheWindowAndTheTopicAreCompared() {
        let far = RelationFeatures.window + 1
        let found = neighbours([0, 1, 1, far + 1, far + 2])
        #expect(found.of(0) == [1, 2, 3, 4])
        #expect(found.of(1) == [0, 2])
        #expect(found.of(3) == [0, 4])
    }

    @Test func aNameInALongListIsComparedWithItsNeighboursInTheList() {
        let count = RelationNeighbours.crowd * 3
        let found = neighbours(Array(repeating: 0, count: count))
        let middle = count / 2
        let half = RelationNeighbours.crowd / 2
        let expected = [0] + (middle - half...middle + half).filter { $0 != middle }
        #expect(found.of(middle) == expected)
        #expect(found.of(0).count == count - 1)
    }

    @Test func mentionsInsideASpanAreCountedUpToTheLimit() {
        let found = neighbours([0, 0, 0, 0, 0])
        #expect(found.mentionsWithin(2..<12, of: 0, upTo: 3) == 3)
        #expect(found.mentionsWithin(2..<9, of: 0, upTo: 3) == 2)
        #expect(found.mentionsWithin(2..<4, of: 0, upTo: 3) == 0)
        #expect(found.mentionsWithin(0..<15, of: 1, upTo: 3) == 0)
    }

    @Test func anEntityNamedTwiceInASentenceIsListedOnce() {
        let mentions = (0..<3).map { index in
            MentionCandidate(
                type: .person, start: index * 3, end: index * 3 + 2, sentence: 0, name: "k\(index % 2)",
                key: .person("k\(index % 2)"), evidence: .learned)
        }
        let found = RelationNeighbours(mentionsOf: [[0, 2], [1]], mentions: mentions)
        #expect(found.of(0) == [1])
        #expect(found.of(1) == [0])
    }

    @Test func typeIndicesFollowTheOrderOfTheTypes() {
        #expect(EntityType.allCases.map(RelationFeatures.typeIndex) == Array(EntityType.allCases.indices))
    }
}
