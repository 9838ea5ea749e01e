import Foundation
import NewsGraphCore
import NewsGraphGraphviz
import Testing
import _NewsGraphTestSupport

/// Views drawn: each fits the page column, says what it shows, and orders meetings by date.
@Suite struct ViewDrawingTests {
    /// The declared width of an SVG, in points.
    private func width(_ svg: String) throws -> Double {
        let match = try #require(svg.firstMatch(of: /<svg width="([0-9.]+)pt"/))
        return try #require(Double(match.1))
    }

    /// About the seeds' size: 70 nodes, 70 edges of every type, wide labels.
    @Test func aGraphOfTheSeedsSizeFitsTheColumnWithItsEdgeLabels() throws {
        let diagram = try GraphvizRenderer.render(SyntheticGraphs.tangled(nodes: 70, edgesPerNode: 1), as: .svg)
        #expect(diagram.engine == .dot)
        #expect(try width(diagram.text) <= 825)
        #expect(SVGInspection(diagram.text).texts.contains { RelationType.allCases.map(\.phrase).contains($0) })
    }

    @Test func largeGraphsAreDrawnWithoutEdgeLabelsAndSaySo() throws {
        let diagram = try GraphvizRenderer.render(SyntheticGraphs.tangled(nodes: 100, edgesPerNode: 2), as: .svg)
        #expect(try width(diagram.text) <= 825)
        let texts = SVGInspection(diagram.text).texts
        #expect(!texts.contains("attends"))
        #expect(diagram.caption.summary.contains { $0.hasPrefix("Relations are not labelled at this size") })
    }

    @Test func denseSmallGraphsAreLaidOutWithNeato() {
        #expect(LayoutEngine.automatic.resolved(nodeCount: 40, edgeCount: 121) == .neato)
        #expect(LayoutEngine.automatic.resolved(nodeCount: 40, edgeCount: 120) == .dot)
    }

    @Test func meetingsAreNumberedInDateOrder() throws {
        var graph = SampleGraphs.small
        graph.nodes["meeting:oslo-talks"]?.attributes["date"] = nil
        graph.nodes["meeting:oslo-talks"]?.attributes["when"] = .strings(["in June"])
        let may = Entity(
            id: "meeting:bergen-summit", type: .meeting, label: "Bergen summit", attributes: ["when": .string("in May")],
            mentions: [Mention(document: "a2", start: 99, end: 105, text: "summit")])
        graph.nodes[may.id] = may
        graph.edges["x"] = Relation(id: "x", source: "person:ana-lima", target: may.id, type: .attends)
        let selection = try graph.selecting(.meetings)
        let diagram = try GraphvizRenderer.render(selection, as: .svg)
        let texts = SVGInspection(diagram.text).texts.joined(separator: " ")
        let first = try #require(texts.range(of: "1. Bergen summit (May)"))
        let second = try #require(texts.range(of: "2. Oslo talks (June)"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(diagram.caption.heading == "Meetings in date order")
        #expect(try xmllintComplaint(diagram.text) == nil)
    }

    @Test func theCaptionSaysWhatAViewShowsAndWhatItLeftOut() throws {
        let selection = try SampleGraphs.small.selecting(.ego("Ana Lima"), depth: 1, maxNodes: 3)
        let diagram = try GraphvizRenderer.render(selection, as: .svg)
        let caption = diagram.caption
        #expect(caption.heading == "Around Ana Lima")
        #expect(caption.summary[0].hasPrefix("Everything within 1 step of Ana Lima in 2 news articles: 3 entities and"))
        #expect(caption.summary[0].contains("(of 7 entities and 8 relations in the whole graph)"))
        #expect(caption.summary[1].hasPrefix("Limited to the 3 most connected entities (most evidence in their relations"))
        #expect(caption.summary[1].contains("2 entities left out: Oslo talks; 25% tariffs on steel."))
        let texts = SVGInspection(diagram.text).texts
        #expect(texts.contains { $0.hasSuffix("view: ego:Ana Lima, depth 1; 2 more left out (max 3 entities)") })
    }

    /// A whole-graph view that leaves entities out does not call what it draws the whole graph.
    @Test func aFullViewWithEntitiesLeftOutIsNotCalledTheWholeGraph() throws {
        let whole = try GraphvizRenderer.render(try SampleGraphs.small.selecting(.full), as: .svg).caption
        #expect(whole.summary[0].hasPrefix("The whole graph: 7 entities and 8 relations"))
        let part = try GraphvizRenderer.render(try SampleGraphs.small.selecting(.full, maxNodes: 3), as: .svg).caption
        #expect(part.summary[0].hasPrefix("The graph drawn: 3 entities and"))
        #expect(part.summary[0].contains("(of 7 entities and 8 relations in the whole graph)"))
    }

    @Test func sourcesKeepTheirNumbersInEveryView() throws {
        // Steel is named only in the second article: it is source 2 in its view too.
        let selection = try SampleGraphs.small.selecting(.ego("steel"), depth: 0)
        let caption = try GraphvizRenderer.render(selection, as: .svg).caption
        #expect(caption.sources.map(\.number) == [2])
        #expect(caption.singleSource.map(\.label) == ["steel"])
        #expect(caption.singleSource.map(\.source) == [2])
    }
}
