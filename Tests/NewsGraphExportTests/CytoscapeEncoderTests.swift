import Foundation
import NewsGraphCore
import NewsGraphExport
import Testing
import _NewsGraphTestSupport

@Suite struct CytoscapeEncoderTests {
    let encoder = CytoscapeEncoder(name: "small")
    let sheet = StyleSheet.standard

    @Test func smallGraphAndTheStandardStyleMatchTheirGoldenFiles() throws {
        try assertSnapshot(encoder.encode(SampleGraphs.small), named: "small.cyjs")
        try assertSnapshot(encoder.encodeStyle(), named: "standard.style.json")
    }

    @Test func elementsCarryTheGraph() throws {
        let graph = SampleGraphs.small
        let document = try Self.object(encoder.encode(graph))
        #expect(document["format_version"] as? String == "1.0")
        #expect((document["data"] as? [String: Any])?["name"] as? String == "small")
        let elements = try #require(document["elements"] as? [String: Any])
        let nodes = try #require(elements["nodes"] as? [[String: Any]])
        let edges = try #require(elements["edges"] as? [[String: Any]])
        #expect(nodes.compactMap { ($0["data"] as? [String: Any])?["id"] as? String } == Array(graph.nodes.keys))
        #expect(edges.compactMap { ($0["data"] as? [String: Any])?["id"] as? String } == Array(graph.edges.keys))
        for node in nodes {
            let data = try #require(node["data"] as? [String: Any])
            let entity = try #require(graph.nodes[data["id"] as? String ?? ""])
            #expect(node["classes"] as? String == entity.type.rawValue)
            #expect(data["label"] as? String == entity.label)
            #expect(data["type"] as? String == entity.type.rawValue)
            #expect(data["mention_count"] as? Int == entity.mentions.count)
            #expect(data["sources"] as? [String] == entity.sourceDocuments, "lists stay lists")
            #expect(data["aliases"] as? [String] == (entity.aliases.isEmpty ? nil : entity.aliases))
            for (name, value) in entity.attributes {
                #expect(data[name] as? String == value.text, "\(entity.id) \(name)")
            }
        }
        for edge in edges {
            let data = try #require(edge["data"] as? [String: Any])
            let relation = try #require(graph.edges[data["id"] as? String ?? ""])
            #expect(edge["classes"] as? String == relation.type.rawValue)
            #expect(data["source"] as? String == relation.source)
            #expect(data["target"] as? String == relation.target)
            #expect(data["label"] as? String == relation.type.phrase)
            #expect(data["weight"] as? Double == 1)
            #expect(data["evidence"] as? [String] == relation.evidence.map { "\($0.document): \($0.sentence)" })
        }
    }

    @Test func valuesKeepTheirJSONTypes() throws {
        var graph = SampleGraphs.small
        graph.nodes["person:ana-lima"]!.attributes = [
            "age": .int(52), "incumbent": .bool(true), "mixed": .int(1), "titles": .strings(["minister", "envoy"]),
            "parent": .string("agency:trade-ministry"), "id": .int(7),
        ]
        graph.nodes["country:norway"]!.attributes = ["mixed": .string("one")]
        let edge = graph.edges.keys[0]
        graph.edges[edge]!.attributes = ["source": .string("a wire report"), "hedged": .bool(true)]
        let text = try encoder.encode(graph)
        #expect(text.contains(#""age": 52"#))
        #expect(text.contains(#""incumbent": true"#))
        #expect(text.contains(#""mixed": "1""#), "one type per column: mixed kinds become text")
        #expect(text.contains(#""weight": 1.0"#))
        let nodes = try #require((try Self.object(text)["elements"] as? [String: Any])?["nodes"] as? [[String: Any]])
        let lima = try #require(nodes.compactMap { $0["data"] as? [String: Any] }.first { $0["id"] as? String == "person:ana-lima" })
        #expect(lima["titles"] as? [String] == ["minister", "envoy"])
        #expect(lima["parent"] == nil, "Cytoscape.js would read it as a compound parent")
        #expect(lima["attributes.parent"] as? String == "agency:trade-ministry")
        #expect(lima["attributes.id"] as? Int == 7)
        let edges = try #require((try Self.object(text)["elements"] as? [String: Any])?["edges"] as? [[String: Any]])
        let first = try #require(edges.compactMap { $0["data"] as? [String: Any] }.first { $0["id"] as? String == edge })
        #expect(first["source"] as? String == graph.edges[edge]!.source, "the endpoint, never the attribute")
        #expect(first["attributes.source"] as? String == "a wire report")
    }

    @Test func bytesAreCanonical() throws {
        let text = try encoder.encode(SampleGraphs.small)
        #expect(text.hasSuffix("}\n"))
        #expect(text.hasPrefix("{\n  \"data\": {\n    \"name\": \"small\"\n  },\n  \"elements\": {\n    \"edges\": ["))
        #expect(!text.contains("\\/"))
        let style = try encoder.encodeStyle()
        #expect(style.hasPrefix("[\n  {\n    \"selector\": \"node\",\n"))
        #expect(style.hasSuffix("]\n"))
    }

    @Test func hostileTextSurvivesAsJSON() throws {
        let text = try encoder.encode(SampleGraphs.hostile)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "raw control characters")
        let nodes = try #require((try Self.object(text)["elements"] as? [String: Any])?["nodes"] as? [[String: Any]])
        let labels = nodes.compactMap { ($0["data"] as? [String: Any])?["label"] as? String }
        #expect(labels.sorted() == SampleGraphs.hostileLabels.sorted(), "JSON carries every label exactly")
    }

    @Test func equalGraphsGiveEqualBytes() throws {
        try expectEqualBytesForEqualGraphs(encoder.encode)
        #expect(try encoder.encodeStyle() == CytoscapeEncoder().encodeStyle(), "the style does not depend on the graph")
    }

    @Test func styleHasARuleForEveryTypeAndRelationFromTheStyleSheet() throws {
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(encoder.encodeStyle().utf8)) as? [[String: Any]])
        let bySelector = Dictionary(uniqueKeysWithValues: rules.map { ($0["selector"] as? String ?? "", $0["style"] as? [String: Any] ?? [:]) })
        #expect(bySelector["node"]?["label"] as? String == "data(label)")
        #expect(bySelector["edge"]?["target-arrow-shape"] as? String == "triangle")
        let shapes: [EntityType: String] = [
            .person: "ellipse", .agency: "rectangle", .country: "hexagon", .place: "pentagon", .meeting: "octagon",
            .policy: "cut-rectangle", .commodity: "barrel",
        ]
        for type in EntityType.allCases {
            let rule = try #require(bySelector["node.\(type.rawValue)"], "\(type)")
            #expect(rule["background-color"] as? String == sheet.style(for: type).fill.uppercased())
            #expect(rule["border-color"] as? String == sheet.style(for: type).stroke.uppercased())
            #expect(rule["shape"] as? String == shapes[type])
        }
        for type in RelationType.allCases {
            let rule = try #require(bySelector["edge.\(type.rawValue)"], "\(type)")
            let style = sheet.style(for: type)
            #expect(rule["line-color"] as? String == style.color.uppercased())
            #expect(rule["target-arrow-color"] as? String == style.color.uppercased())
            #expect(rule["line-style"] as? String == (style.style == "bold" ? "solid" : style.style))
            #expect((rule["width"] != nil) == (style.style == "bold"), "bold relations are drawn wider")
        }
    }

    @Test func refusesAColourThatIsNotHex() throws {
        var sheet = StyleSheet.standard
        sheet.nodes["place"]!.stroke = "#GGGGGG"
        let error = try #require(throws: ExportError.self) { try CytoscapeEncoder(styleSheet: sheet).encodeStyle() }
        #expect(error.description.contains("'#GGGGGG'"), "\(error)")
    }

    private static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
