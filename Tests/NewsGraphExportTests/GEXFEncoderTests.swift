import Foundation
import NewsGraphCore
import NewsGraphExport
import Testing
import _NewsGraphTestSupport

@Suite struct GEXFEncoderTests {
    let encoder = GEXFEncoder()
    let sheet = StyleSheet.standard

    /// GEXF 1.3's attribute types.
    static let gexfTypes: Set = [
        "integer", "long", "double", "float", "boolean", "bigdecimal", "biginteger", "byte", "char", "short",
        "liststring", "listboolean", "listinteger", "listlong", "listfloat", "listdouble", "listbyte", "listshort",
        "listbigdecimal", "listbiginteger", "listchar", "string", "anyURI",
    ]

    @Test func smallGraphMatchesItsGoldenFile() throws {
        try assertSnapshot(encoder.encode(SampleGraphs.small), named: "small.gexf")
    }

    @Test func rootAndGraphAreGEXF13() throws {
        let root = try XMLTree.parse(encoder.encode(SampleGraphs.small))
        #expect(root.name == "gexf")
        #expect(root.attributes["xmlns"] == "http://gexf.net/1.3")
        #expect(root.attributes["xmlns:viz"] == "http://gexf.net/1.3/viz")
        #expect(root.attributes["version"] == "1.3")
        let graph = try #require(root.first("graph"))
        #expect(graph.attributes["defaultedgetype"] == "directed")
        #expect(graph.attributes["mode"] == "static")
        #expect(root.first("creator")?.text == "newsgraph")
    }

    @Test(arguments: ["small", "hostile", "smallWithTies", "smallWithStories"])
    func everyValueHasADeclaredAttributeOfItsType(name: String) throws {
        let graph = try #require(SampleGraphs.named[name])
        let root = try XMLTree.parse(encoder.encode(graph))
        var declared: [String: String] = [:]
        for block in root.all("attributes") {
            let domain = try #require(block.attributes["class"])
            for attribute in block.all("attribute") {
                let id = attribute.attributes["id"] ?? ""
                #expect(attribute.attributes["title"] == id)
                #expect(Self.gexfTypes.contains(attribute.attributes["type"] ?? ""), "\(attribute.attributes)")
                #expect(declared.updateValue(attribute.attributes["type"] ?? "", forKey: "\(domain) \(id)") == nil, "\(id) twice")
            }
        }
        for domain in ["node", "edge"] {
            for element in root.all(domain) {
                for value in element.all("attvalue") {
                    let key = "\(domain) \(value.attributes["for"] ?? "")"
                    let text = value.attributes["value"] ?? ""
                    switch declared[key] {
                    case "integer", "long": #expect(Int(text) != nil, "\(key) = \(text)")
                    case "boolean": #expect(["true", "false"].contains(text), "\(key) = \(text)")
                    case "string": break
                    case let other: Issue.record("\(key) is declared \(other ?? "nowhere")")
                    }
                }
            }
        }
    }

    @Test func declaresTheColumnsGraphMLHasButLabelAndWeight() throws {
        let graph = SampleGraphs.small
        let gexf = try XMLTree.parse(encoder.encode(graph))
        let graphML = try XMLTree.parse(GraphMLEncoder().encode(graph))
        for domain in ["node", "edge"] {
            let columns = graphML.all("key").filter { $0.attributes["for"] == domain }.compactMap { $0.attributes["attr.name"] }
            let attributes = gexf.all("attributes").first { $0.attributes["class"] == domain }?.all("attribute")
            #expect(attributes?.compactMap { $0.attributes["id"] } == columns.filter { !["label", "weight"].contains($0) })
        }
    }

    @Test func nodesCarryTheGraphAndTheStyleSheet() throws {
        let graph = SampleGraphs.small
        let root = try XMLTree.parse(encoder.encode(graph))
        let nodes = root.all("node")
        #expect(nodes.compactMap { $0.attributes["id"] } == Array(graph.nodes.keys))
        #expect(root.first("nodes")?.attributes["count"] == String(graph.nodes.count))
        let shapes: [EntityType: String] = [.person: "disc", .agency: "square", .policy: "square"]
        for node in nodes {
            let entity = try #require(graph.nodes[node.attributes["id"] ?? ""])
            #expect(node.attributes["label"] == entity.label)
            let values = Self.values(of: node)
            #expect(values["type"] == entity.type.rawValue)
            #expect(values["mention_count"] == String(entity.mentions.count))
            #expect(values["label"] == nil, "the label is GEXF's own attribute")
            for (name, value) in entity.attributes {
                #expect(values[name] == value.text, "\(entity.id) \(name)")
            }
            let fill = sheet.style(for: entity.type).fill
            let color = try #require(node.first("viz:color")).attributes
            #expect(["r", "g", "b"].map { color[$0] ?? "" } == Self.channels(fill), "\(entity.type) is \(fill)")
            #expect(node.first("viz:shape")?.attributes["value"] == shapes[entity.type], "\(entity.type)")
        }
        let sizes = Dictionary(uniqueKeysWithValues: nodes.map { ($0.attributes["id"] ?? "", $0.first("viz:size")?.attributes["value"]) })
        #expect(sizes["person:ana-lima"] == "15.0", "two documents, two mentions: larger")
        #expect(sizes["place:oslo"] == "10.0")
    }

    @Test func edgesCarryTheGraphAndTheStyleSheet() throws {
        var graph = SampleGraphs.smallWithTies
        let twice = graph.edges.keys[0]
        graph.edges[twice]!.evidence.append(Evidence(document: "a3", start: 0, end: 1, sentence: "x"))
        let root = try XMLTree.parse(encoder.encode(graph))
        let edges = root.all("edge")
        #expect(edges.compactMap { $0.attributes["id"] } == Array(graph.canonicalized().edges.keys))
        for edge in edges {
            let relation = try #require(graph.edges[edge.attributes["id"] ?? ""])
            #expect(edge.attributes["source"] == relation.source)
            #expect(edge.attributes["target"] == relation.target)
            #expect(edge.attributes["label"] == relation.type.phrase)
            #expect(edge.attributes["kind"] == relation.type.rawValue, "parallel edges of two types stay two in Gephi")
            #expect(edge.attributes["weight"] == "\(Double(Set(relation.evidence.map(\.document)).count))")
            #expect(Self.values(of: edge)["type"] == relation.type.rawValue)
            let style = sheet.style(for: relation.type)
            let color = try #require(edge.first("viz:color")).attributes
            #expect(["r", "g", "b"].map { color[$0] ?? "" } == Self.channels(style.color))
            #expect(edge.first("viz:shape")?.attributes["value"] == (style.style == "bold" ? "solid" : style.style))
        }
        #expect(edges.first { $0.attributes["id"] == twice }?.attributes["weight"] == "3.0", "a1, a2 and a3")
    }

    @Test func attributesAreTypedFromTheirValues() throws {
        var graph = SampleGraphs.small
        graph.nodes["person:ana-lima"]!.attributes = [
            "age": .int(52), "incumbent": .bool(true), "mixed": .int(1), "big": .int(1 << 40),
            "titles": .strings(["minister", "envoy"]), "type": .string("user's own"), "parent": .string("x"),
        ]
        graph.nodes["country:norway"]!.attributes = ["mixed": .string("one")]
        let root = try XMLTree.parse(encoder.encode(graph))
        let nodeAttributes = try #require(root.all("attributes").first { $0.attributes["class"] == "node" })
        let types = Dictionary(uniqueKeysWithValues: nodeAttributes.all("attribute").map {
            ($0.attributes["id"] ?? "", $0.attributes["type"] ?? "")
        })
        #expect(types["age"] == "integer")
        #expect(types["incumbent"] == "boolean")
        #expect(types["mixed"] == "string")
        #expect(types["big"] == "long")
        #expect(types["titles"] == "string")
        #expect(types["attributes.type"] == "string", "a graph attribute never hides a derived column")
        #expect(types["attributes.parent"] == "string", "Cytoscape reserves parent; all exports name it alike")
        let lima = Self.values(of: try #require(root.all("node").first { $0.attributes["id"] == "person:ana-lima" }))
        #expect(lima["titles"] == "minister; envoy")
        #expect(lima["type"] == "person")
    }

    @Test func hostileTextComesOutEscapedAndIntact() throws {
        let text = try encoder.encode(SampleGraphs.hostile)
        expectHostileTextEscapedAsXML(text)
        let root = try XMLTree.parse(text)
        let safe = SampleGraphs.hostileLabels.map(XMLTree.xmlSafe).sorted()
        #expect(root.all("node").compactMap { $0.attributes["label"] }.sorted() == safe)
        #expect(root.all("node").compactMap { Self.values(of: $0)["role"] }.sorted() == safe)
        for edge in root.all("edge") {
            #expect(Self.values(of: edge)["evidence"]?.hasPrefix("h<1>: ") == true)
        }
    }

    @Test func equalGraphsGiveEqualBytes() throws {
        try expectEqualBytesForEqualGraphs(encoder.encode)
    }

    @Test func refusesWhatItCannotWriteFaithfully() throws {
        var dangling = SampleGraphs.small
        dangling.nodes.removeValue(forKey: "commodity:steel")
        let error = try #require(throws: ExportError.self) { try encoder.encode(dangling) }
        #expect(error.description.contains("commodity:steel"), "\(error)")

        var sheet = StyleSheet.standard
        sheet.relations["covers"]!.color = "#12345"
        let colourError = try #require(throws: ExportError.self) { try GEXFEncoder(styleSheet: sheet).encode(SampleGraphs.small) }
        #expect(colourError.description.contains("'#12345'"), "\(colourError)")
    }

    /// A node's or edge's attribute values by attribute id.
    private static func values(of element: XMLTree) -> [String: String] {
        Dictionary(element.all("attvalue").map { ($0.attributes["for"] ?? "", $0.attributes["value"] ?? "") }, uniquingKeysWith: { a, _ in a })
    }

    /// `#RRGGBB` as decimal channels: an independent reading of the style sheet's colours.
    private static func channels(_ hex: String) -> [String] {
        let digits = Array(hex.dropFirst())
        return stride(from: 0, to: 6, by: 2).map { String(Int(String(digits[$0..<$0 + 2]), radix: 16) ?? -1) }
    }
}
