import NewsGraphCore
import NewsGraphExport

/// The brief's "Where the sources differ" section: the findings of ``SourceComparison`` as
/// static HTML (no script), numbered sources as in the rest of the brief. Every name and
/// sentence is cleaned and escaped.
enum BriefComparison {
    static func section(_ comparison: SourceComparison, caption: DiagramCaption) -> String {
        var parts = [
            "<section id=\"differences\">", "<h2>Where the sources differ</h2>",
        ]
        guard !comparison.findings.isEmpty else {
            parts += ["<p class=\"note\">The sources do not differ in anything newsgraph compares.</p>", "</section>"]
            return parts.joined(separator: "\n")
        }
        parts.append(
            "<p class=\"note\">Names written differently, claims only some sources make, statuses, attributions, numbers and dates that differ, most sources and links first; "
                + "numbers in brackets refer to the sources.</p>")
        for finding in comparison.findings {
            parts.append(
                "<h3>\(text(ComparisonReport.heading(finding.kind))): \(text(finding.title)) "
                    + "<span class=\"id\">(\(text(DiagramCaption.count(finding.sources, "source", "sources"))))</span></h3>")
            parts.append("<p class=\"note\">\(text(finding.reason))</p>")
            var items = ["<ul class=\"evidence\">"]
            for side in finding.sides {
                var item = "<li>\(text(side.value)) \(references(side.documents, caption))"
                if !side.evidence.isEmpty {
                    let sentences = side.evidence.map {
                        "<li>\u{201C}\(text($0.sentence))\u{201D} \(references([$0.document], caption))</li>"
                    }
                    item += (["<ul>"] + sentences + ["</ul>"]).joined(separator: "\n")
                }
                items.append(item + "</li>")
            }
            items.append("</ul>")
            parts.append(items.joined(separator: "\n"))
        }
        parts.append("</section>")
        return parts.joined(separator: "\n")
    }

    private static func references(_ documents: [String], _ caption: DiagramCaption) -> String {
        documents.map { id in caption.number(ofDocument: id).map { "[\($0)]" } ?? "(\(text(id)))" }.joined(separator: " ")
    }

    private static func text(_ value: String) -> String {
        GraphvizText.xmlEscaped(GraphvizText.clean(value))
    }
}
