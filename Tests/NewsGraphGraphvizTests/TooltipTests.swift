import NewsGraphCore
import Testing
import _NewsGraphTestSupport

@testable import NewsGraphGraphviz

/// Every node and edge carries its evidence and sources as its SVG `<title>` (the tooltip), and
/// the caption is the SVG's `<desc>`.
@Suite struct TooltipTests {
    let parsed = SVGInspection(try! GraphvizRenderer.svg(SampleGraphs.small).svg)

    @Test func everyNodeAndEdgeHasATooltip() {
        #expect(parsed.parseError == nil)
        // The graph's own title, then one per node and edge.
        #expect(parsed.titles.count == 1 + SampleGraphs.small.nodes.count + SampleGraphs.small.edges.count)
        #expect(parsed.titles.first == "newsgraph")
        // No title is a bare Graphviz name any more.
        #expect(!parsed.titles.contains { $0.hasPrefix("person:") || $0.contains("->") })
    }

    @Test func anEdgeTooltipQuotesItsEvidenceAndNamesItsSources() throws {
        let tooltip = try #require(parsed.titles.first { $0.hasPrefix("Ana Lima imposes 25% tariffs on steel") })
        #expect(tooltip.contains("(status: threatened)"))
        #expect(tooltip.contains("\u{201C}Lima threatened 25% tariffs on steel.\u{201D} [2]"))
        #expect(tooltip.contains("[2] Tariff row deepens (a2)"))
        #expect(!tooltip.contains("[1]"))
    }

    @Test func aNodeTooltipGivesItsMentionsSourcesAndSomeEvidence() throws {
        let tooltip = try #require(parsed.titles.first { $0.hasPrefix("Ana Lima (person, Trade Minister)") })
        #expect(tooltip.contains("Also: Lima"))
        #expect(tooltip.contains("Named 2 times in 2 sources:"))
        #expect(tooltip.contains("[1] Ministers meet in Oslo (a1)"))
        #expect(tooltip.contains("[2] Tariff row deepens (a2)"))
        #expect(tooltip.contains("\u{201C}Ana Lima met officials in Oslo.\u{201D} [1]"))
    }

    @Test func theCaptionIsTheDescription() throws {
        let description = try #require(parsed.descriptions.first)
        #expect(parsed.descriptions.count == 1)
        #expect(description.hasPrefix("Entity graph\nThe whole graph: 7 entities and 8 relations extracted from 2 news articles."))
        #expect(description.contains("1. Ministers meet in Oslo (a1)"))
        #expect(description.contains("Laid out with dot."))
    }

    @Test func bordersAndLinesGrowWithTheNumberOfSources() throws {
        let dot = try GraphvizRenderer.dot(SampleGraphs.small)
        // Ana Lima is named by two articles, the rest by one.
        #expect(statement(in: dot, startingWith: "\"person:ana-lima\"\t[").contains("penwidth=1.8"))
        // One source: the default width of 1, which cgraph leaves unwritten.
        #expect(!statement(in: dot, startingWith: "\"place:oslo\"\t[").contains("penwidth="))
        var graph = SampleGraphs.small
        let id = Relation.id(source: "person:ana-lima", type: .attends, target: "meeting:oslo-talks")
        graph.edges[id]?.evidence += ["a2", "a3"].map { Evidence(document: $0, start: 0, end: 1, sentence: "More.") }
        let edge = statement(in: try GraphvizRenderer.dot(graph), startingWith: "\"person:ana-lima\" -> \"meeting:oslo-talks\"")
        #expect(edge.contains("penwidth=2.2"), "\(edge)")
        // One to six sources; the width stops growing at five.
        let widths = (1...6).map { DiagramModel.width(sources: $0, base: 10, step: 6, maximum: 34) }
        #expect(widths == ["1", "1.6", "2.2", "2.8", "3.4", "3.4"])
    }

    /// The DOT statement that starts with `prefix`, up to its closing `];`.
    private func statement(in dot: String, startingWith prefix: String) -> String {
        guard let start = dot.range(of: prefix), let end = dot[start.upperBound...].range(of: "];") else { return "" }
        return String(dot[start.lowerBound..<end.upperBound])
    }
}
