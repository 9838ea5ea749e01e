import NewsGraphCore
import Testing

/// What a diagram of a corpus draws: entities ranked by the evidence of their relations, those
/// with none set aside for the caption, and the stories views.
@Suite struct ConnectedSelectionTests {
    typealias Fact = StoryGroupingTests.Fact

    /// Oslo talks and a copper tariff (StoryGroupingTests), and three entities nothing relates
    /// to, one of them named by many articles.
    var graph: EntityGraph {
        var graph = StoryGroupingTests.graph(
            StoryGroupingTests.osloTalks + StoryGroupingTests.copperTariff, unrelated: ["country:russia", "person:nobody"])
        graph.nodes["country:russia"]!.mentions = (1...9).map { Mention(document: "r\($0)", start: 0, end: 6, text: "Russia") }
        return graph
    }

    private func ids(_ selection: GraphSelection) -> Set<String> { Set(selection.graph.nodes.keys) }

    @Test func relationsRankBeforeMereFrequency() {
        let order = graph.connectionOrder()
        // Chile and Juan Soto carry five statements each, Russia none though nine articles name it.
        #expect(Array(order.prefix(2)) == ["country:chile", "person:juan-soto"])
        #expect(order.firstIndex(of: "country:russia")! > order.firstIndex(of: "commodity:copper")!)
        #expect(Array(order.suffix(2)) == ["country:russia", "person:nobody"])
        // The older ranking by sources put Russia first.
        #expect(graph.importanceOrder().first == "country:russia")
    }

    /// An article where nothing relates: nothing drawn, every entity in the caption, and the
    /// article still counted as the diagram's source.
    @Test func anArticleWithNoRelationStillCountsAsTheSource() throws {
        var graph = EntityGraph(documents: [Document(id: "a1", path: "a1.txt", title: "Quiet day")])
        for (id, name) in [("country:haiti", "Haiti"), ("person:rene-lima", "Rene Lima")] {
            graph.nodes[id] = Entity(
                id: id, type: id.hasPrefix("person") ? .person : .country, label: name,
                mentions: [Mention(document: "a1", start: 0, end: name.unicodeScalars.count, text: name)])
        }
        let selection = try graph.selecting(.full, drawsUnrelated: false)
        #expect(selection.graph.nodes.isEmpty)
        #expect(Set(selection.unrelated.map(\.id)) == ["country:haiti", "person:rene-lima"])
        #expect(selection.graph.documents.map(\.id) == ["a1"])
    }

    @Test func entitiesWithNoRelationAreSetAsideNotDrawn() throws {
        let selection = try graph.selecting(.full, drawsUnrelated: false)
        #expect(selection.unrelated.map(\.id) == ["country:russia", "person:nobody"])
        #expect(ids(selection).count == 10)
        #expect(selection.dropped.isEmpty)
        #expect(selection.isPartial)
        // Drawn when asked.
        let all = try graph.selecting(.full)
        #expect(all.unrelated.isEmpty && ids(all).count == 12)
        // An ego view's centre is drawn even when alone.
        let alone = try graph.selecting(.ego("Russia"), drawsUnrelated: false)
        #expect(ids(alone) == ["country:russia"] && alone.unrelated.isEmpty)
    }

    @Test func theCutKeepsTheMostConnectedAndNoStrandedEntity() throws {
        // By evidence: Chile and Juan Soto (5), the Santiago summit (4), the tariff and the Oslo
        // talks (3, the tariff in more articles). With a limit of five the talks would be drawn
        // without any of their partners: they, and the Oslo entities after them, make way for
        // the copper the tariff covers.
        let selection = try graph.selecting(.full, maxNodes: 5, drawsUnrelated: false)
        #expect(
            ids(selection) == [
                "country:chile", "person:juan-soto", "meeting:santiago-summit", "policy:copper-tariff", "commodity:copper",
            ])
        #expect(selection.dropped.first?.id == "meeting:oslo-talks")
        #expect(selection.graph.degrees.count == 5, "every drawn entity has a drawn relation")
        // Drawing unrelated entities too, the cut is plain ranking and the talks stay, alone.
        let plain = try graph.selecting(.full, maxNodes: 5)
        #expect(ids(plain).contains("meeting:oslo-talks"))
    }

    @Test func theStoriesViewShowsTheHeaviestStoriesWithoutTheRelationsBetweenThem() throws {
        let bridge: Fact = ("person:ana-lima", .attends, "meeting:santiago-summit", ["b1"])
        let graph = StoryGroupingTests.graph(StoryGroupingTests.osloTalks + StoryGroupingTests.copperTariff + [bridge])
        let both = try graph.selecting(.stories)
        #expect(both.graph.stories.map(\.id) == ["story-country-chile", "story-meeting-oslo-talks"])
        #expect(both.totalStories == 2)
        #expect(ids(both).count == 10)
        // The bridge is a relation between stories: not in the overview.
        #expect(both.graph.edges["person:ana-lima--attends--meeting:santiago-summit"] == nil)
        #expect(both.graph.edges.count == 10)
        let heaviest = try graph.selecting(.stories, maxStories: 1)
        #expect(heaviest.graph.stories.map(\.id) == ["story-country-chile"])
        #expect(ids(heaviest) == Set(graph.groupingStories().stories[0].entities))
    }

    @Test func anOverviewShowsAConnectedCoreOfEachStory() throws {
        // A story whose strongest entities after the first are a pair the first is not related
        // to: its core grows from the first along relations instead.
        let facts: [Fact] = [
            ("person:ana-lima", .attends, "meeting:oslo-talks", ["o1"]),
            ("meeting:oslo-talks", .heldIn, "place:oslo", ["o1"]),
            ("place:oslo", .locatedIn, "country:norway", ["o1"]),
            ("person:tom-berg", .memberOf, "agency:fishery-board", ["o2"]),
            ("country:norway", .leads, "agency:fishery-board", ["o3"]),
        ]
        let graph = StoryGroupingTests.graph(facts)
        let story = Story(
            id: "story-person-ana-lima", title: "Ana Lima",
            entities: [
                "person:ana-lima", "person:tom-berg", "agency:fishery-board",
                "meeting:oslo-talks", "place:oslo", "country:norway",
            ],
            edges: Array(graph.edges.keys), documents: ["o1", "o2", "o3"], weight: 5)
        #expect(graph.core(of: story, size: 3) == ["person:ana-lima", "meeting:oslo-talks", "place:oslo"])
        #expect(graph.core(of: story, size: 6).count == 6)
        // The overview draws each story as one piece: every shown entity has a shown relation.
        let overview = try graph.selecting(.stories)
        #expect(overview.graph.degrees.count == overview.graph.nodes.count)
    }

    @Test func aStoryViewShowsOneStoryWhole() throws {
        let selection = try graph.selecting(.story("meeting-oslo-talks"))
        #expect(ids(selection) == ["person:ana-lima", "person:tom-berg", "meeting:oslo-talks", "place:oslo", "country:norway"])
        #expect(selection.graph.stories.map(\.id) == ["story-meeting-oslo-talks"])
        #expect(selection.graph.documents.map(\.id) == ["o1"])
        #expect(try graph.selecting(.story("STORY-MEETING-OSLO-TALKS")).graph == selection.graph)
        #expect(throws: GraphError.unknownStory(id: "nothing", storyIDs: ["story-country-chile", "story-meeting-oslo-talks"])) {
            try graph.selecting(.story("nothing"))
        }
        #expect(
            GraphError.unknownStory(id: "x", storyIDs: []).description
                == "no story 'x' in the graph (the graph has no stories: no entity has a relation)")
    }

    @Test func theStoriesViewsParseAndNameTheirLimits() throws {
        #expect(try GraphView(parsing: "Stories") == .stories)
        #expect(try GraphView(parsing: "story: story-country-chile ") == .story("story-country-chile"))
        #expect(throws: GraphError.unknownView("story:")) { try GraphView(parsing: "story:") }
        #expect(GraphView.story("x").description == "story:x")
        #expect(throws: GraphError.invalidLimit(name: "max-stories", value: 0, minimum: 1)) {
            try graph.selecting(.stories, maxStories: 0)
        }
    }
}
