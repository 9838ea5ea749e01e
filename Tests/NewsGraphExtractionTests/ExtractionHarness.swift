import NewsGraphCore
import NewsGraphExtraction
import Testing

/// Runs the whole pipeline on sentences written for a test.
enum Harness {
    static let extractor: Extractor = {
        do { return try Extractor(lexicon: Lexicon.standard()) } catch { fatalError("lexicon: \(error)") }
    }()

    /// The graph of one or more articles given as text, one article each.
    ///
    /// A warning diagnostic fails the test unless its id is in `warnings`, and an id there that
    /// no diagnostic has fails it too (swift-openapi-generator's `XCTestDiagnosticCollector` habit).
    static func graph(
        _ texts: String..., warnings: Set<String> = [], sourceLocation: SourceLocation = #_sourceLocation
    ) -> EntityGraph {
        graph(texts, warnings: warnings, sourceLocation: sourceLocation)
    }

    static func graph(
        _ texts: [String], warnings: Set<String> = [], sourceLocation: SourceLocation = #_sourceLocation
    ) -> EntityGraph {
        let records = texts.enumerated().map { index, text in
            extractor.extract(Article(id: "t\(index)", path: "t\(index).txt", text: text))
        }
        let graph = CorpusResolver(lexicon: extractor.lexicon).resolve(records)
        expectWarnings(warnings, in: graph, sourceLocation: sourceLocation)
        return graph
    }

    /// Fails on a warning diagnostic whose id is not in `expected`, and on an id in `expected`
    /// that no warning has.
    static func expectWarnings(_ expected: Set<String>, in graph: EntityGraph, sourceLocation: SourceLocation) {
        let found = graph.diagnostics.filter { $0.severity >= .warning }
        for diagnostic in found where !expected.contains(diagnostic.id) {
            Issue.record("unexpected \(diagnostic)", sourceLocation: sourceLocation)
        }
        for id in expected.subtracting(found.map(\.id)).sorted() {
            Issue.record("expected a warning \(id), none was given", sourceLocation: sourceLocation)
        }
    }

    /// "Label (type)" of every node.
    static func nodes(_ graph: EntityGraph) -> [String] {
        graph.nodes.values.map { "\($0.label) (\($0.type.rawValue))" }.sorted()
    }

    /// "Source -type-> Target" of every edge, by label.
    static func edges(_ graph: EntityGraph) -> [String] {
        edges(graph, where: { _ in true })
    }

    /// "Source -type-> Target" of every edge a rule found: the learned classifier's guesses
    /// change each time it is trained, so sentences written for a rule do not pin them
    /// (`RelationClassifierTests` checks what its edges say of themselves).
    static func ruleEdges(_ graph: EntityGraph) -> [String] {
        edges(graph, where: { $0.attributes["rules"] != .strings(["classifier"]) })
    }

    private static func edges(_ graph: EntityGraph, where include: (Relation) -> Bool) -> [String] {
        graph.edges.values.filter(include).map { edge in
            "\(graph.nodes[edge.source]!.label) -\(edge.type.rawValue)-> \(graph.nodes[edge.target]!.label)"
        }.sorted()
    }

    static func node(_ graph: EntityGraph, _ label: String) -> Entity? {
        graph.nodes.values.first { $0.label == label }
    }
}

/// Extracts `texts`, one article each, and expects exactly `nodes` ("Label (type)") and `edges`
/// ("Source -type-> Target", by label): what the rules find and nothing more, so a rule that
/// finds nothing fails its test. The learned classifier's own edges are left out. Missing and unexpected items are reported apart.
///
/// Warning diagnostics (`merge.refused`, `merge.possible-duplicate`, ...) fail the test too,
/// unless their ids are in `warnings`; an id there that no diagnostic has fails it as well.
/// Returns the graph, for what the test checks beyond nodes and edges.
@discardableResult
func assertExtraction(
    _ texts: String..., nodes: Set<String>, edges: Set<String>, warnings: Set<String> = [],
    sourceLocation: SourceLocation = #_sourceLocation
) -> EntityGraph {
    assertExtraction(texts, nodes: nodes, edges: edges, warnings: warnings, sourceLocation: sourceLocation)
}

@discardableResult
func assertExtraction(
    _ texts: [String], nodes: Set<String>, edges: Set<String>, warnings: Set<String> = [],
    sourceLocation: SourceLocation = #_sourceLocation
) -> EntityGraph {
    let graph = Harness.graph(texts, warnings: warnings, sourceLocation: sourceLocation)
    func compare(_ what: String, found: [String], expected: Set<String>) {
        let foundSet = Set(found)
        let missing = expected.subtracting(foundSet).sorted()
        let unexpected = foundSet.subtracting(expected).sorted()
        var problems: [String] = []
        func list(_ items: [String], _ mark: String) -> String { items.map { "  \(mark) \($0)" }.joined(separator: "\n") }
        if !missing.isEmpty { problems.append("missing \(what):\n" + list(missing, "-")) }
        if !unexpected.isEmpty { problems.append("unexpected \(what):\n" + list(unexpected, "+")) }
        // Two nodes or edges that print alike would hide one another in a set.
        let repeated = Dictionary(grouping: found, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        if !repeated.isEmpty { problems.append("\(what) found more than once: \(repeated)") }
        if !problems.isEmpty { Issue.record(Comment(rawValue: problems.joined(separator: "\n")), sourceLocation: sourceLocation) }
    }
    compare("nodes", found: Harness.nodes(graph), expected: nodes)
    compare("edges", found: Harness.ruleEdges(graph), expected: edges)
    return graph
}
