import NewsGraphCore
import Testing

@testable import NewsGraphExtraction

/// A body is part of one country: the classifier's guesses that disagree give way
/// (`OneCountryPerBody`).
@Suite struct OneCountryPerBodyTests {
    private let countries: Set<String> = ["country:a", "country:b", "country:c"]

    private func edge(_ source: String, _ target: String, inferred: Bool = true, documents: [String]) -> Relation {
        Relation(
            source: source, target: target, type: .partOf, attributes: inferred ? ["basis": .string("inferred")] : [:],
            evidence: documents.map { Evidence(document: $0, start: 0, end: 1, sentence: "s") })
    }

    private func kept(_ edges: [Relation]) -> Set<String> {
        Set(OneCountryPerBody.kept(edges, countries: countries).map { "\($0.source)->\($0.target)" })
    }

    @Test func oneInferredCountryStands() {
        #expect(kept([edge("agency:x", "country:a", documents: ["d1"])]) == ["agency:x->country:a"])
    }

    @Test func theCountryMostDocumentsInferWins() {
        let edges = [edge("agency:x", "country:a", documents: ["d1", "d2"]), edge("agency:x", "country:b", documents: ["d3"])]
        #expect(kept(edges) == ["agency:x->country:a"])
    }

    @Test func aTieKeepsNone() {
        let edges = [edge("agency:x", "country:a", documents: ["d1"]), edge("agency:x", "country:b", documents: ["d2"])]
        #expect(kept(edges).isEmpty)
    }

    @Test func aStatedCountryOverrulesEveryInferredOne() {
        let edges = [
            edge("agency:x", "country:a", inferred: false, documents: ["d1"]),
            edge("agency:x", "country:b", documents: ["d2", "d3"]),
        ]
        #expect(kept(edges) == ["agency:x->country:a"])
    }

    /// Part of a body or a place is no country's: those edges are left alone.
    @Test func partOfSomethingElseIsNotCounted() {
        let edges = [edge("agency:x", "agency:y", documents: ["d1"]), edge("agency:x", "country:a", documents: ["d2"])]
        #expect(kept(edges) == ["agency:x->agency:y", "agency:x->country:a"])
    }
}
