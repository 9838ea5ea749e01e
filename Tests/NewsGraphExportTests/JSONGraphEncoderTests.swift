import Foundation
import NewsGraphCore
import NewsGraphExport
import Testing
import _NewsGraphTestSupport

@Suite struct JSONGraphEncoderTests {
    let encoder = JSONGraphEncoder()

    @Test func smallGraphMatchesItsGoldenFile() throws {
        try assertSnapshot(encoder.encode(SampleGraphs.small), named: "small.json")
    }

    @Test(arguments: ["small", "hostile", "smallWithTies", "smallWithStories"])
    func decodingGivesBackTheCanonicalGraph(name: String) throws {
        let graph = try #require(SampleGraphs.named[name])
        let text = try encoder.encode(graph.reversedInsertionOrder())
        let decoded = try JSONDecoder().decode(EntityGraph.self, from: Data(text.utf8))
        #expect(decoded == graph.canonicalized(), "\(name)")
    }

    @Test func writesTheContractShapeAndNothingElse() throws {
        let text = try encoder.encode(SampleGraphs.small)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["documents", "nodes", "edges", "diagnostics"])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(nodes.count == SampleGraphs.small.nodes.count)
        #expect(edges.count == SampleGraphs.small.edges.count)
        for node in nodes {
            #expect(Set(node.keys) == ["id", "type", "label", "aliases", "attributes", "mentions"])
            let id = try #require(node["id"] as? String)
            // The encoder must not add counts or sources of its own.
            let attributes = try #require(node["attributes"] as? [String: Any])
            #expect(Set(attributes.keys) == Set(SampleGraphs.small.nodes[id]!.attributes.keys), "\(id)")
        }
        for edge in edges {
            #expect(Set(edge.keys) == ["id", "source", "target", "type", "attributes", "evidence"])
            let id = try #require(edge["id"] as? String)
            let attributes = try #require(edge["attributes"] as? [String: Any])
            #expect(Set(attributes.keys) == Set(SampleGraphs.small.edges[id]!.attributes.keys), "\(id)")
        }
    }

    @Test func bytesAreCanonical() throws {
        let text = try encoder.encode(SampleGraphs.small)
        #expect(text.hasSuffix("}\n"))
        #expect(!text.contains("\r"))
        #expect(!text.contains("\\/"), "slashes must not be escaped")
        #expect(text.contains(#""path": "articles/a1.txt""#))
        #expect(text.contains("\n  \"documents\": [\n    {\n      \"id\": \"a1\","), "two-space indentation, sorted keys")
        #expect(text.contains(#""attributes": {},"#), "empty objects written {}")
        #expect(text.contains(#""diagnostics": [],"#), "empty arrays written []")
    }

    @Test func keysSortByCodePoint() throws {
        // Swift's String `<` compares normalised text and puts "f" before "e\u{301}" (é);
        // code-point order, which Python's sort_keys uses, puts "e\u{301}" first.
        var graph = SampleGraphs.small
        graph.nodes["country:norway"]!.attributes = ["f": .int(1), "e\u{301}": .int(2), "Z": .int(3)]
        let bytes = Data(try encoder.encode(graph).utf8)
        let offsets = ["\"Z\"", "\"e\u{301}\"", "\"f\""].map { bytes.range(of: Data($0.utf8))?.lowerBound }
        #expect(offsets.allSatisfy { $0 != nil })
        #expect(offsets.compactMap { $0 } == offsets.compactMap { $0 }.sorted())
    }

    @Test func equalGraphsGiveEqualBytes() throws {
        try expectEqualBytesForEqualGraphs(encoder.encode)
    }

    @Test func hostileTextIsEscapedAsJSON() throws {
        let text = try encoder.encode(SampleGraphs.hostile)
        for label in SampleGraphs.hostileLabels {
            #expect(text.contains("\"label\": \(Self.jsonString(label))"), "label \(label.debugDescription)")
            let needsEscaping = label.unicodeScalars.contains { $0 == "\"" || $0 == "\\" || $0.value < 0x20 }
            if needsEscaping {
                #expect(!text.contains(label), "raw \(label.debugDescription) in the output")
            }
        }
        let controls = text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" }
        #expect(controls.isEmpty, "raw control characters \(controls.map(\.value))")
    }

    /// An independent, minimal JSON string escape: what Python's json.dumps writes.
    private static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
