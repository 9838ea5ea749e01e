import Foundation
import NewsGraphCore
import NewsGraphExport
import Testing
import _NewsGraphTestSupport

@Suite struct GraphMLYEdFlavorTests {
    let encoder = GraphMLEncoder(flavor: .yed)
    let sheet = StyleSheet.standard

    @Test func smallGraphMatchesItsGoldenFile() throws {
        try assertSnapshot(encoder.encode(SampleGraphs.small), named: "small.yed.graphml")
    }

    @Test func plainIsTheDefaultAndHasNoGraphics() throws {
        let plain = try GraphMLEncoder().encode(SampleGraphs.small)
        #expect(plain == (try GraphMLEncoder(flavor: .plain).encode(SampleGraphs.small)))
        #expect(!plain.contains("yfiles") && !plain.contains("<y:"))
    }

    @Test(arguments: ["small", "hostile", "smallWithTies", "smallWithStories"])
    func validatesAgainstGraphMLWidenedForYFiles(name: String) throws {
        let graph = try #require(SampleGraphs.named[name])
        guard case .ready(let xsd) = GraphMLSchema.availability else {
            if case .unavailable(let reason) = GraphMLSchema.availability { try Test.cancel("\(reason)") }
            return
        }
        let schema = GraphMLSchema.yFilesSchema(beside: xsd)
        let problems = try GraphMLSchema.problems(in: encoder.encode(graph), schema: schema)
        #expect(problems == nil, "\(name): \(problems ?? "")")
    }

    @Test(arguments: ["small", "hostile", "smallWithTies", "smallWithStories"])
    func carriesThePlainDataUnchanged(name: String) throws {
        let graph = try #require(SampleGraphs.named[name])
        let plain = try XMLTree.parse(GraphMLEncoder().encode(graph))
        let yed = try XMLTree.parse(encoder.encode(graph))
        let columns = { (root: XMLTree) in root.all("key").filter { $0.attributes["attr.name"] != nil }.map(\.attributes) }
        #expect(columns(yed) == columns(plain))
        for tag in ["node", "edge"] {
            let withoutGraphics = yed.all(tag).map { $0.graphMLData.filter { !$0.key.hasPrefix("y_") } }
            #expect(withoutGraphics == plain.all(tag).map(\.graphMLData), "\(name) \(tag)s")
        }
    }

    @Test func nodesShowTheStyleSheet() throws {
        let graph = SampleGraphs.small
        let root = try XMLTree.parse(encoder.encode(graph))
        let declared = root.all("key").filter { $0.attributes["yfiles.type"] != nil }.map {
            [$0.attributes["id"] ?? "", $0.attributes["for"] ?? "", $0.attributes["yfiles.type"] ?? ""]
        }
        #expect(declared == [["y_nodegraphics", "node", "nodegraphics"], ["y_edgegraphics", "edge", "edgegraphics"]])
        // The nearest yEd shape to each Graphviz shape of the style sheet.
        let shapes: [EntityType: String] = [
            .person: "ellipse", .agency: "rectangle", .country: "hexagon", .place: "trapezoid", .meeting: "octagon",
            .policy: "roundrectangle", .commodity: "rectangle3d",
        ]
        for node in root.all("node") {
            let entity = try #require(graph.nodes[node.attributes["id"] ?? ""])
            let style = sheet.style(for: entity.type)
            let shapeNode = try #require(node.first("y:ShapeNode"), "\(entity.id)")
            #expect(shapeNode.first("y:Fill")?.attributes["color"] == style.fill.uppercased())
            #expect(shapeNode.first("y:BorderStyle")?.attributes["color"] == style.stroke.uppercased())
            #expect(shapeNode.first("y:Shape")?.attributes["type"] == shapes[entity.type])
            #expect(shapeNode.first("y:NodeLabel")?.text == entity.label)
            #expect(shapeNode.first("y:NodeLabel")?.attributes["fontFamily"] == sheet.font)
        }
        // Ana Lima is named in both documents, twice: larger than a node named once.
        let heights = Dictionary(uniqueKeysWithValues: root.all("node").map {
            ($0.attributes["id"] ?? "", Double($0.first("y:Geometry")?.attributes["height"] ?? "") ?? 0)
        })
        #expect(heights["person:ana-lima"] == 35)
        #expect(heights["place:oslo"] == 30)
    }

    @Test func edgesShowTheStyleSheet() throws {
        let graph = SampleGraphs.small
        let root = try XMLTree.parse(encoder.encode(graph))
        for edge in root.all("edge") {
            let relation = try #require(graph.edges[edge.attributes["id"] ?? ""])
            let style = sheet.style(for: relation.type)
            let line = try #require(edge.first("y:PolyLineEdge")?.first("y:LineStyle"), "\(relation.id)")
            #expect(line.attributes["color"] == style.color.uppercased())
            let type = ["dashed": "dashed", "dotted": "dotted"][style.style] ?? "line"
            #expect(line.attributes["type"] == type, "\(relation.type) is \(style.style)")
            #expect(line.attributes["width"] == (style.style == "bold" ? "2.5" : "1.0"), "\(relation.type)")
            #expect(edge.first("y:Arrows")?.attributes["target"] == "standard")
            #expect(edge.first("y:EdgeLabel")?.text == relation.type.phrase)
        }
    }

    @Test func hostileTextComesOutEscapedAndIntact() throws {
        let text = try encoder.encode(SampleGraphs.hostile)
        expectHostileTextEscapedAsXML(text)
        let root = try XMLTree.parse(text)
        let labels = root.all("y:NodeLabel").map(\.text)
        #expect(labels.sorted() == SampleGraphs.hostileLabels.map(XMLTree.xmlSafe).sorted())
    }

    @Test func equalGraphsGiveEqualBytes() throws {
        try expectEqualBytesForEqualGraphs(encoder.encode)
    }

    @Test func refusesAColourThatIsNotHex() throws {
        var sheet = StyleSheet.standard
        sheet.nodes["person"]!.fill = "light orange"
        let error = try #require(throws: ExportError.self) {
            try GraphMLEncoder(flavor: .yed, styleSheet: sheet).encode(SampleGraphs.small)
        }
        #expect(error.description.contains("'light orange'"), "\(error)")
        // The plain flavour does not read the style sheet.
        #expect(throws: Never.self) { try GraphMLEncoder(flavor: .plain, styleSheet: sheet).encode(SampleGraphs.small) }
    }
}
