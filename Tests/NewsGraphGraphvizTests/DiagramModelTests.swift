import NewsGraphCore
import NewsGraphExport
import Testing

@testable import NewsGraphGraphviz

/// The diagram described before Graphviz sees it (`DiagramModel.make`): one test per rule that
/// styles an edge or steers the layout.
@Suite struct DiagramModelTests {
    private func model(_ graph: EntityGraph) throws -> DiagramModel {
        try DiagramModel.make(from: GraphSelection(full: graph), options: DiagramOptions()).model
    }

    private func value(_ name: String, _ attributes: [DiagramModel.Attribute]) -> String? {
        attributes.first { $0.name == name }?.value
    }

    private static let lima = Entity(id: "person:ana-lima", type: .person, label: "Ana Lima")
    private static let norway = Entity(id: "country:norway", type: .country, label: "Norway")
    private static let oslo = Entity(id: "place:oslo", type: .place, label: "Oslo")
    private static let tariffs = Entity(id: "policy:tariffs", type: .policy, label: "tariffs")

    @Test func aRelationNoSentenceStatesIsDrawnFainter() throws {
        let graph = EntityGraph(
            nodes: [Self.lima, Self.norway, Self.oslo],
            edges: [
                Relation(source: Self.lima.id, target: Self.norway.id, type: .represents),
                Relation(
                    source: Self.oslo.id, target: Self.norway.id, type: .locatedIn, attributes: ["basis": .string("knowledge")]),
            ])
        let edges = try model(graph).edges
        let stated = StyleSheet.standard.style(for: RelationType.represents).color
        let unstated = StyleSheet.standard.style(for: RelationType.locatedIn).color + DiagramModel.faintAlpha
        #expect(edges.map { value("color", $0.attributes) } == [stated, unstated])
        #expect(edges.map { value("fontcolor", $0.attributes) } == [stated, unstated])
    }

    /// A role no source speaks of in the present says so on its line.
    @Test func aPastRoleIsLabelledFormer() throws {
        let graph = EntityGraph(
            nodes: [Self.lima, Self.norway],
            edges: [Relation(source: Self.lima.id, target: Self.norway.id, type: .leads, attributes: ["former": .bool(true)])])
        let edge = try #require(try model(graph).edges.first)
        #expect(DiagramModel.edgeLabel(graph.edges.values[0]) == "leads (former)")
        #expect(value("label", edge.attributes)?.contains("(former)") == true)
    }

    @Test func aPolicysTargetIsLaidOutBackwardsWithTheArrowAtTheTarget() throws {
        let graph = EntityGraph(
            nodes: [Self.norway, Self.tariffs], edges: [Relation(source: Self.tariffs.id, target: Self.norway.id, type: .targets)]
        )
        let edge = try #require(try model(graph).edges.first)
        #expect((edge.tail, edge.head) == (Self.norway.id, Self.tariffs.id))
        #expect(value("dir", edge.attributes) == "back")
        #expect(value("arrowtail", edge.attributes) == StyleSheet.standard.style(for: RelationType.targets).arrowhead)
        #expect(value("arrowhead", edge.attributes) == nil)
    }

    @Test func isolatedNodesStandInRowsJoinedByInvisibleEdges() throws {
        let people = (0..<7).map { Entity(id: "person:p\($0)", type: .person, label: "P\($0)") }
        let edges = try model(EntityGraph(nodes: people)).edges
        #expect(edges.allSatisfy { value("style", $0.attributes) == "invis" })
        // Rows of five: p0–p4, then p5–p6.
        #expect(
            edges.map { "\($0.tail)>\($0.head)" } == [
                "person:p0>person:p1", "person:p1>person:p2", "person:p2>person:p3", "person:p3>person:p4", "person:p5>person:p6",
            ])
    }
}
