import NewsGraphCore
import NewsGraphGraphviz
import Testing
import _NewsGraphTestSupport

/// The HTML brief: self-contained, every view inline, tables of entities and evidence.
@Suite struct BriefPageTests {
    private func brief(_ graph: EntityGraph, views: [GraphView] = [.full, .meetings]) throws -> String {
        try BriefPage.render(graph, views: views.map { try graph.selecting($0) }, title: "Brief").html
    }

    @Test func smallGraphBrief() throws {
        try assertSnapshot(brief(SampleGraphs.small), named: "small.brief.html")
    }

    @Test func theBriefInlinesEachViewAndListsEveryEntityAndRelation() throws {
        let html = try brief(SampleGraphs.small)
        #expect(html.components(separatedBy: "<svg ").count == 3)
        #expect(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg"))
        #expect(html.contains("<h2>Meetings in date order</h2>"))
        for entity in SampleGraphs.small.nodes.values {
            #expect(html.contains("<tr><td>\(entity.label)"), "no row for \(entity.label)")
        }
        #expect(html.contains("<h3>Ana Lima <em>imposes</em> 25% tariffs on steel (threatened)</h3>"))
        #expect(html.contains("<li>\u{201C}Lima threatened 25% tariffs on steel.\u{201D} [2]</li>"))
        #expect(html.contains(#"<li value="2">Tariff row deepens <span class="id">(a2)</span></li>"#))
    }

    @Test func theBriefAsksForNothingOutside() throws {
        let html = try brief(SampleGraphs.small)
        #expect(html.contains(#"content="default-src 'none'; style-src 'unsafe-inline'""#))
        for pattern in ["<script", "<link", "<img", "<iframe", "src=", "href=", "url(", "@import", "http://", "https://"] {
            let outsideNamespaces = html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "")
                .replacingOccurrences(of: "http://www.w3.org/1999/xlink", with: "")
            #expect(!outsideNamespaces.lowercased().contains(pattern), "the brief contains \(pattern)")
        }
    }

    @Test func theBriefIsTheSameEveryTime() throws {
        #expect(try brief(SampleGraphs.small) == brief(SampleGraphs.small))
        let reordered = EntityGraph(
            documents: SampleGraphs.small.documents.reversed(), nodes: SampleGraphs.small.nodes.values.reversed(),
            edges: SampleGraphs.small.edges.values.reversed())
        #expect(try brief(reordered) == brief(SampleGraphs.small))
    }
}
