import NewsGraphCore
import NewsGraphGraphviz
import Testing
import _NewsGraphTestSupport

/// Article text in tooltips, the `<desc>`, the Markdown caption and the HTML brief comes out as
/// text: escaped, without control characters, never as markup.
@Suite struct HostileCaptionTests {
    static let graph = SampleGraphs.hostile

    @Test func tooltipsAndDescriptionReadTheHostileTextAsText() throws {
        let svg = try GraphvizRenderer.svg(Self.graph).svg
        let parsed = SVGInspection(svg)
        #expect(parsed.parseError == nil)
        #expect(try xmllintComplaint(svg) == nil)
        #expect(controlCharacters(in: svg).isEmpty)
        let tooltips = parsed.titles.joined(separator: "\n")
        // Every label shows in some tooltip, literally (whitespace collapsed, controls dropped).
        for label in SampleGraphs.hostileLabels {
            let reading = try #require(HostileTextTests.expectedReadings[label])
            #expect(tooltips.contains(reading), "no tooltip reads \(reading)")
        }
        let description = try #require(parsed.descriptions.first)
        #expect(description.contains(#"1. <script>alert(1)</script> & "title" (h<1>)"#))
        // Escaped in the file: the raw markup never appears.
        #expect(!svg.contains("<script>"))
        #expect(!svg.contains(#"onload="alert"#))
        let names = parsed.attributes.map { $0.name.lowercased() }
        #expect(!names.contains { $0.hasPrefix("on") || $0.hasSuffix("href") })
    }

    @Test func theMarkdownCaptionEscapesMarkup() throws {
        let markdown = try GraphvizRenderer.render(Self.graph, as: .svg).caption.markdown
        #expect(controlCharacters(in: markdown).isEmpty)
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains(#"\<script\>alert(1)\</script\> \& "title""#))
        #expect(markdown.contains(#"\<b\>bold\</b\>"#))
        // A backslash stays a visible backslash.
        #expect(markdown.contains(#"back\\slash \\N \\l"#))
    }

    @Test func theBriefEscapesEverythingFromTheArticles() throws {
        let html = try BriefPage.render(
            Self.graph, views: [GraphSelection(full: Self.graph)], title: "<b>Title</b> & \u{07}more").html
        #expect(controlCharacters(in: html).isEmpty)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("<title>&lt;b&gt;Title&lt;/b&gt; &amp; more</title>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("onload=&quot;alert(2)&quot; x=&#39;y&#39;"))
        // The inline SVG is still well-formed on its own.
        let svg = try #require(html.range(of: "<svg ")).lowerBound
        let end = try #require(html.range(of: "</svg>")).upperBound
        #expect(SVGInspection(String(html[svg..<end])).parseError == nil)
    }

    @Test func anUnknownEgoNameIsOneLineWhateverItHolds() {
        #expect {
            try Self.graph.selecting(.ego("<script>\nalert"))
        } throws: { error in
            "\(error)".hasPrefix("no entity named '<script> alert' in the graph") && !"\(error)".contains("\n")
        }
    }
}
