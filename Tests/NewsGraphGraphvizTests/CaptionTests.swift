import Foundation
import NewsGraphCore
import NewsGraphExport
import NewsGraphGraphviz
import Testing
import _NewsGraphTestSupport

/// The caption: a heading naming the articles, a summary, and a legend of exactly the types
/// present.
@Suite struct CaptionTests {
    static let sheet = StyleSheet.standard

    /// Texts of the drawing, for graphs whose node labels cannot be confused with legend rows.
    private func texts(_ graph: EntityGraph, _ options: DiagramOptions = DiagramOptions()) throws -> [String] {
        SVGInspection(try GraphvizRenderer.svg(graph, options: options).svg).texts
    }

    @Test func legendListsExactlyTheTypesPresent() throws {
        let graph = EntityGraph(
            nodes: [
                Entity(id: "person:a", type: .person, label: "A"),
                Entity(id: "person:b", type: .person, label: "B"),
                Entity(id: "country:c", type: .country, label: "C"),
            ],
            edges: [
                Relation(source: "person:a", target: "country:c", type: .represents),
                Relation(source: "person:b", target: "country:c", type: .leads),
            ])
        let texts = try texts(graph)
        let present = ["\(Self.sheet.style(for: .person).description) (2)", "\(Self.sheet.style(for: .country).description) (1)"]
        for entry in present { #expect(texts.contains(entry), "legend lacks \(entry)") }
        for type in EntityType.allCases where ![.person, .country].contains(type) {
            let description = Self.sheet.style(for: type).description
            #expect(!texts.contains { $0.hasPrefix(description + " (") }, "legend lists absent type \(type)")
        }
        #expect(texts.contains("represents (1)"))
        #expect(texts.contains("leads (1)"))
        for type in RelationType.allCases where ![.represents, .leads].contains(type) {
            #expect(!texts.contains { $0.hasPrefix(type.phrase + " (") }, "legend lists absent relation \(type)")
        }
        #expect(texts.contains("Entities"))
        #expect(texts.contains("Relations"))
    }

    @Test func legendLeavesOutRelationsWhenThereAreNone() throws {
        let texts = try texts(SyntheticGraphs.isolated(nodes: 2))
        #expect(texts.contains("Entities"))
        #expect(!texts.contains("Relations"))
    }

    @Test func legendCanBeTurnedOff() throws {
        let texts = try texts(SampleGraphs.small, DiagramOptions(showsLegend: false))
        #expect(!texts.contains("Entities"))
        #expect(!texts.contains("Relations"))
        #expect(texts.contains("Oslo talks"))
    }

    @Test func edgesAreLabelledWithTheirRelation() throws {
        let texts = try texts(SampleGraphs.small)
        for phrase in ["member of", "represents", "part of", "attends", "held in", "located in", "covers"] {
            #expect(texts.contains(phrase), "no edge labelled \(phrase)")
        }
        #expect(texts.contains("imposes (threatened)"))
    }

    @Test func headingNumbersUpToFiveSourcesAndCountsTheRest() throws {
        let documents = (1...7).map { Document(id: "d\($0)", path: "d\($0).txt", title: "Headline \($0)") }
        let graph = EntityGraph(documents: documents, nodes: [Entity(id: "person:a", type: .person, label: "A")])
        let texts = try texts(graph)
        #expect(texts.first == "Entity graph")
        #expect(Array(texts[1...5]) == (1...5).map { "\($0). Headline \($0)" })
        #expect(texts.contains("+2 more sources, listed in the caption"))
        #expect(texts.contains("1 entity, 0 relations from 7 articles; layout: dot"))
    }

    @Test func aTitleOptionBecomesTheHeading() throws {
        let texts = try texts(SampleGraphs.small, DiagramOptions(title: "Trade\ntalks"))
        #expect(texts.first == "Trade talks")
        #expect(texts.contains("1. Ministers meet in Oslo"))
        #expect(texts.contains("2. Tariff row deepens"))
    }

    @Test func untitledArticlesAreNamedByIdAndLongTitlesAreCut() throws {
        let long = String(repeating: "word ", count: 30)
        let graph = EntityGraph(documents: [
            Document(id: "a-untitled", path: "a.txt", title: "  "),
            Document(id: "b", path: "b.txt", title: long),
        ])
        let texts = try texts(graph)
        #expect(texts.contains("1. a-untitled"))
        let cut = try #require(texts.first { $0.hasPrefix("2. word word") })
        #expect(cut.hasSuffix("…"))
        #expect(cut.count <= "2. ".count + 72)
    }

    /// Graphviz expands `\G` (the graph name) even in HTML-like text; the heading must not.
    @Test func backslashesInTitlesStayLiteral() throws {
        let graph = EntityGraph(documents: [Document(id: "d", path: "d.txt", title: #"C:\new \N \G"#)])
        let source = try #require(try texts(graph).first { $0.hasPrefix("1. ") })
        #expect(source.replacingOccurrences(of: "\u{2060}", with: "") == #"1. C:\new \N \G"#)
    }

    @Test func theEmptyGraphRenders() throws {
        let empty = EntityGraph()
        let diagram = try GraphvizRenderer.render(empty, as: .svg)
        #expect(diagram.engine == .dot)
        #expect(diagram.diagnostics.isEmpty)
        #expect(try xmllintComplaint(diagram.text) == nil)
        let texts = SVGInspection(diagram.text).texts
        #expect(texts.contains("Entity graph"))
        #expect(texts.contains("0 entities, 0 relations from 0 articles; layout: dot"))
        #expect(!texts.contains("Entities"))
        let dot = try GraphvizRenderer.dot(empty)
        #expect(dot.hasPrefix("digraph newsgraph {"))
    }

    @Test func nodesTakeShapeAndColoursFromTheStyleSheet() throws {
        var sheet = StyleSheet.standard
        sheet.nodes["person"] = try JSONDecoder().decode(
            StyleSheet.NodeStyle.self,
            from: Data(##"{"shape": "diamond", "fill": "#123456", "stroke": "#654321", "description": "human"}"##.utf8))
        let dot = try GraphvizRenderer.dot(SampleGraphs.small, options: DiagramOptions(styleSheet: sheet))
        #expect(dot.contains(#"shape=diamond"#))
        #expect(dot.contains(##"fillcolor="#123456""##))
        let svg = try GraphvizRenderer.svg(SampleGraphs.small, options: DiagramOptions(styleSheet: sheet)).svg
        #expect(svg.contains(##"fill="#123456""##))
        #expect(SVGInspection(svg).texts.contains("human (1)"))
    }
}
