import NewsGraphCore
import Testing
import _NewsGraphTestSupport

/// Expects `encode` to give the same bytes for each sample graph encoded twice and built in
/// reverse order: what lets a project commit its exports and review them as diffs.
func expectEqualBytesForEqualGraphs(
    _ encode: (EntityGraph) throws -> String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    for (name, graph) in SampleGraphs.named {
        let once = try encode(graph)
        #expect(try encode(graph) == once, "\(name): encoded twice", sourceLocation: sourceLocation)
        #expect(try encode(graph.reversedInsertionOrder()) == once, "\(name): built in reverse order", sourceLocation: sourceLocation)
    }
}
