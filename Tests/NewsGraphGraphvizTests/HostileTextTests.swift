import Foundation
import NewsGraphCore
import Testing
import _NewsGraphTestSupport

@testable import NewsGraphGraphviz

/// Article text must come out as text: never markup, never a Graphviz escape, never a raw
/// control character.
@Suite struct HostileTextTests {
    /// How each hostile label should read in the drawing: whitespace collapsed, control
    /// characters gone, everything else literal (`\N` stays a backslash and an N).
    static let expectedReadings: [String: String] = [
        #"Say "hi" & <b>bold</b>"#: #"Say "hi" & <b>bold</b>"#,
        "<script>alert(1)</script>": "<script>alert(1)</script>",
        "end ]]> of CDATA": "end ]]> of CDATA",
        "two\nlines": "two lines",
        #"back\slash \N \l"#: #"back\slash \N \l"#,
        "中文 and é": "中文 and é",
        "bell\u{07}char": "bellchar",
        "onload=\"alert(2)\" x='y'": "onload=\"alert(2)\" x='y'",
    ]

    @Test func everyHostileLabelHasAnExpectedReading() {
        #expect(Set(Self.expectedReadings.keys) == Set(SampleGraphs.hostileLabels))
    }

    @Test func svgShowsEveryHostileLabelAsText() throws {
        let (svg, _) = try GraphvizRenderer.svg(SampleGraphs.hostile)
        let parsed = SVGInspection(svg)
        #expect(parsed.parseError == nil)
        // Labels wrap at spaces into one <text> per line: read the lines back together.
        let drawn = parsed.texts.joined(separator: " ")
        for label in SampleGraphs.hostileLabels {
            let reading = try #require(Self.expectedReadings[label])
            #expect(drawn.contains(reading), "no <text> reads \(reading)")
        }
        // The document title is in the heading's numbered sources, as text.
        #expect(parsed.texts.contains(#"1. <script>alert(1)</script> & "title""#))
    }

    @Test func svgHasNoScriptNoEventHandlerNoLink() throws {
        let (svg, _) = try GraphvizRenderer.svg(SampleGraphs.hostile)
        #expect(!svg.lowercased().contains("<script"))
        let parsed = SVGInspection(svg)
        #expect(parsed.parseError == nil)
        #expect(!parsed.elementNames.contains { $0.lowercased() == "script" || $0.lowercased() == "foreignobject" })
        let names = parsed.attributes.map { $0.name.lowercased() }
        #expect(!names.contains { $0.hasPrefix("on") }, "event handler attribute in \(names)")
        #expect(!names.contains { $0 == "href" || $0.hasSuffix(":href") })
        // The raw attribute text would be there if escaping failed anywhere.
        #expect(!svg.contains(#"onload="alert"#))
    }

    @Test(arguments: [DiagramFormat.dot, .svg])
    func outputHasNoControlCharacters(format: DiagramFormat) throws {
        let text = try GraphvizRenderer.render(SampleGraphs.hostile, as: format).text
        #expect(controlCharacters(in: text).isEmpty)
    }

    @Test func xmllintAcceptsTheHostileSVG() throws {
        let (svg, _) = try GraphvizRenderer.svg(SampleGraphs.hostile)
        let complaint = try xmllintComplaint(svg)
        #expect(complaint == nil, "xmllint: \(complaint ?? "")")
    }

    @Test func xmllintAcceptsHostileSVGFromEveryEngine() throws {
        for engine in [LayoutEngine.neato, .sfdp] {
            let (svg, _) = try GraphvizRenderer.svg(SampleGraphs.hostile, options: DiagramOptions(engine: engine))
            let complaint = try xmllintComplaint(svg)
            #expect(complaint == nil, "xmllint on \(engine): \(complaint ?? "")")
        }
    }

    /// cgraph writes the DOT, so its own reader must give back exactly the labels that were set.
    @Test func dotReadsBackToTheLabelsThatWereSet() throws {
        let dot = try GraphvizRenderer.dot(SampleGraphs.hostile)
        let parsed = try GraphvizSession.parseDOT(dot)
        #expect(parsed.name == "newsgraph")
        #expect(parsed.edgeCount == SampleGraphs.hostile.edges.count)
        for entity in SampleGraphs.hostile.nodes.values {
            let name = try #require(parsed.nodes.keys.first { $0 == entity.id }, "no node \(entity.id)")
            let width = LayoutPlan(graph: SampleGraphs.hostile, requested: .automatic).labelWidth
            #expect(parsed.nodes[name] == GraphvizText.label(entity.label, width: width))
        }
    }

    @Test func dotKeepsBackslashesLiteralAndMarkupQuoted() throws {
        let dot = try GraphvizRenderer.dot(SampleGraphs.hostile)
        // Wrapped: `\n` between the lines is the one escape the renderer writes itself.
        #expect(dot.contains(#"label="back\\slash \\N\n\\l""#))
        #expect(dot.contains(#"label="<script>alert(1)</script>""#))
        // The caption is HTML-like, so the title must be escaped inside it.
        #expect(dot.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;title&quot;"))
    }

    /// A label ending in a backslash is written `"...\\"` and a quote after a backslash
    /// `"\\\""`: easy to get wrong for a DOT writer, so check cgraph reads them back.
    @Test func labelEndingInBackslashSurvivesTheRoundTrip() throws {
        let graph = EntityGraph(nodes: [
            Entity(id: "person:a", type: .person, label: #"ends with \"#),
            Entity(id: "person:b", type: .person, label: #"quote \" inside"#),
        ])
        let parsed = try GraphvizSession.parseDOT(GraphvizRenderer.dot(graph))
        #expect(parsed.nodes.count == 2)
        #expect(parsed.nodes["person:a"] == #"ends with \\"#)
        #expect(parsed.nodes["person:b"] == #"quote \\"\ninside"#)
        let texts = SVGInspection(try GraphvizRenderer.svg(graph).svg).texts.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(texts.contains(#"ends with \"#))
        #expect(texts.joined(separator: " ").contains(#"quote \" inside"#))
    }

    /// Ids from a user's JSON are not trusted as node names either.
    @Test func hostileIdsBecomeNumberedNames() throws {
        let graph = EntityGraph(
            nodes: [
                Entity(id: "<script>\u{07}", type: .person, label: "A"),
                Entity(id: "person:b", type: .person, label: "B"),
            ],
            edges: [Relation(source: "<script>\u{07}", target: "person:b", type: .leads)])
        let dot = try GraphvizRenderer.dot(graph)
        let parsed = try GraphvizSession.parseDOT(dot)
        #expect(Set(parsed.nodes.keys) == ["#0", "person:b"])
        #expect(parsed.edgeCount == 1)
        let (svg, _) = try GraphvizRenderer.svg(graph)
        #expect(controlCharacters(in: svg).isEmpty)
        #expect(try xmllintComplaint(svg) == nil)
    }
}
