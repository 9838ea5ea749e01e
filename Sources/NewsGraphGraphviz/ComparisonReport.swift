import NewsGraphCore
import NewsGraphExport

/// A ``SourceComparison`` as Markdown (`newsgraph compare`, `.compare.md`): one numbered
/// finding after another, most sources first, each side with its articles and sentences.
///
/// Names and sentences come from articles: every one is escaped (``MarkdownText``).
public enum ComparisonReport {
    public static func markdown(_ comparison: SourceComparison, graph: EntityGraph, name: String) -> String {
        let numbers = sourceNumbers(graph)
        var blocks = [
            "# Where the sources differ: \(MarkdownText.escaped(name))",
            "\(DiagramCaption.count(comparison.articles.count, "article", "articles")) compared; "
                + "\(DiagramCaption.count(comparison.findings.count, "finding", "findings")), most sources and links first. "
                + "Numbers in brackets are the sources listed at the end.",
        ]
        for (index, finding) in comparison.findings.enumerated() {
            var lines = [
                "## \(index + 1). \(heading(finding.kind)): \(MarkdownText.escaped(finding.title))",
                "\(MarkdownText.escaped(finding.reason)) Covered by \(DiagramCaption.count(finding.sources, "source", "sources")); "
                    + "subjects: \(finding.subjects.map(DiffReport.code).joined(separator: ", ")).",
                "",
            ]
            for side in finding.sides {
                lines.append("- \(MarkdownText.escaped(side.value)) \(references(side.documents, numbers))")
                for evidence in side.evidence {
                    lines.append("  - \(references([evidence.document], numbers)) \u{201C}\(MarkdownText.escaped(evidence.sentence))\u{201D}")
                }
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        if comparison.findings.isEmpty { blocks.append("The sources do not differ in anything newsgraph compares.") }
        let sources = graph.canonicalized().documents.enumerated().map { index, document in
            let title = GraphvizText.clean(document.title)
            return "\(index + 1). \(DiffReport.code(document.id))" + (title.isEmpty ? "" : " \(MarkdownText.escaped(title))")
        }
        blocks.append((["## Sources", ""] + sources).joined(separator: "\n"))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    static func heading(_ kind: SourceComparison.Kind) -> String {
        switch kind {
        case .names: "Names that disagree"
        case .nearNames: "Names kept apart that may be one"
        case .claim: "Claim only some sources make"
        case .status: "Status that disagrees"
        case .numbers: "Numbers that disagree"
        case .dates: "Dates that disagree"
        case .attribution: "Stated by some, attributed by others"
        }
    }

    /// Document id → its number among the graph's sources (canonical order, from 1).
    static func sourceNumbers(_ graph: EntityGraph) -> [String: Int] {
        Dictionary(graph.canonicalized().documents.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
    }

    static func references(_ documents: [String], _ numbers: [String: Int]) -> String {
        documents.map { numbers[$0].map { "[\($0)]" } ?? "(\(DiffReport.code($0)))" }.joined(separator: " ")
    }
}
