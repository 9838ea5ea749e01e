import Foundation
import NewsGraphCore
import Testing
import _NewsGraphTestSupport

@testable import NewsGraphGraphviz

/// Stories drawn: the overview has one titled Graphviz cluster per story, heaviest on top, and
/// the same bytes every time; a story's diagram is titled by it; what has no relation is
/// named, not drawn.
@Suite struct StoryDrawingTests {
    /// `count` stories of three entities each: a person leading a country that attends a meeting;
    /// story k is stated by k + 1 articles, so the last is the heaviest.
    static func stories(_ count: Int) -> EntityGraph {
        var nodes: [Entity] = []
        var edges: [Relation] = []
        var documents: [Document] = []
        for k in 0..<count {
            let articles = (0...k).map { "s\(k)a\($0)" }
            documents += articles.map { Document(id: $0, path: "\($0).txt", title: "Story \(k), article \($0)") }
            let ids = ["person:leader-\(k)", "country:land-\(k)", "meeting:summit-\(k)"]
            let types: [EntityType] = [.person, .country, .meeting]
            for (id, type) in zip(ids, types) {
                let label = "\(type.rawValue.capitalized) \(k)"
                nodes.append(
                    Entity(
                        id: id, type: type, label: label,
                        mentions: articles.map { Mention(document: $0, start: 0, end: label.count, text: label) }))
            }
            let evidence = articles.map { Evidence(document: $0, start: 0, end: 9, sentence: "Sentence \(k).") }
            edges.append(Relation(source: ids[0], target: ids[1], type: .leads, evidence: evidence))
            edges.append(Relation(source: ids[1], target: ids[2], type: .attends, evidence: evidence))
        }
        return EntityGraph(documents: documents, nodes: nodes, edges: edges).canonicalized().groupingStories()
    }

    @Test func theOverviewHasOneTitledClusterPerStory() throws {
        let graph = Self.stories(3)
        let selection = try graph.selecting(.stories)
        let dot = try GraphvizRenderer.render(selection, as: .dot).text
        for story in graph.stories { #expect(dot.contains("subgraph \"cluster_\(story.id)\" {"), "\(story.id)") }
        let diagram = try GraphvizRenderer.render(selection, as: .svg)
        #expect(diagram.engine == .dot)
        #expect(diagram.text.components(separatedBy: "class=\"cluster\"").count - 1 == 3)
        let texts = SVGInspection(diagram.text).texts
        // Numbered heaviest first: story 2 has three articles.
        #expect(texts.contains("1. Country 2, Person 2: Meeting 2"))
        #expect(texts.contains("3 articles, 2 relations"))
        #expect(diagram.caption.heading == "Overview of the stories")
        #expect(diagram.caption.summary[0].hasPrefix("All 3 stories the relations group the entities into"))
        #expect(try xmllintComplaint(diagram.text) == nil)
    }

    @Test func theOverviewIsTheSameBytesEveryTime() throws {
        let selection = try Self.stories(7).selecting(.stories)
        let svg = try GraphvizRenderer.render(selection, as: .svg).text
        let dot = try GraphvizRenderer.render(selection, as: .dot).text
        for _ in 0..<3 {
            #expect(try GraphvizRenderer.render(selection, as: .svg).text == svg)
            #expect(try GraphvizRenderer.render(selection, as: .dot).text == dot)
        }
    }

    @Test func storiesAreStackedHeaviestFirst() throws {
        let svg = try GraphvizRenderer.render(try Self.stories(5).selecting(.stories), as: .svg).text
        // Each cluster's title, by its number, at its place on the page.
        var places: [Int: (x: Double, y: Double)] = [:]
        for match in svg.matches(of: #/<text text-anchor="start" x="([-0-9.]+)" y="([-0-9.]+)"[^>]*>(\d)\. /#) {
            places[Int(match.3)!] = (Double(match.1)!, Double(match.2)!)
        }
        #expect(places.count == 5)
        // One column, 1 on top (SVG y grows downwards).
        for number in 1..<5 {
            #expect(places[number]!.y < places[number + 1]!.y, "story \(number) is above story \(number + 1)")
            #expect(abs(places[number]!.x - places[number + 1]!.x) < 40)
        }
    }

    @Test func hostileStoryTitlesAreEscapedInTheirClusters() throws {
        let graph = SampleGraphs.hostile.groupingStories()
        #expect(!graph.stories.isEmpty)
        let diagram = try GraphvizRenderer.render(try graph.selecting(.stories), as: .svg)
        #expect(try xmllintComplaint(diagram.text) == nil)
        #expect(controlCharacters(in: diagram.text).isEmpty)
        #expect(!diagram.text.contains("<script>") && !diagram.text.contains("<b>"))
        let dot = try GraphvizRenderer.render(try graph.selecting(.stories), as: .dot).text
        #expect(try GraphvizSession.parseDOT(dot).nodes.count == graph.nodes.count)
    }

    @Test func aStoryDiagramIsTitledByItsStory() throws {
        let graph = Self.stories(2)
        let story = graph.stories[1]
        let diagram = try GraphvizRenderer.render(try graph.selecting(.story(story.id)), as: .svg)
        #expect(diagram.caption.heading == "Story: Country 0, Person 0: Meeting 0")
        #expect(
            diagram.caption.summary[0]
                == "One story, the entities its relations hold together: 3 entities and 2 relations from 1 news article.")
        #expect(diagram.text.components(separatedBy: "class=\"cluster\"").count == 1, "no box around a single story")
    }

    @Test func entitiesWithNoRelationAreNamedInTheCaptionAndTheHeading() throws {
        var graph = SampleGraphs.small
        graph.nodes["country:iceland"] = Entity(
            id: "country:iceland", type: .country, label: "Iceland",
            mentions: [Mention(document: "a1", start: 0, end: 7, text: "Iceland")])
        let diagram = try GraphvizRenderer.render(try graph.selecting(.full, drawsUnrelated: false), as: .svg)
        #expect(diagram.caption.summary.contains("Also mentioned, with no relation in this view (not drawn): Iceland."))
        let texts = SVGInspection(diagram.text).texts
        #expect(!texts.contains("Iceland"))
        #expect(texts.contains { $0.hasSuffix("; 1 more with no relation, named in the caption") })
    }
}
