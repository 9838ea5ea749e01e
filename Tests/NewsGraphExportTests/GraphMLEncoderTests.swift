import Foundation
import NewsGraphCore
import NewsGraphExport
import Testing
import _NewsGraphTestSupport

@Suite struct GraphMLEncoderTests {
    let encoder = GraphMLEncoder()

    @Test func smallGraphMatchesItsGoldenFile() throws {
        try assertSnapshot(encoder.encode(SampleGraphs.small), named: "small.graphml")
    }

    @Test(arguments: ["small", "hostile", "smallWithTies", "smallWithStories"])
    func validatesAgainstTheGraphMLSchema(name: String) throws {
        let graph = try #require(SampleGraphs.named[name])
        guard case .ready(let xsd) = GraphMLSchema.availability else {
            if case .unavailable(let reason) = GraphMLSchema.availability { try Test.cancel("\(reason)") }
            return
        }
        let problems = try GraphMLSchema.problems(in: encoder.encode(graph), schema: xsd)
        #expect(problems == nil, "\(name): \(problems ?? "")")
    }

    @Test(arguments: ["small", "hostile", "smallWithTies", "smallWithStories"])
    func everyDataElementHasADeclaredKeyOfItsType(name: String) throws {
        let graph = try #require(SampleGraphs.named[name])
        let root = try XMLTree.parse(encoder.encode(graph))
        #expect(root.name == "graphml")
        #expect(root.attributes["xmlns"] == "http://graphml.graphdrawing.org/xmlns")
        let keys = Dictionary(uniqueKeysWithValues: root.all("key").map { ($0.attributes["id"] ?? "", $0) })
        #expect(keys.count == root.all("key").count, "key ids are unique")
        for key in keys.values {
            #expect(key.attributes["attr.name"] != nil && key.attributes["attr.type"] != nil, "\(key.attributes)")
        }
        let graphElement = try #require(root.first("graph"))
        #expect(graphElement.attributes["edgedefault"] == "directed")
        for element in graphElement.all("node") + graphElement.all("edge") {
            for data in element.all("data") {
                let id = data.attributes["key"] ?? "(none)"
                guard let key = keys[id] else {
                    Issue.record("\(element.name) \(element.attributes["id"] ?? ""): data key \(id) is not declared")
                    continue
                }
                #expect(key.attributes["for"] == element.name, "key \(id) is used on a \(element.name)")
                switch key.attributes["attr.type"] {
                case "int", "long": #expect(Int(data.text) != nil, "\(id) = \(data.text.debugDescription) is not an integer")
                case "double": #expect(Double(data.text) != nil, "\(id) = \(data.text.debugDescription) is not a number")
                case "boolean": #expect(["true", "false"].contains(data.text), "\(id) = \(data.text.debugDescription)")
                case "string": break
                case let other: Issue.record("key \(id) has attr.type \(other ?? "nil")")
                }
            }
        }
    }

    @Test func nodesAndEdgesCarryTheGraph() throws {
        let graph = SampleGraphs.small
        let root = try XMLTree.parse(encoder.encode(graph))
        let nodes = root.all("node")
        let edges = root.all("edge")
        #expect(nodes.compactMap { $0.attributes["id"] } == Array(graph.nodes.keys))
        #expect(edges.compactMap { $0.attributes["id"] } == Array(graph.edges.keys))
        for node in nodes {
            let entity = try #require(graph.nodes[node.attributes["id"] ?? ""])
            let data = Self.data(of: node)
            #expect(data["n_type"] == entity.type.rawValue)
            #expect(data["n_label"] == entity.label)
            #expect(data["n_mention_count"] == String(entity.mentions.count))
            #expect(data["n_source_count"] == String(Set(entity.mentions.map(\.document)).count))
            #expect(data["n_aliases"] == (entity.aliases.isEmpty ? nil : entity.aliases.joined(separator: "; ")))
            for (name, value) in entity.attributes {
                #expect(data["n_\(name)"] == value.text, "\(entity.id) \(name)")
            }
        }
        let lima = Self.data(of: try #require(nodes.first { $0.attributes["id"] == "person:ana-lima" }))
        #expect(lima["n_sources"] == "a1; a2")
        for edge in edges {
            let relation = try #require(graph.edges[edge.attributes["id"] ?? ""])
            #expect(edge.attributes["source"] == relation.source)
            #expect(edge.attributes["target"] == relation.target)
            let data = Self.data(of: edge)
            #expect(data["e_type"] == relation.type.rawValue)
            #expect(data["e_label"] == relation.type.phrase)
            #expect(data["e_source_count"] == "1")
            #expect(data["e_weight"] == "1.0", "the key Gephi reads as edge weight")
            #expect(data["e_evidence"] == relation.evidence.map { "\($0.document): \($0.sentence)" }.joined(separator: "\n"))
        }
        let member = Self.data(of: try #require(edges.first { $0.attributes["id"]?.contains("member_of") == true }))
        #expect(member["e_label"] == "member of")
        #expect(member["e_role"] == "Trade Minister")
    }

    @Test func attributeKeysAreTypedFromTheirValues() throws {
        var graph = SampleGraphs.small
        graph.nodes["person:ana-lima"]!.attributes = [
            "age": .int(52), "incumbent": .bool(true), "mixed": .int(1), "big": .int(1 << 40),
            "titles": .strings(["minister", "envoy"]), "type": .string("user's own"), "id": .int(7),
        ]
        graph.nodes["country:norway"]!.attributes = ["mixed": .string("one"), "age": .int(-3), "big": .int(2)]
        let root = try XMLTree.parse(encoder.encode(graph))
        let declared = Dictionary(uniqueKeysWithValues: root.all("key").map {
            ($0.attributes["id"] ?? "", "\($0.attributes["for"] ?? "") \($0.attributes["attr.name"] ?? "") \($0.attributes["attr.type"] ?? "")")
        })
        #expect(declared["n_age"] == "node age int")
        #expect(declared["n_incumbent"] == "node incumbent boolean")
        #expect(declared["n_mixed"] == "node mixed string")
        #expect(declared["n_big"] == "node big long")
        #expect(declared["n_titles"] == "node titles string")
        #expect(declared["n_type"] == "node type string")
        #expect(declared["n_attributes.type"] == "node attributes.type string", "a graph attribute never hides a derived column")
        #expect(declared["n_attributes.id"] == "node attributes.id int", "igraph keeps element ids in `id`")
        #expect(declared["e_hedged"] == "edge hedged boolean")
        let lima = Self.data(of: try #require(root.all("node").first { $0.attributes["id"] == "person:ana-lima" }))
        #expect(lima["n_type"] == "person")
        #expect(lima["n_attributes.type"] == "user's own")
        #expect(lima["n_titles"] == "minister; envoy")
        #expect(lima["n_incumbent"] == "true")
        #expect(lima["n_big"] == String(1 << 40))
    }

    @Test func hostileTextComesOutEscapedAndIntact() throws {
        let text = try encoder.encode(SampleGraphs.hostile)
        expectHostileTextEscapedAsXML(text)

        let root = try XMLTree.parse(text)
        let labels = root.all("node").map { Self.data(of: $0)["n_label"] ?? "(none)" }
        #expect(labels.sorted() == SampleGraphs.hostileLabels.map(Self.xmlSafe).sorted())
        let roles = root.all("node").map { Self.data(of: $0)["n_role"] ?? "(none)" }
        #expect(roles.sorted() == SampleGraphs.hostileLabels.map(Self.xmlSafe).sorted())
        let sources = Set(root.all("node").map { Self.data(of: $0)["n_sources"] })
        #expect(sources == ["h<1>"])
        for edge in root.all("edge") {
            let data = Self.data(of: edge)
            #expect(data["e_evidence"]?.hasPrefix("h<1>: ") == true)
            #expect(SampleGraphs.hostileLabels.map(Self.xmlSafe).contains(data["e_attributed_to"] ?? ""))
        }
    }

    @Test func controlCharactersAreDroppedAndWhitespaceKept() throws {
        var graph = SampleGraphs.small
        graph.nodes["place:oslo"]!.label = "a\u{01}b\u{1B}c\td\r\ne\u{FFFF}f"
        let root = try XMLTree.parse(encoder.encode(graph))
        let oslo = try #require(root.all("node").first { $0.attributes["id"] == "place:oslo" })
        #expect(Self.data(of: oslo)["n_label"] == "abc\td\r\nef")
    }

    @Test func equalGraphsGiveEqualBytes() throws {
        try expectEqualBytesForEqualGraphs(encoder.encode)
    }

    @Test func refusesWhatGraphMLCannotCarry() throws {
        var badNode = SampleGraphs.small
        badNode.nodes["country with space"] = Entity(id: "country with space", type: .country, label: "X")
        #expect(throws: ExportError.self) { try encoder.encode(badNode) }

        var badName = SampleGraphs.small
        badName.nodes["place:oslo"]!.attributes["two words"] = .string("x")
        let error = try #require(throws: ExportError.self) { try encoder.encode(badName) }
        #expect(error.description.contains("'two words'"), "\(error)")

        var dangling = SampleGraphs.small
        dangling.nodes.removeValue(forKey: "commodity:steel")
        let danglingError = try #require(throws: ExportError.self) { try encoder.encode(dangling) }
        #expect(danglingError.description.contains("commodity:steel"), "\(danglingError)")
    }

    private static func data(of element: XMLTree) -> [String: String] { element.graphMLData }

    private static func xmlSafe(_ text: String) -> String { XMLTree.xmlSafe(text) }
}
