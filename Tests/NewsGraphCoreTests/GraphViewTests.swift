import NewsGraphCore
import Testing
import _NewsGraphTestSupport

/// Views select nodes and edges by type, neighbourhood and importance; the drawing code only
/// draws what they select.
@Suite struct GraphViewTests {
    let graph = SampleGraphs.small

    private func ids(_ selection: GraphSelection) -> Set<String> { Set(selection.graph.nodes.keys) }
    private func edgeTypes(_ selection: GraphSelection) -> [RelationType] { selection.graph.edges.values.map(\.type).sorted() }

    @Test func parsesEveryViewTheCommandLineAccepts() throws {
        #expect(try GraphView(parsing: "full") == .full)
        #expect(try GraphView(parsing: " Actors ") == .actors)
        #expect(try GraphView(parsing: "policies") == .policies)
        #expect(try GraphView(parsing: "MEETINGS") == .meetings)
        #expect(try GraphView(parsing: "ego:Ana Lima") == .ego("Ana Lima"))
        #expect(try GraphView(parsing: "EGO: Oslo ") == .ego("Oslo"))
        #expect(throws: GraphError.unknownView("ego:")) { try GraphView(parsing: "ego:") }
        #expect(throws: GraphError.unknownView("everything")) { try GraphView(parsing: "everything") }
        #expect(GraphView.ego("X").description == "ego:X")
    }

    @Test func theFullViewIsTheWholeGraph() throws {
        let selection = try graph.selecting(.full)
        #expect(selection.graph == graph.canonicalized())
        #expect(!selection.isPartial)
        #expect(selection.dropped.isEmpty)
        #expect(selection.totalNodes == 7 && selection.totalEdges == 8)
    }

    @Test func actorsArePeopleAgenciesAndCountriesAndTheirRelations() throws {
        let selection = try graph.selecting(.actors)
        #expect(ids(selection) == ["person:ana-lima", "agency:trade-ministry", "country:norway"])
        #expect(edgeTypes(selection) == [.memberOf, .represents, .partOf])
        #expect(selection.isPartial)
    }

    @Test func policiesBringInTheirImposersTargetsAndGoods() throws {
        let selection = try graph.selecting(.policies)
        #expect(ids(selection) == ["policy:steel-tariffs", "person:ana-lima", "commodity:steel"])
        #expect(edgeTypes(selection) == [.imposes, .covers])
        // Ana Lima's other relations are not about policies.
        #expect(!selection.graph.edges.values.contains { $0.type == .memberOf })
    }

    @Test func meetingsBringInAttendeesAndPlaces() throws {
        let selection = try graph.selecting(.meetings)
        #expect(ids(selection) == ["meeting:oslo-talks", "person:ana-lima", "place:oslo"])
        #expect(edgeTypes(selection) == [.attends, .heldIn])
        // The place's country is not a meeting's partner.
        #expect(selection.graph.nodes["country:norway"] == nil)
    }

    @Test func aViewKeepsOnlyTheDocumentsItCites() throws {
        // Oslo is mentioned in a1 only; the graph's other document is not a source of this view.
        let place = try graph.keeping(["place:oslo"]).selecting(.ego("Oslo"))
        #expect(place.graph.nodes.keys.elementsEqual(["place:oslo"]))
        #expect(place.graph.documents.map(\.id) == ["a1"])
        // A view with nothing in it cites nothing.
        #expect(try graph.keeping(["place:oslo"]).selecting(.meetings).graph.documents.isEmpty)
    }

    @Test func egoReachesDepthStepsEitherWay() throws {
        let one = try graph.selecting(.ego("Ana Lima"), depth: 1)
        #expect(one.centres == ["person:ana-lima"])
        #expect(
            ids(one) == [
                "person:ana-lima", "agency:trade-ministry", "country:norway", "meeting:oslo-talks", "policy:steel-tariffs",
            ])
        // Edges among the reached nodes come along, not only those from the centre.
        #expect(one.graph.edges.values.contains { $0.type == .partOf })
        let two = try graph.selecting(.ego("Ana Lima"), depth: 2)
        #expect(ids(two) == Set(graph.nodes.keys))
        let zero = try graph.selecting(.ego("Ana Lima"), depth: 0)
        #expect(ids(zero) == ["person:ana-lima"])
        // Following edges backwards: steel is only ever a target.
        let steel = try graph.selecting(.ego("steel"), depth: 1)
        #expect(ids(steel) == ["commodity:steel", "policy:steel-tariffs"])
    }

    @Test func egoMatchesLabelsAndAliasesIgnoringCase() throws {
        #expect(try graph.selecting(.ego("OSLO TALKS")).centres == ["meeting:oslo-talks"])
        #expect(try graph.selecting(.ego("lima")).centres == ["person:ana-lima"])
        #expect(try graph.selecting(.ego("place:oslo")).centres == ["place:oslo"])
        #expect(try graph.selecting(.ego("oslo")).centres == ["place:oslo"])
    }

    @Test func anUnknownNameListsCloseLabels() throws {
        do {
            _ = try graph.selecting(.ego("Ana Lyma"))
            Issue.record("an unknown name was accepted")
        } catch {
            guard case .unknownNode(let name, let close) = error else { throw error }
            #expect(name == "Ana Lyma")
            #expect(close.first == "Ana Lima")
            #expect(error.description.hasPrefix("no entity named 'Ana Lyma' in the graph (close: Ana Lima"))
            #expect(!error.description.contains("\n"))
        }
        #expect(throws: GraphError.unknownNode(name: "zzzz", closeLabels: [])) { try graph.selecting(.ego("zzzz")) }
    }

    @Test func maxNodesKeepsTheMostImportantAndListsTheRest() throws {
        let selection = try graph.selecting(.full, maxNodes: 3)
        // Two sources beat one; then degree; then id.
        #expect(selection.graph.nodes.keys.sorted() == ["agency:trade-ministry", "country:norway", "person:ana-lima"])
        #expect(selection.dropped.map(\.id) == ["meeting:oslo-talks", "place:oslo", "policy:steel-tariffs", "commodity:steel"])
        #expect(edgeTypes(selection) == [.memberOf, .represents, .partOf])
        #expect(selection.isPartial)
        #expect(selection.maxNodes == 3)
    }

    @Test func maxNodesAlwaysKeepsTheEgoCentre() throws {
        let selection = try graph.selecting(.ego("steel"), depth: 2, maxNodes: 1)
        #expect(ids(selection) == ["commodity:steel"])
        #expect(selection.dropped.count == 2)
    }

    @Test func aLimitAboveTheSizeDropsNothing() throws {
        let selection = try graph.selecting(.actors, maxNodes: 50)
        #expect(selection.dropped.isEmpty)
    }

    @Test func limitsBelowTheirMinimumAreRefused() {
        #expect(throws: GraphError.invalidLimit(name: "max-nodes", value: 0, minimum: 1)) {
            try graph.selecting(.full, maxNodes: 0)
        }
        #expect(throws: GraphError.invalidLimit(name: "depth", value: -1, minimum: 0)) {
            try graph.selecting(.ego("Oslo"), depth: -1)
        }
    }

    @Test func selectingDoesNotDependOnInsertionOrder() throws {
        let reversed = EntityGraph(
            documents: graph.documents.reversed(), nodes: graph.nodes.values.reversed(), edges: graph.edges.values.reversed())
        for view in [GraphView.actors, .policies, .meetings, .ego("Oslo talks")] {
            #expect(try reversed.selecting(view, maxNodes: 2) == graph.selecting(view, maxNodes: 2))
        }
    }
}
