import NewsGraphCore
import _NewsGraphTestSupport

extension SampleGraphs {
    /// The sample graphs by name, for parameterised tests (whose arguments are printed).
    static let named: [String: EntityGraph] = [
        "small": small, "hostile": hostile, "smallWithTies": smallWithTies, "smallWithStories": smallWithStories,
    ]

    /// `small` and a second story of its own, grouped: every export carries the stories.
    static var smallWithStories: EntityGraph {
        var graph = small
        let document = Document(id: "a3", path: "articles/a3.txt", title: "Salmon quota agreed")
        graph.documents.append(document)
        let sentence = Evidence(document: "a3", start: 0, end: 30, sentence: "Iceland agreed a salmon quota.")
        let entities: [(String, EntityType, String)] = [
            ("country:iceland", .country, "Iceland"), ("policy:salmon-quota", .policy, "salmon quota"),
        ]
        for (id, type, label) in entities {
            let mention = Mention(document: "a3", start: 0, end: 7, text: "Iceland")
            graph.nodes[id] = Entity(id: id, type: type, label: label, mentions: [mention])
        }
        let quota = Relation(source: "country:iceland", target: "policy:salmon-quota", type: .imposes, evidence: [sentence])
        graph.edges[quota.id] = quota
        return graph.canonicalized().groupingStories()
    }

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
