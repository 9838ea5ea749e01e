import NewsGraphCore
import NewsGraphGraphviz
import Testing
import _NewsGraphTestSupport

@Suite struct LayoutEngineTests {
    @Test func automaticPicksDotUpToTheLimitsAndSFDPAbove() {
        let nodes = LayoutEngine.dotNodeLimit
        let edges = LayoutEngine.dotEdgeLimit
        #expect(LayoutEngine.automatic.resolved(nodeCount: 0, edgeCount: 0) == .dot)
        #expect(LayoutEngine.automatic.resolved(nodeCount: nodes, edgeCount: edges) == .dot)
        #expect(LayoutEngine.automatic.resolved(nodeCount: nodes + 1, edgeCount: 0) == .sfdp)
        #expect(LayoutEngine.automatic.resolved(nodeCount: 10, edgeCount: edges + 1) == .sfdp)
    }

    @Test(arguments: [LayoutEngine.dot, .neato, .sfdp])
    func anExplicitEngineIsKept(engine: LayoutEngine) {
        #expect(engine.resolved(nodeCount: 10_000, edgeCount: 50_000) == engine)
        #expect(engine.resolved(nodeCount: 1, edgeCount: 0) == engine)
    }

    @Test func theSVGNamesTheEngineItWasLaidOutWith() throws {
        let small = try GraphvizRenderer.svg(SyntheticGraphs.isolated(nodes: LayoutEngine.dotNodeLimit))
        #expect(small.engine == .dot)
        #expect(small.svg.contains("<!-- newsgraph diagram; layout: dot -->"))
        let large = try GraphvizRenderer.svg(SyntheticGraphs.isolated(nodes: LayoutEngine.dotNodeLimit + 1))
        #expect(large.engine == .sfdp)
        #expect(large.svg.contains("<!-- newsgraph diagram; layout: sfdp -->"))
        #expect(SVGInspection(large.svg).texts.contains { $0.hasSuffix("layout: sfdp") })
    }

    /// The DOT names the engine too, so `dot -Tsvg file.dot` draws with the same one.
    @Test func theDOTNamesTheEngine() throws {
        let dot = try GraphvizRenderer.dot(SyntheticGraphs.tangled(nodes: LayoutEngine.dotNodeLimit + 1))
        #expect(dot.contains("layout=sfdp"))
        #expect(dot.contains("start=1"))
        #expect(try GraphvizRenderer.dot(SampleGraphs.small).contains("layout=dot"))
    }

    /// Above the limits dot can take minutes; sfdp must stay quick.
    @Test(.timeLimit(.minutes(1))) func aTangledGraphOfAFewHundredNodesRendersQuickly() throws {
        let diagram = try GraphvizRenderer.render(SyntheticGraphs.tangled(nodes: 500), as: .svg)
        #expect(diagram.engine == .sfdp)
    }
}
