/// Writes the renderer's own text into Graphviz's SVG: each node's and edge's `<title>` (the
/// tooltip browsers show) and a `<desc>` holding the caption.
///
/// Graphviz 2.42 does not XML-escape `tooltip` values and copies control characters raw, so
/// the renderer never hands it tooltip text. It gives every node and edge an `id` it chose
/// (`n0`, `e0`, ...: plain tokens that need no escaping), lets Graphviz write its usual
/// `<g id="n0" class="node">` followed by `<title>name</title>`, and replaces that title here
/// with text it cleaned and escaped itself (``GraphvizText/svgText(_:)``). Nothing else in the
/// SVG changes, so the output stays byte-for-byte deterministic.
enum SVGAnnotator {
    /// - Parameters:
    ///   - svg: Graphviz's SVG.
    ///   - titles: the tooltip text per element id, unescaped.
    ///   - description: the caption, unescaped.
    /// - Returns: the SVG with the titles replaced and `<desc>` as the first child of `<svg>`.
    ///   Elements without an entry in `titles` keep Graphviz's title.
    static func annotate(_ svg: String, titles: [String: String], description: String) -> String {
        var lines = svg.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        var pendingTitle: String?
        var descriptionWritten = false
        while index < lines.count {
            let line = lines[index]
            if let text = pendingTitle {
                if line.hasPrefix("<title>") && line.hasSuffix("</title>") {
                    lines[index] = "<title>" + GraphvizText.svgText(text) + "</title>"
                }
                pendingTitle = nil
            } else if let id = groupID(line) {
                pendingTitle = titles[id]
            } else if !descriptionWritten, line.hasPrefix("<g id=\"graph0\"") {
                // The first group follows the <svg> start tag: the caption goes right before it.
                lines.insert("<desc>" + GraphvizText.svgText(description) + "</desc>", at: index)
                descriptionWritten = true
                index += 1
            }
            index += 1
        }
        return lines.joined(separator: "\n")
    }

    /// The id of a node or edge group start tag as Graphviz writes it (`<g id="n3" class="node">`).
    private static func groupID(_ line: String) -> String? {
        let prefix = "<g id=\""
        guard line.hasPrefix(prefix), line.hasSuffix("\" class=\"node\">") || line.hasSuffix("\" class=\"edge\">") else {
            return nil
        }
        let rest = line.dropFirst(prefix.count)
        guard let quote = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<quote])
    }
}
