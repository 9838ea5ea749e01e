import NewsGraphCore
import Testing

private typealias H = Harness

/// A policy named only by its kind ("the ceasefire") is one policy across the articles of one
/// story, and another in an article of another story.
@Suite struct GeneralPolicyTests {
    /// The documents whose mentions make up each ceasefire node.
    private static func ceasefires(_ graph: EntityGraph) -> [[String]] {
        graph.nodes.values.filter { $0.type == .policy && $0.label.contains("ceasefire") }
            .map(\.sourceDocuments).sorted { $0.lexicographicallyPrecedes($1) }
    }

    @Test func oneStoryOneCeasefireAnotherStoryAnother() {
        let graph = H.graph(
            "Foreign Minister Ana Lima met envoy Tomas Berg in Oslo. The ceasefire held overnight, Lima said.",
            "Tomas Berg and Ana Lima spoke again on Tuesday. Both said the ceasefire must hold.",
            "Rebels in the north of Veland broke the ceasefire, army spokesman Joel Okafor said.")
        #expect(Self.ceasefires(graph) == [["t0", "t1"], ["t2"]])
    }

    /// "the ceasefire" joins the one ceasefire a story names by its marks, not another story's.
    @Test func theGeneralNameJoinsTheSpecificOneOfItsStoryOnly() {
        let graph = H.graph(
            "Foreign Minister Ana Lima met envoy Tomas Berg in Oslo to agree a 30-day ceasefire.",
            "Tomas Berg and Ana Lima said the ceasefire must hold.",
            "Rebels in the north of Veland broke the ceasefire, army spokesman Joel Okafor said.")
        #expect(Self.ceasefires(graph) == [["t0", "t1"], ["t2"]])
    }
}
