import NewsGraphCore
import NewsGraphGraphviz
import Testing
import _NewsGraphTestSupport

/// Graphviz is not thread-safe; the renderer serialises it. Without the lock these crash or
/// corrupt the heap.
@Suite struct ConcurrencyTests {
    @Test func concurrentRenderingsMatchSerialOnes() async throws {
        let jobs: [(EntityGraph, DiagramFormat, LayoutEngine)] = [
            (SampleGraphs.small, .svg, .dot), (SampleGraphs.hostile, .svg, .dot),
            (SampleGraphs.small, .svg, .sfdp), (SampleGraphs.hostile, .svg, .neato),
            (SampleGraphs.small, .dot, .dot), (SampleGraphs.hostile, .dot, .sfdp),
            (SampleGraphs.small, .svg, .neato), (SampleGraphs.hostile, .svg, .sfdp),
        ]
        let serial = try jobs.map { graph, format, engine in
            try GraphvizRenderer.render(graph, as: format, options: DiagramOptions(engine: engine)).text
        }
        let concurrent = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for round in 0..<3 {
                for (index, (graph, format, engine)) in jobs.enumerated() {
                    group.addTask {
                        let text = try GraphvizRenderer.render(graph, as: format, options: DiagramOptions(engine: engine)).text
                        return (index + round * jobs.count, text)
                    }
                }
            }
            var results: [Int: String] = [:]
            for try await (index, text) in group { results[index] = text }
            return results
        }
        #expect(concurrent.count == jobs.count * 3)
        for (index, text) in concurrent {
            #expect(text == serial[index % jobs.count], "job \(index % jobs.count) differs when run concurrently")
        }
    }
}
