import NewsGraphCore
import _NewsGraphTestSupport

extension SampleGraphs {
    /// The sample graphs by name, for parameterised tests (whose arguments are printed).
    static let named: [String: EntityGraph] = ["small": small, "hostile": hostile, "smallWithTies": smallWithTies]

    /// `small` with what it lacks for ordering tests: diagnostics (two differing only in
    /// severity), and two sentences over the same span of one edge.
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
        return graph
    }
}
