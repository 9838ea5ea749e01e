/// Turns article text into strings that are safe to hand to cgraph.
///
/// Labels come from news articles and must never act as markup or as Graphviz escapes.
/// Graphviz 2.42 copies control characters raw into SVG (which makes it ill-formed XML),
/// reads `\n`, `\l`, `\N` and friends in plain labels as escape sequences, and does not
/// XML-escape `tooltip`, `URL` or `href` values. Every string from a graph passes through
/// here before it reaches cgraph.
enum GraphvizText {
    /// The text with control characters and XML-illegal code points removed and every run of
    /// whitespace (newlines, tabs, line separators) collapsed to one space, trimmed.
    ///
    /// Newlines in article text are accidents of extraction, not layout: the diagram decides
    /// where lines break.
    static func clean(_ text: String) -> String {
        if isPrintableASCIIWithSingleSpaces(text.utf8) { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isDropped(scalar) { continue }
            if scalar.isASCII ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            UTF8.encode(scalar) { out.append($0) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` cleaned line by line: each line as ``clean(_:)`` makes it, empty lines dropped, the
    /// rest joined with newlines. For tooltips and descriptions, whose line breaks are ours.
    static func cleanLines(_ text: String) -> String {
        if isPrintableASCIIWithSingleSpaces(text.utf8) { return text }
        // Split on scalars: the lines are those Characters give (a line break is never part
        // of a larger Character, and a CRLF's empty middle is dropped with the empty lines).
        return text.unicodeScalars.split(whereSeparator: isLineBreak).map { clean(String(Substring($0))) }
            .filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The scalars for which `Character.isNewline` holds.
    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// `text` made safe as SVG character data (a `<title>` or `<desc>` the renderer writes
    /// itself): cleaned line by line, then XML-escaped.
    static func svgText(_ text: String) -> String {
        xmlEscaped(cleanLines(text))
    }

    /// A plain (non-HTML) Graphviz label showing `text` literally, broken into lines of about
    /// `width` characters at spaces.
    ///
    /// Backslashes are doubled so Graphviz prints them instead of reading `\N` or `\l`; the
    /// line breaks are the only escapes in the result (`\n`, centred lines).
    ///
    /// Cut to ``longestName`` characters first: Graphviz 2.42 reads a word of more than 16,384
    /// letters in a DOT file as a syntax error, and a label that long draws nothing readable.
    static func label(_ text: String, width: Int = 24) -> String {
        wrap(name(text), width: width).map(doublingBackslashes).joined(separator: "\\n")
    }

    // Scalars, not Characters: a backslash or `<` followed by a combining mark is one
    // Character that would compare unequal to "\\" or "<" and slip through.
    private static func doublingBackslashes(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\\" { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }

    /// `text` escaped for XML character data and attribute values: the only form article text
    /// may take inside an HTML-like label (and in any future `tooltip`, which 2.42 does not
    /// escape).
    static func xmlEscaped(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` cleaned and made safe as the text of an HTML-like label.
    ///
    /// Markup characters are escaped. Backslashes need care too: Graphviz still expands `\G`,
    /// `\N`, `\E`, `\H`, `\T` and `\L` in HTML-like text (after decoding entities, so
    /// `&#92;` does not help) and has no escape for a literal backslash there. A WORD JOINER
    /// (U+2060, invisible) after each backslash keeps it literal.
    static func htmlText(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in xmlEscaped(clean(text)).unicodeScalars {
            out.append(scalar)
            if scalar == "\\" { out.append("\u{2060}") }
        }
        return String(out)
    }

    /// The most characters of a name (an entity's label, an alias, a role, a status) a diagram,
    /// caption or tooltip shows; the data formats keep the whole name.
    static let longestName = 120
    /// The most characters of a source's title a caption or tooltip repeats.
    static let longestTitle = 200

    /// `text` cut to at most `limit` characters, ending in "…" when cut, so captions stay short.
    ///
    /// Also at most four code points a character on average: one "character" of a letter and
    /// thousands of combining marks would otherwise pass whole. Captions and tooltips repeat
    /// names and titles for every entity and relation, so whatever is not cut here makes the
    /// output grow with the square of the input (issue 15).
    static func truncated(_ text: String, to limit: Int) -> String {
        guard limit > 1, text.unicodeScalars.count > limit, text.count > limit || text.unicodeScalars.count > 4 * limit else {
            return text
        }
        var kept = text.prefix(limit - 1)
        if kept.unicodeScalars.count > 4 * limit {
            kept = Substring(Substring.UnicodeScalarView(kept.unicodeScalars.prefix(4 * limit - 1)))
        }
        return kept.trimmingTrailingSpaces() + "…"
    }

    /// A name as diagrams show it: cleaned and cut to ``longestName`` characters.
    static func name(_ text: String) -> String {
        truncated(clean(text), to: longestName)
    }

    /// Greedy word wrap; a word longer than `width` gets a line of its own.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0, text.count > width else { return [text] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// C0 and C1 controls, DEL, and the noncharacters XML forbids; whitespace controls
    /// (tab, newline, carriage return) are kept for `clean` to turn into spaces.
    /// Whether `clean` would return the text unchanged: printable ASCII, no space at either end
    /// and none doubled. Most labels and tooltips are, and the check is a byte scan.
    private static func isPrintableASCIIWithSingleSpaces(_ bytes: String.UTF8View) -> Bool {
        var afterSpace = true
        for byte in bytes {
            if byte == 0x20 {
                if afterSpace { return false }
                afterSpace = true
            } else if byte > 0x20 && byte < 0x7F {
                afterSpace = false
            } else {
                return false
            }
        }
        return !afterSpace || bytes.isEmpty
    }

    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x09 || value == 0x0A || value == 0x0D { return false }
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        if (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE { return true }
        return false
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return String(self[startIndex..<end])
    }
}
