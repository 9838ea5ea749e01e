import NewsGraphCore
import NewsGraphGraphviz
import Testing
import _NewsGraphTestSupport

/// Same graph, same bytes: committed diagrams must not change when regenerated.
@Suite struct DeterminismTests {
    @Test(arguments: [LayoutEngine.dot, .neato, .sfdp])
    func renderingTwiceGivesTheSameBytes(engine: LayoutEngine) throws {
        let options = DiagramOptions(engine: engine)
        let first = try GraphvizRenderer.svg(SampleGraphs.small, options: options).svg
        let second = try GraphvizRenderer.svg(SampleGraphs.small, options: options).svg
        #expect(first == second)
        #expect(try GraphvizRenderer.dot(SampleGraphs.small, options: options) == GraphvizRenderer.dot(SampleGraphs.small, options: options))
    }

    /// Graphviz keeps state in globals (random numbers, layout flags): a rendering in between
    /// must not change the next one.
    @Test func anotherRenderingInBetweenChangesNothing() throws {
        let options = DiagramOptions(engine: .sfdp)
        let before = try GraphvizRenderer.svg(SampleGraphs.small, options: options).svg
        _ = try GraphvizRenderer.svg(SampleGraphs.hostile, options: DiagramOptions(engine: .neato))
        _ = try GraphvizRenderer.svg(SampleGraphs.hostile)
        let after = try GraphvizRenderer.svg(SampleGraphs.small, options: options).svg
        #expect(before == after)
    }

    /// The order elements were inserted in must not matter: the renderer canonicalises.
    @Test func insertionOrderDoesNotMatter() throws {
        let graph = SampleGraphs.small
        let reversed = EntityGraph(
            documents: graph.documents.reversed(), nodes: graph.nodes.values.reversed(),
            edges: graph.edges.values.reversed())
        #expect(try GraphvizRenderer.dot(reversed) == GraphvizRenderer.dot(graph))
        #expect(try GraphvizRenderer.svg(reversed).svg == GraphvizRenderer.svg(graph).svg)
    }

    @Test func sfdpOnALargeGraphRepeats() throws {
        let graph = SyntheticGraphs.tangled(nodes: 200)
        let first = try GraphvizRenderer.svg(graph)
        #expect(first.engine == .sfdp)
        #expect(try GraphvizRenderer.svg(graph).svg == first.svg)
    }
}
