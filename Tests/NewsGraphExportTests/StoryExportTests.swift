import Foundation
import NewsGraphCore
import NewsGraphExport
import Testing
import _NewsGraphTestSupport

/// Every export carries a grouped graph's stories: JSON as a top-level list, the graph tools'
/// formats as a `story` value on each node, so Gephi and Cytoscape can colour by story.
@Suite struct StoryExportTests {
    let graph = SampleGraphs.smallWithStories

    /// The story id of every node, as the graph has it.
    var expected: [String: String] { graph.storyOfEntity }

    @Test func theSampleHasTwoStories() {
        #expect(graph.stories.map(\.id) == ["story-person-ana-lima", "story-country-iceland"])
        #expect(expected.count == graph.nodes.count)
    }

    @Test func jsonListsTheStories() throws {
        let text = try JSONGraphEncoder().encode(graph)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let stories = try #require(object["stories"] as? [[String: Any]])
        #expect(stories.compactMap { $0["id"] as? String } == graph.stories.map(\.id))
        let first = try #require(stories.first)
        #expect(Set(first.keys) == ["id", "title", "entities", "edges", "documents", "weight"])
        #expect(first["documents"] as? [String] == ["a1", "a2"])
        #expect(first["weight"] as? Int == 8)
        // A graph never grouped has no list at all.
        #expect(!(try JSONGraphEncoder().encode(SampleGraphs.small)).contains("\"stories\""))
    }

    @Test func graphMLDeclaresAStoryKeyAndGivesEveryNodeItsStory() throws {
        let root = try XMLTree.parse(GraphMLEncoder().encode(graph))
        let key = try #require(root.all("key").first { $0.attributes["attr.name"] == "story" })
        #expect(key.attributes["for"] == "node" && key.attributes["attr.type"] == "string")
        let keyID = try #require(key.attributes["id"])
        var found: [String: String] = [:]
        for node in root.all("node") {
            for data in node.all("data") where data.attributes["key"] == keyID { found[node.attributes["id"] ?? ""] = data.text }
        }
        #expect(found == expected)
        // Ungrouped: no story key.
        let plain = try XMLTree.parse(GraphMLEncoder().encode(SampleGraphs.small))
        #expect(!plain.all("key").contains { $0.attributes["attr.name"] == "story" })
    }

    @Test func gexfDeclaresAStoryAttributeAndGivesEveryNodeItsStory() throws {
        let root = try XMLTree.parse(GEXFEncoder().encode(graph))
        let declared = root.all("attribute").filter { $0.attributes["id"] == "story" }
        #expect(declared.count == 1 && declared.first?.attributes["type"] == "string")
        var found: [String: String] = [:]
        for node in root.all("node") {
            for value in node.all("attvalue") where value.attributes["for"] == "story" {
                found[node.attributes["id"] ?? ""] = value.attributes["value"]
            }
        }
        #expect(found == expected)
    }

    @Test func cytoscapeGivesEveryNodeItsStory() throws {
        let text = try CytoscapeEncoder().encode(graph)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let nodes = try #require((document["elements"] as? [String: Any])?["nodes"] as? [[String: Any]])
        var found: [String: String] = [:]
        for node in nodes {
            let data = try #require(node["data"] as? [String: Any])
            found[data["id"] as? String ?? ""] = data["story"] as? String
        }
        #expect(found == expected)
    }

    @Test func aGraphAttributeNamedStoryKeepsItsValueUnderAnotherName() throws {
        var graph = self.graph
        graph.nodes["place:oslo"]!.attributes["story"] = .string("a user's own")
        let root = try XMLTree.parse(GraphMLEncoder().encode(graph))
        #expect(root.all("key").contains { $0.attributes["attr.name"] == "attributes.story" })
        #expect(root.all("key").filter { $0.attributes["attr.name"] == "story" }.count == 1)
    }
}
