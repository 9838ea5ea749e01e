import Foundation
import NewsGraphCore
import Testing
import _NewsGraphTestSupport

@Suite struct EntityGraphTests {
    @Test func slugsAreLowercaseHyphenatedAndKeepOtherScripts() {
        #expect(Slug.make("U.S. Commerce Department") == "us-commerce-department")
        #expect(Slug.make("Xi’s  “talks”") == "xis-talks")
        #expect(Slug.make("中文 é") == "中文-é")
        // Numbers to Unicode that XML names may not hold (found by fuzz-encoders): a separator.
        #expect(Slug.make("Mn M¼ller x²") == "mn-m-ller-x")
        #expect(XMLName.isNameToken(Slug.make("Mn M¼ller x²")))
        #expect(Slug.make("!!!") == "x")
        #expect(Slug.id(.person, "Ana Lima") == "person:ana-lima")
    }

    @Test func canonicalOrderDoesNotDependOnInsertionOrder() {
        let graph = SampleGraphs.small
        var shuffled = EntityGraph(
            documents: graph.documents.reversed(), nodes: graph.nodes.values.reversed(), edges: graph.edges.values.reversed())
        for index in shuffled.nodes.values.indices { shuffled.nodes.values[index].mentions.reverse() }
        #expect(shuffled.canonicalized() == graph.canonicalized())
    }

    @Test func jsonRoundTripKeepsEveryField() throws {
        let data = try JSONEncoder().encode(SampleGraphs.small)
        let decoded = try JSONDecoder().decode(EntityGraph.self, from: data)
        #expect(decoded == SampleGraphs.small)
    }

    @Test func droppingNodesDropsTheirEdges() {
        var graph = SampleGraphs.small
        graph.nodes.removeValue(forKey: "place:oslo")
        graph.dropDanglingEdges()
        #expect(!graph.edges.values.contains { $0.source == "place:oslo" || $0.target == "place:oslo" })
        #expect(graph.edges.count == SampleGraphs.small.edges.count - 2)
    }

    @Test func edgeIdsComeFromTheirEndpointsAndType() {
        #expect(Relation.id(source: "person:a", type: .memberOf, target: "agency:b") == "person:a--member_of--agency:b")
    }
}
