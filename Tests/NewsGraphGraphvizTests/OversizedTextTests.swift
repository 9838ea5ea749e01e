import Foundation
import NewsGraphCore
import Testing

@testable import NewsGraphGraphviz

/// Names and titles of any length give DOT that Graphviz reads back and diagrams whose size
/// grows with the input, not with its square (issue 15).
@Suite struct OversizedTextTests {
    /// One article whose title is `title`, naming `count` entities once each.
    static func graph(title: String, labels: [String]) -> EntityGraph {
        let nodes = labels.enumerated().map { index, label in
            Entity(
                id: "person:p\(index)", type: .person, label: label,
                mentions: [Mention(document: "a", start: 0, end: label.unicodeScalars.count, text: label)])
        }
        let edges = zip(nodes, nodes.dropFirst()).map { a, b in
            Relation(
                source: a.id, target: b.id, type: .represents,
                evidence: [Evidence(document: "a", start: 0, end: 4, sentence: "Text")])
        }
        return EntityGraph(documents: [Document(id: "a", path: "a.txt", title: title)], nodes: nodes, edges: edges)
    }

    @Test func aOneWordNameOf17000LettersGivesDOTThatCgraphReadsBack() throws {
        let word = String(repeating: "a", count: 17_000)
        let dot = try GraphvizRenderer.dot(Self.graph(title: "T", labels: ["B" + word, "Ana Lima"]))
        let parsed = try GraphvizSession.parseDOT(dot)
        #expect(parsed.nodes.count == 2)
        // The label is the name cut to 120 characters (119 and an ellipsis), in lines of 24.
        let label = try #require(parsed.nodes["person:p0"])
        #expect(label.replacingOccurrences(of: "\\n", with: "") == "B" + String(repeating: "a", count: 118) + "…")
        #expect(parsed.nodes["person:p1"] == "Ana Lima")
    }

    @Test func aLongTitleIsRepeatedCutNotWhole() throws {
        let title = String(repeating: "Talks resume. ", count: 7_200)  // about 100 KB
        let labels = (0..<40).map { "Person \($0)" }
        let diagram = try GraphvizRenderer.render(Self.graph(title: title, labels: labels), as: .svg)
        let cut = String(GraphvizText.clean(title).prefix(199)).trimmingCharacters(in: .whitespaces) + "…"
        #expect(diagram.caption.sources.map(\.title) == [cut])
        // 40 footnotes, 40 entity and 39 relation tooltips repeat the title: each time cut.
        let markdown = diagram.caption.markdown
        #expect(markdown.components(separatedBy: cut).count - 1 == 41)
        #expect(markdown.utf8.count < 20_000, "caption of \(markdown.utf8.count) bytes")
        #expect(diagram.text.utf8.count < 400_000, "SVG of \(diagram.text.utf8.count) bytes")
    }

    @Test func aNameOfOneLetterAndManyCombiningMarksIsCutToo() {
        let name = "a" + String(repeating: "\u{301}", count: 10_000)
        let shown = GraphvizText.name(name)
        #expect(shown.unicodeScalars.count == 4 * GraphvizText.longestName)
        #expect(shown.hasSuffix("…"))
        #expect(GraphvizText.name("Ana Lima") == "Ana Lima")
    }
}
