/// Article text made safe as Markdown inline text, for `.caption.md` files.
///
/// Titles and labels come from news articles and may hold anything, including HTML that a
/// Markdown renderer would pass through as markup. Text is cleaned (``GraphvizText/clean(_:)``),
/// then every character CommonMark (or GitHub's tables and strikethrough) could read as inline
/// syntax or raw HTML is escaped with a backslash, which CommonMark allows before any ASCII
/// punctuation. The caption only ever puts such text inside a line, after its own prefix, so
/// block syntax (`#`, `-`, `1.`) at the start of a title needs no escape.
enum MarkdownText {
    private static let special: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "&", "!", "|", "~",
    ]

    static func escaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in GraphvizText.clean(text).unicodeScalars {
            if special.contains(scalar) { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }
}
