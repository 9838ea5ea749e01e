import NewsGraphCore
import Testing
import _NewsGraphTestSupport

/// Decisions applied to a saved graph (`render --decisions`): each kind on a small graph, with
/// the nodes, edges and diagnostics that result.
@Suite struct GraphDecisionsTests {
    static func apply(_ text: String, to graph: EntityGraph = SampleGraphs.small) throws -> EntityGraph {
        try graph.applying(Decisions(files: [("d.tsv", text)]))
    }

    static func edges(_ graph: EntityGraph) -> Set<String> { Set(graph.edges.keys) }

    /// A person who leads one firm that two articles name two ways.
    static let firm: EntityGraph = {
        let a = Document(id: "a", path: "a.txt", title: "A")
        let b = Document(id: "b", path: "b.txt", title: "B")
        let sa = Evidence(document: "a", start: 0, end: 30, sentence: String(repeating: "x", count: 30))
        let sb = Evidence(document: "b", start: 0, end: 30, sentence: String(repeating: "y", count: 30))
        let nodes = [
            Entity(
                id: "person:mona-berg", type: .person, label: "Mona Berg",
                mentions: [
                    Mention(document: "a", start: 0, end: 9, text: "Mona Berg"),
                    Mention(document: "b", start: 0, end: 9, text: "Mona Berg"),
                ]),
            Entity(
                id: "agency:halden-shipping-co", type: .agency, label: "Halden Shipping Co.",
                mentions: [
                    Mention(document: "b", start: 10, end: 29, text: "Halden Shipping Co.")
                ]),
            Entity(
                id: "agency:halden-shipping-company", type: .agency, label: "Halden Shipping Company",
                attributes: ["kind": .string("company")],
                mentions: [
                    Mention(document: "a", start: 10, end: 23, text: "Halden Shipping Company"),
                    Mention(document: "a", start: 40, end: 63, text: "Halden Shipping Company"),
                ]),
        ]
        let edges = [
            Relation(
                source: "person:mona-berg", target: "agency:halden-shipping-co", type: .leads, attributes: ["sources": .int(1)],
                evidence: [sb]),
            Relation(
                source: "person:mona-berg", target: "agency:halden-shipping-company", type: .leads,
                attributes: ["sources": .int(1)], evidence: [sa]),
        ]
        return EntityGraph(documents: [a, b], nodes: nodes, edges: edges).canonicalized()
    }()

    @Test func sameJoinsTwoNodesTheirNamesAndTheirRelations() throws {
        let graph = try Self.apply("same\tHalden Shipping Co.\tagency:halden-shipping-company\tone firm\n", to: Self.firm)
        #expect(Array(graph.nodes.keys) == ["agency:halden-shipping-company", "person:mona-berg"])
        let node = try #require(graph.nodes["agency:halden-shipping-company"])
        #expect(node.aliases == ["Halden Shipping Co."])
        #expect(node.mentions.count == 3)
        #expect(node.attributes == ["kind": .string("company"), "decisions": .strings(["d.tsv:1 same"])])
        let edge = try #require(graph.edges["person:mona-berg--leads--agency:halden-shipping-company"])
        #expect(graph.edges.count == 1)
        #expect(edge.evidence.map(\.document) == ["a", "b"])
        #expect(edge.attributes["sources"] == .int(2))
        #expect(graph.diagnostics.map(\.id) == ["decision.same"])
        #expect(graph.diagnostics[0].subjects == ["agency:halden-shipping-company"])
        #expect(graph.diagnostics[0].decision?.line == 1)
    }

    @Test func typeAndLabelGiveANewIdAndEveryEdgeFollows() throws {
        let graph = try Self.apply("type\tOslo\tagency\tthe club, not the city\nlabel\tLima\tAna Maria Lima\n")
        #expect(graph.nodes["place:oslo"] == nil)
        #expect(graph.nodes["agency:oslo"]?.type == .agency)
        #expect(graph.nodes["person:ana-lima"] == nil)
        let ana = try #require(graph.nodes["person:ana-maria-lima"])
        #expect(ana.label == "Ana Maria Lima")
        #expect(ana.aliases == ["Ana Lima", "Lima"])
        #expect(ana.attributes["decisions"] == .strings(["d.tsv:2 label"]))
        #expect(Self.edges(graph).contains("meeting:oslo-talks--held_in--agency:oslo"))
        #expect(Self.edges(graph).contains("person:ana-maria-lima--attends--meeting:oslo-talks"))
        #expect(!Self.edges(graph).contains { $0.contains("person:ana-lima") || $0.contains("place:oslo") })
        #expect(graph.edges.count == SampleGraphs.small.edges.count)
        #expect(
            graph.diagnostics.map(\.message) == [
                "labelled 'Lima' 'Ana Maria Lima', its other names kept as aliases, as decided",
                "typed 'Oslo' as agency (was place), as decided: the club, not the city",
            ])
    }

    @Test func dropRemovesANodeWithItsRelationsAndEdgeDropOneRelation() throws {
        let graph = try Self.apply("drop\tsteel\tnot a good here\nedge-drop\tAna Lima\trepresents\tcountry:norway\n")
        #expect(graph.nodes["commodity:steel"] == nil)
        #expect(
            Self.edges(graph)
                == Self.edges(SampleGraphs.small).subtracting([
                    "policy:steel-tariffs--covers--commodity:steel", "person:ana-lima--represents--country:norway",
                ]))
        #expect(
            graph.diagnostics.map(\.message) == [
                "dropped 'steel' (commodity; 1 mention in 1 article), as decided: not a good here",
                "dropped the relation 'Ana Lima' represents 'country:norway' (1 sentence in 1 article), as decided",
            ])
    }

    @Test func differentChecksTwoNodesAreApartAndCannotSplitOne() throws {
        let graph = try Self.apply("different\tAna Lima\tTrade Ministry\ttwo\n")
        #expect(graph.diagnostics.map(\.id) == ["decision.different"])
        #expect(graph.nodes["person:ana-lima"]?.attributes["decisions"] == .strings(["d.tsv:1 different"]))
        #expect(
            throws: DecisionError.line(
                path: "d.tsv", line: 1,
                reason:
                    "'Lima' and 'Ana Lima' are one node in this graph (person:ana-lima): a saved graph cannot be split; build or merge again with the decisions"
            )
        ) { try Self.apply("different\tLima\tAna Lima\ttwo\n") }
    }

    @Test func aDecisionTheGraphAlreadyCarriesIsNotAppliedTwice() throws {
        let once = try Self.apply("type\tOslo\tagency\nlabel\tLima\tAna Maria Lima\n")
        let twice = try Self.apply("type\tOslo\tagency\nlabel\tLima\tAna Maria Lima\n", to: once)
        #expect(twice == once)
    }

    @Test func namesAndContradictionsAreCheckedAgainstTheGraph() {
        #expect(
            throws: DecisionError.line(
                path: "d.tsv", line: 1, reason: "no entity is named 'Ana Lma' in the graph (close: Ana Lima)")
        ) {
            try Self.apply("drop\tAna Lma\tjunk\n")
        }
        #expect(
            throws: DecisionError.line(
                path: "d.tsv", line: 1, reason: "no relation in the graph states 'Ana Lima' leads 'Norway'")
        ) {
            try Self.apply("edge-drop\tAna Lima\tleads\tNorway\n")
        }
        #expect(
            throws: DecisionError.line(
                path: "d.tsv", line: 3,
                reason:
                    "contradicts d.tsv:1 (same \"Oslo\" \"Norway\" x) and d.tsv:2 (same \"Norway\" \"Ana Lima\" y): 'Oslo' and 'Lima' cannot be both one entity and two"
            )
        ) { try Self.apply("same\tOslo\tNorway\tx\nsame\tNorway\tAna Lima\ty\ndifferent\tOslo\tLima\tz\n") }
    }
}
