import Foundation
import NewsGraphCore
import Testing

/// Stories are groups of entities their relations hold together (`StoryGrouping`): the rule
/// that joins two groups, what happens to hubs and leaves, and that the same graph always
/// gives the same stories.
@Suite struct StoryGroupingTests {
    /// A relation stated by the articles `documents`.
    typealias Fact = (source: String, type: RelationType, target: String, documents: [String])

    /// A graph of the entities the facts name (typed by their id's prefix, labelled by its
    /// rest), plus `unrelated` entities that no fact names.
    static func graph(_ facts: [Fact], unrelated: [String] = []) -> EntityGraph {
        var entities: [String: Entity] = [:]
        func entity(_ id: String, in document: String) {
            let parts = id.split(separator: ":", maxSplits: 1)
            let label = parts[1].split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            let mention = Mention(document: document, start: 0, end: label.unicodeScalars.count, text: label)
            let type = EntityType(rawValue: String(parts[0]))!
            entities[id, default: Entity(id: id, type: type, label: label)].mentions.append(mention)
        }
        var documents = Set<String>()
        var relations: [Relation] = []
        for fact in facts {
            let evidence = fact.documents.map { Evidence(document: $0, start: 0, end: 9, sentence: "A sentence.") }
            relations.append(Relation(source: fact.source, target: fact.target, type: fact.type, evidence: evidence))
            for document in fact.documents {
                documents.insert(document)
                entity(fact.source, in: document)
                entity(fact.target, in: document)
            }
        }
        for id in unrelated { entity(id, in: "d1") }
        documents.insert("d1")
        return EntityGraph(
            documents: documents.sorted().map { Document(id: $0, path: "\($0).txt", title: $0) },
            nodes: Array(entities.values), edges: relations
        ).canonicalized()
    }

    /// Talks in Oslo: five entities held together by five relations, all from article o1.
    static let osloTalks: [Fact] = [
        ("person:ana-lima", .attends, "meeting:oslo-talks", ["o1"]),
        ("person:ana-lima", .represents, "country:norway", ["o1"]),
        ("person:tom-berg", .attends, "meeting:oslo-talks", ["o1"]),
        ("meeting:oslo-talks", .heldIn, "place:oslo", ["o1"]),
        ("place:oslo", .locatedIn, "country:norway", ["o1"]),
    ]

    /// A copper tariff in Chile: five entities held together by nine statements in articles c1
    /// to c4.
    static let copperTariff: [Fact] = [
        ("country:chile", .imposes, "policy:copper-tariff", ["c1", "c2"]),
        ("policy:copper-tariff", .covers, "commodity:copper", ["c1"]),
        ("person:juan-soto", .leads, "country:chile", ["c2", "c3"]),
        ("person:juan-soto", .attends, "meeting:santiago-summit", ["c2", "c3", "c4"]),
        ("country:chile", .attends, "meeting:santiago-summit", ["c3"]),
    ]

    private func entitySets(_ stories: [Story]) -> [Set<String>] { stories.map { Set($0.entities) } }

    @Test func twoUnrelatedStoriesAreTwoStories() {
        let stories = Self.graph(Self.osloTalks + Self.copperTariff).groupingStories().stories
        // Heaviest first: nine statements against five.
        #expect(
            entitySets(stories) == [
                ["country:chile", "policy:copper-tariff", "commodity:copper", "person:juan-soto", "meeting:santiago-summit"],
                ["person:ana-lima", "person:tom-berg", "meeting:oslo-talks", "place:oslo", "country:norway"],
            ])
        #expect(stories.map(\.weight) == [9, 5])
        #expect(stories.map(\.id) == ["story-country-chile", "story-meeting-oslo-talks"])
        let oslo = stories.first { $0.entities.contains("place:oslo") }!
        #expect(oslo.documents == ["o1"])
        #expect(oslo.edges.count == 5)
        let copper = stories.first { $0.entities.contains("commodity:copper") }!
        #expect(copper.documents == ["c1", "c2", "c3", "c4"])
        // Strongest first: most evidence inside the story, then most articles, then id.
        #expect(
            copper.entities == [
                "country:chile", "person:juan-soto", "meeting:santiago-summit", "policy:copper-tariff", "commodity:copper",
            ])
        // The two strongest actors, and the meeting or policy most articles name.
        #expect(copper.title == "Chile, Juan Soto: Santiago Summit")
    }

    @Test func aBridgeStatedByOneArticleLeavesTwoStories() {
        // Ana Lima, at home in the Oslo story, also attends the Santiago summit: one article says so.
        let bridge: Fact = ("person:ana-lima", .attends, "meeting:santiago-summit", ["b1"])
        let stories = Self.graph(Self.osloTalks + Self.copperTariff + [bridge]).groupingStories().stories
        #expect(stories.count == 2)
        // She stays where her evidence is: two relations in Oslo, one towards Santiago.
        #expect(stories.first { $0.entities.contains("person:ana-lima") }!.entities.contains("place:oslo"))
        // The bridge belongs to neither story.
        #expect(!stories.contains { $0.edges.contains("person:ana-lima--attends--meeting:santiago-summit") })
    }

    @Test func aBridgeStatedByEnoughArticlesJoinsTheStories() {
        // The rule: 5 × 5 entities need more than 25/20 of evidence between them, so two articles
        // (each stating the bridge once) join them.
        let bridge: Fact = ("person:ana-lima", .attends, "meeting:santiago-summit", ["b1", "b2"])
        let stories = Self.graph(Self.osloTalks + Self.copperTariff + [bridge]).groupingStories().stories
        #expect(stories.count == 1)
        #expect(stories[0].entities.count == 10)
        #expect(stories[0].documents == ["b1", "b2", "c1", "c2", "c3", "c4", "o1"])
        #expect(stories[0].edges.contains("person:ana-lima--attends--meeting:santiago-summit"))
    }

    @Test func biggerStoriesNeedMoreEvidenceToJoin() {
        // Two stories of 10 entities: 100 pairs across, so 5 articles on the bridge (5 × 20 = 100)
        // are not enough and 6 are. Each story is a ring with chords, every link stated twice, so
        // the bridge's ends keep more evidence at home (8) than across.
        func ring(_ name: String) -> [Fact] {
            let ids = (0..<10).map { "person:\(name)-\($0)" }
            let articles = { (index: Int) in ["\(name)\(index)a", "\(name)\(index)b"] }
            return (0..<10).map { (ids[$0], .memberOf, ids[($0 + 1) % 10], articles($0)) }
                + (0..<10).map { (ids[$0], .memberOf, ids[($0 + 3) % 10], articles($0)) }
        }
        func stories(bridgeArticles: Int) -> [Story] {
            let bridge: Fact = ("person:north-0", .memberOf, "person:south-0", (0..<bridgeArticles).map { "bridge\($0)" })
            return Self.graph(ring("north") + ring("south") + [bridge]).groupingStories().stories
        }
        #expect(stories(bridgeArticles: 5).map(\.entities.count) == [10, 10])
        #expect(stories(bridgeArticles: 6).map(\.entities.count) == [20])
    }

    @Test func aGiantComponentIsSplitWhereItsEvidenceIsThin() {
        // One connected graph: two tight groups of four, joined through one place by one article each.
        let north: [Fact] = [
            ("person:ana-lima", .attends, "meeting:oslo-talks", ["n1", "n2"]),
            ("person:tom-berg", .attends, "meeting:oslo-talks", ["n1", "n2"]),
            ("person:ana-lima", .represents, "country:norway", ["n1", "n2"]),
            ("person:tom-berg", .represents, "country:norway", ["n1"]),
        ]
        let south: [Fact] = [
            ("person:juan-soto", .attends, "meeting:santiago-summit", ["s1", "s2"]),
            ("person:eva-ruiz", .attends, "meeting:santiago-summit", ["s1", "s2"]),
            ("person:juan-soto", .leads, "country:chile", ["s1", "s2"]),
            ("person:eva-ruiz", .represents, "country:chile", ["s2"]),
        ]
        let hub: [Fact] = [
            ("meeting:oslo-talks", .heldIn, "place:geneva", ["g1"]),
            ("meeting:santiago-summit", .heldIn, "place:geneva", ["g2"]),
        ]
        let stories = Self.graph(north + south + hub).groupingStories().stories
        #expect(stories.count == 2)
        #expect(Set(stories.flatMap(\.entities)).count == 9)
        #expect(!stories.contains { $0.entities.contains("country:norway") && $0.entities.contains("country:chile") })
    }

    @Test func entitiesWithoutRelationsBelongToNoStoryAndLeavesOfAHubToItsStory() {
        // A hub with 30 leaves, each stated once: the rule alone would let about 20 in; the rest
        // are attached to the story they have evidence with.
        let leaves: [Fact] = (0..<30).map { ("place:town-\($0)", .locatedIn, "country:norway", ["d\($0)"]) }
        let graph = Self.graph(leaves, unrelated: ["person:nobody", "commodity:salmon"])
        let stories = graph.groupingStories().stories
        #expect(stories.count == 1)
        #expect(stories[0].entities.count == 31)
        #expect(stories[0].entities.first == "country:norway")
        let storyOf = graph.groupingStories().storyOfEntity
        #expect(storyOf["person:nobody"] == nil && storyOf["commodity:salmon"] == nil)
        #expect(storyOf["place:town-7"] == "story-country-norway")
    }

    @Test func theSameGraphGivesTheSameStoriesInAnyOrder() {
        let facts = Self.osloTalks + Self.copperTariff + [("person:ana-lima", .attends, "meeting:santiago-summit", ["b1"])]
        let graph = Self.graph(facts)
        let reversed = EntityGraph(
            documents: graph.documents.reversed(), nodes: graph.nodes.values.reversed(), edges: graph.edges.values.reversed())
        #expect(reversed.groupingStories().stories == graph.groupingStories().stories)
        #expect(graph.groupingStories().stories == graph.groupingStories().stories)
    }

    @Test func aGraphWithoutRelationsHasNoStories() {
        #expect(Self.graph([], unrelated: ["person:ana-lima"]).groupingStories().stories.isEmpty)
        #expect(EntityGraph().groupingStories().stories.isEmpty)
    }

    @Test func storiesSurviveTheJSONRoundTripAndAreAbsentUntilGrouped() throws {
        let graph = Self.graph(Self.osloTalks).groupingStories()
        let data = try JSONEncoder().encode(graph)
        #expect(try JSONDecoder().decode(EntityGraph.self, from: data) == graph)
        let ungrouped = try JSONEncoder().encode(Self.graph(Self.osloTalks))
        #expect(!String(decoding: ungrouped, as: UTF8.self).contains("\"stories\""))
    }

    @Test func aViewKeepsTheStoriesOfWhatItShows() throws {
        let graph = Self.graph(Self.osloTalks + Self.copperTariff).groupingStories()
        let kept = graph.keeping(["place:oslo", "country:norway"])
        #expect(kept.stories.count == 1)
        #expect(kept.stories[0].entities == ["country:norway", "place:oslo"])
        #expect(kept.stories[0].edges == ["place:oslo--located_in--country:norway"])
        // Titles and weights stay the whole story's, so a view names it as the graph does.
        #expect(kept.stories[0].title == graph.stories.first { $0.id == kept.stories[0].id }!.title)
    }
}
