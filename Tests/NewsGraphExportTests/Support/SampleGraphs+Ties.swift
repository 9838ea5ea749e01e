import NewsGraphCore
import _NewsGraphTestSupport

extension SampleGraphs {
    /// The sample graphs by name, for parameterised tests (whose arguments are printed).
    static let named: [String: EntityGraph] = ["small": small, "hostile": hostile, "smallWithTies": smallWithTies]

    /// `small` with what it lacks: diagnostics (two differing only in severity), two
    /// sentences over the same span of one edge, and a second edge between one pair of nodes.
    static var smallWithTies: EntityGraph {
        var graph = small
        graph.diagnostics = [
            Diagnostic(id: "merge.spelling-variant", severity: .note, message: "merged Lima into Ana Lima", subjects: ["person:ana-lima"]),
            Diagnostic(id: "merge.spelling-variant", severity: .warning, message: "merged Lima into Ana Lima", subjects: ["person:ana-lima"]),
            Diagnostic(id: "ingest.skipped", severity: .error, message: "cannot read b.txt"),
        ]
        let id = graph.edges.keys[0]
        graph.edges[id]!.evidence += [
            Evidence(document: "a2", start: 5, end: 9, sentence: "zeta"),
            Evidence(document: "a2", start: 5, end: 9, sentence: "alpha"),
        ]
        let parallel = Relation(
            source: "person:ana-lima", target: "country:norway", type: .leads,
            evidence: [Evidence(document: "a1", start: 0, end: 8, sentence: "Ana Lima")])
        graph.edges[parallel.id] = parallel
        return graph
    }
}
