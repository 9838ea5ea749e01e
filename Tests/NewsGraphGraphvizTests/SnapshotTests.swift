import NewsGraphCore
import NewsGraphGraphviz
import Testing
import _NewsGraphTestSupport

/// Golden files: any change to styling, escaping or layout shows up as a diff to review.
/// Re-record with `RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests` (that run fails), then run again without it.
@Suite struct SnapshotTests {
    @Test func smallGraphAsDOT() throws {
        try assertSnapshot(GraphvizRenderer.dot(SampleGraphs.small), named: "small.dot")
    }

    @Test func smallGraphAsSVG() throws {
        let (svg, engine) = try GraphvizRenderer.svg(SampleGraphs.small)
        #expect(engine == .dot)
        try assertSnapshot(maskingGraphvizVersion(svg), named: "small.svg")
    }

    /// sfdp starts from random positions: a golden file shows the seeding holds across runs.
    @Test func smallGraphAsSFDPSVG() throws {
        let (svg, engine) = try GraphvizRenderer.svg(SampleGraphs.small, options: DiagramOptions(engine: .sfdp))
        #expect(engine == .sfdp)
        try assertSnapshot(maskingGraphvizVersion(svg), named: "small.sfdp.svg")
    }

    @Test func encodersMatchTheRenderer() throws {
        #expect(try DOTEncoder().encode(SampleGraphs.small) == GraphvizRenderer.dot(SampleGraphs.small))
        #expect(try SVGEncoder().encode(SampleGraphs.small) == GraphvizRenderer.svg(SampleGraphs.small).svg)
    }

    @Test(arguments: [DiagramFormat.dot, .svg])
    func outputEndsWithExactlyOneNewline(format: DiagramFormat) throws {
        let text = try GraphvizRenderer.render(SampleGraphs.small, as: format).text
        #expect(text.hasSuffix("\n"))
        #expect(!text.hasSuffix("\n\n"))
    }

    @Test func graphIsNamedNeverPercentThree() throws {
        let (svg, _) = try GraphvizRenderer.svg(SampleGraphs.small, options: DiagramOptions(graphName: "Trade Talks 2024"))
        // Graphviz writes "-" in titles as a character reference.
        #expect(svg.contains("<title>trade&#45;talks&#45;2024</title>"))
        #expect(!svg.contains("%3"))
        let dot = try GraphvizRenderer.dot(SampleGraphs.small)
        #expect(dot.hasPrefix("digraph newsgraph {"))
    }
}
