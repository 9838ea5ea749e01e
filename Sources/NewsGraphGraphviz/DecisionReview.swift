import NewsGraphCore

/// What the resolver decided on its own in a graph, as Markdown for an analyst: the merges it
/// made, the near-merges it refused and the possible duplicates it saw, each with a decision
/// line ready to paste into a decisions file (`newsgraph review`).
///
/// Every line reverses the resolver's call (`different` for a merge made, `same` for a pair
/// left apart), with the line that confirms the call beside it as a comment: keeping a line
/// is the analyst's decision, deleting it leaves the call to the rules. Article text is
/// cleaned; inside the code blocks it is only ever part of a comment or a quoted name.
public enum DecisionReview {
    /// The review of `graph`, headed by `name` (the graph file's name).
    public static func markdown(_ graph: EntityGraph, name: String) -> String {
        let diagnostics = graph.canonicalized().diagnostics
        let merges = diagnostics.filter { ["merge.spelling-variant", "merge.garbled-name"].contains($0.id) }
        let refused = diagnostics.filter { $0.id == "merge.refused" }
        let duplicates = diagnostics.filter { $0.id == "merge.possible-duplicate" }
        let decided = diagnostics.filter { $0.decision != nil }
        var blocks = [
            "# Review of \(MarkdownText.escaped(name))",
            "What the resolver decided on its own, each with a decision line to paste into a decisions file "
                + "(`decisions.tsv` beside the articles, or `--decisions FILE`). Keep the lines you agree with, "
                + "delete the rest, and build again: every rebuild applies them. A line commented out (`#`) "
                + "confirms the resolver's call instead.",
        ]
        blocks += section(
            "Merges made", merges, empty: "The resolver merged no spelling variants.",
            note: "Each `different` line undoes a merge; the `same` line under it confirms the merge.",
            graph: graph,
            lines: { diagnostic in
                let (a, b) = mergedNames(diagnostic, graph)
                let noun = nouns(graph.nodes[diagnostic.subjects.first ?? ""]?.type)
                return [
                    Decision.text(of: .different(a, b), reason: "reviewed: two \(noun.plural)"),
                    "# " + Decision.text(of: .same(a, b), reason: "reviewed: one \(noun.singular)"),
                ]
            })
        let apart: (Diagnostic) -> [String] = { diagnostic in
            let (a, b) = shownNames(diagnostic, graph)
            let noun = nouns(diagnostic.subjects.first.flatMap { graph.nodes[$0]?.type })
            return [
                Decision.text(of: .same(a, b), reason: "reviewed: one \(noun.singular)"),
                "# " + Decision.text(of: .different(a, b), reason: "reviewed: two \(noun.plural)"),
            ]
        }
        blocks += section(
            "Near-merges refused", refused, empty: "The resolver refused no near-merge.",
            note:
                "Each `same` line joins two names the resolver kept apart; the `different` line under it confirms they are two.",
            graph: graph, lines: apart)
        blocks += section(
            "Possible duplicates", duplicates, empty: "The resolver saw no possible duplicate.",
            note:
                "Each `same` line joins two entities the resolver left apart; the `different` line under it confirms they are two.",
            graph: graph, lines: apart)
        blocks.append("## Decisions applied (\(decided.count))")
        if decided.isEmpty {
            blocks.append("The graph was built without decisions.")
        } else {
            blocks.append(
                decided.map { diagnostic in
                    let origin = diagnostic.decision!
                    return
                        "- \(MarkdownText.escaped("\(origin.file):\(origin.line)")): \(MarkdownText.escaped(diagnostic.message))"
                }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func section(
        _ title: String, _ diagnostics: [Diagnostic], empty: String, note: String, graph: EntityGraph,
        lines: (Diagnostic) -> [String]
    ) -> [String] {
        var blocks = ["## \(title) (\(diagnostics.count))"]
        guard !diagnostics.isEmpty else { return blocks + [empty] }
        blocks.append(note)
        var body: [String] = []
        for (index, diagnostic) in diagnostics.enumerated() {
            if index > 0 { body.append("") }
            body.append("# \(GraphvizText.clean(diagnostic.id)): \(GraphvizText.clean(diagnostic.message))")
            body += lines(diagnostic)
        }
        let text = body.joined(separator: "\n")
        // A fence longer than any run of backticks in the text, so no name can close it.
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        blocks.append("\(fence)\n\(text)\n\(fence)")
        return blocks
    }

    /// The two names a merge diagnostic quotes: the node's label or aliases as they appear
    /// in its message, first two by position; else the first two quoted stretches.
    static func mergedNames(_ diagnostic: Diagnostic, _ graph: EntityGraph) -> (String, String) {
        let message = diagnostic.message
        if let node = diagnostic.subjects.first.flatMap({ graph.nodes[$0] }) {
            var found: [(position: Int, name: String)] = []
            for name in Set([node.label] + node.aliases) where !name.isEmpty {
                if let range = message.range(of: "'\(name)'") {
                    found.append((message.distance(from: message.startIndex, to: range.lowerBound), name))
                }
            }
            found.sort { $0.position != $1.position ? $0.position < $1.position : $0.name.count > $1.name.count }
            var names: [String] = []
            for item in found where !names.contains(item.name) { names.append(item.name) }
            if names.count >= 2 { return (names[0], names[1]) }
        }
        let parts = message.split(separator: "'", omittingEmptySubsequences: false)
        if parts.count >= 5 { return (String(parts[1]), String(parts[3])) }
        let subject = diagnostic.subjects.first ?? ""
        return (subject, subject)
    }

    /// The two entities of a pair left apart, by label, or by id where a label is not a name
    /// the articles give (a body's label with its country added).
    static func shownNames(_ diagnostic: Diagnostic, _ graph: EntityGraph) -> (String, String) {
        let names = diagnostic.subjects.prefix(2).map { id -> String in
            guard let node = graph.nodes[id] else { return id }
            return node.label.hasSuffix(")") ? id : node.label
        }
        if names.count == 2 { return (names[0], names[1]) }
        return mergedNames(diagnostic, graph)
    }

    private static func nouns(_ type: EntityType?) -> (singular: String, plural: String) {
        switch type {
        case .person: ("person", "people")
        case .agency: ("body", "bodies")
        default: ("entity", "entities")
        }
    }
}
