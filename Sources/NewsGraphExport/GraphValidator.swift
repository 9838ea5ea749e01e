import NewsGraphCore

/// Checks a graph's lists, as a saved file holds them, for what every export needs: ids that
/// are unique and XML name tokens (GraphML's schema requires both of node and edge ids and of
/// attribute names; DOT quotes any name), edges between nodes that exist, and mentions and
/// evidence whose spans can be slices of their documents, in documents the graph lists.
///
/// Extraction never makes such a graph; a hand edit or a hostile file can. Checked before
/// anything is written, so a bad graph gives no file at all rather than some formats of it.
public enum GraphValidator {
    /// One thing wrong, and where: a JSON path into the saved graph (`edges[2].target`).
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String

        public init(_ path: String, _ message: String) {
            self.path = path
            self.message = message
        }

        public var description: String { path.isEmpty ? message : "\(path): \(message)" }
    }

    /// Every problem of the graph, in the order of the file (documents, nodes, edges).
    ///
    /// - Complexity: O(n) in the number of documents, nodes, edges, mentions and evidence.
    public static func problems(documents: [Document], nodes: [Entity], edges: [Relation]) -> [Problem] {
        var problems: [Problem] = []
        var documentIndex: [String: Int] = [:]
        for (index, document) in documents.enumerated() {
            if let first = documentIndex[document.id] {
                problems.append(
                    Problem(JSONPath.join("documents", index, "id"), "'\(document.id)' again (first at documents[\(first)])"))
            } else {
                documentIndex[document.id] = index
            }
        }
        var nodeIndex: [String: Int] = [:]
        for (index, node) in nodes.enumerated() {
            let path = JSONPath.join("nodes", index)
            if let problem = idProblem(node.id) { problems.append(Problem(path + ".id", problem)) }
            if let first = nodeIndex[node.id] {
                problems.append(Problem(path + ".id", "'\(node.id)' again (first at nodes[\(first)])"))
            } else {
                nodeIndex[node.id] = index
            }
            problems += attributeProblems(node.attributes, path)
            for (number, mention) in node.mentions.enumerated() {
                let place = "\(path).mentions[\(number)]"
                if let problem = Span.problem(start: mention.start, end: mention.end, text: mention.text) {
                    problems.append(Problem(place, problem))
                }
                if documentIndex[mention.document] == nil {
                    problems.append(Problem(place + ".document", "'\(mention.document)' is not in documents"))
                }
            }
            for (number, quantity) in (node.quantities ?? []).enumerated() {
                let place = "\(path).quantities[\(number)]"
                if let problem = Span.problem(start: quantity.start, end: quantity.end, text: quantity.text) {
                    problems.append(Problem(place, problem))
                }
                if documentIndex[quantity.document] == nil {
                    problems.append(Problem(place + ".document", "'\(quantity.document)' is not in documents"))
                }
                if !quantity.value.isFinite { problems.append(Problem(place + ".value", "not a finite number")) }
                if let evidence = quantity.evidence {
                    if let problem = Span.problem(start: evidence.start, end: evidence.end, text: evidence.sentence) {
                        problems.append(Problem(place + ".evidence", problem))
                    }
                    if evidence.document != quantity.document || evidence.start > quantity.start || quantity.end > evidence.end {
                        problems.append(Problem(place + ".evidence", "the sentence does not hold the quantity"))
                    }
                }
            }
        }
        var edgeIndex: [String: Int] = [:]
        for (index, edge) in edges.enumerated() {
            let path = JSONPath.join("edges", index)
            if let problem = idProblem(edge.id) { problems.append(Problem(path + ".id", problem)) }
            if let first = edgeIndex[edge.id] {
                problems.append(Problem(path + ".id", "'\(edge.id)' again (first at edges[\(first)])"))
            } else {
                edgeIndex[edge.id] = index
            }
            for (end, id) in [("source", edge.source), ("target", edge.target)] where nodeIndex[id] == nil {
                problems.append(Problem("\(path).\(end)", "no node has the id '\(id)'"))
            }
            problems += attributeProblems(edge.attributes, path)
            for (number, evidence) in edge.evidence.enumerated() {
                let place = "\(path).evidence[\(number)]"
                if let problem = Span.problem(start: evidence.start, end: evidence.end, text: evidence.sentence) {
                    problems.append(Problem(place, problem))
                }
                if documentIndex[evidence.document] == nil {
                    problems.append(Problem(place + ".document", "'\(evidence.document)' is not in documents"))
                }
            }
        }
        return problems
    }

    private static func idProblem(_ id: String) -> String? {
        XMLText.isNameToken(id) ? nil : "'\(id)' is not an XML name token (letters, digits, '.', '-', '_', ':'), as ids must be"
    }

    private static func attributeProblems(_ attributes: Attributes, _ path: String) -> [Problem] {
        attributes.keys.sorted().compactMap { name in
            XMLText.isNameToken(name)
                ? nil
                : Problem(
                    "\(path).attributes", "the name '\(name)' is not an XML name token (letters, digits, '.', '-', '_', ':')")
        }
    }
}
