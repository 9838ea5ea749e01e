import NewsGraphCore

/// An article's text as Unicode scalars, so every offset is a code-point offset into the
/// original document, as the graph contract requires.
public struct Article: Sendable {
    public let document: Document
    public let text: String
    public let scalars: [Unicode.Scalar]

    /// The most code points a title has: a headline is a line of at most a few hundred
    /// characters; a longer first line is body text. Captions and tooltips repeat the title for
    /// every entity and relation, so an uncapped one made the output grow with its square (a
    /// 100 KB first line gave a 10.6 MB SVG, issue 15).
    public static let longestTitle = 300

    public init(id: String, path: String, text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        let firstLine = Self.firstLine(of: text)
        let isTitle = firstLine.unicodeScalars.count <= Self.longestTitle
        self.document = Document(id: id, path: path, title: isTitle ? String(firstLine) : "")
    }

    /// The first of the text's first 33 non-empty lines that is not blank, trimmed, or "". Each
    /// line ends at its line break: `split(maxSplits: 32)` left the rest of the text, line breaks
    /// and all, in its last piece, which became the title of a text opening with 32 lines of
    /// spaces (found by `make fuzz`).
    static func firstLine(of text: String) -> Substring {
        var rest = Substring(text)
        var lines = 0
        while lines < 33, !rest.isEmpty {
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            if end > rest.startIndex {
                let line = rest[..<end].trimmingWhitespace()
                if !line.isEmpty { return line }
                lines += 1
            }
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
        }
        return ""
    }

    /// The original text of `[start, end)`.
    ///
    /// Encoded straight into the string's own UTF-8 storage: appending scalars to a
    /// `UnicodeScalarView` one by one was a tenth of extraction's time (every sentence's
    /// evidence and every mention's text is a slice). Its exact length is counted first, so a
    /// short text (most mentions) is stored inline rather than allocated.
    public func slice(_ start: Int, _ end: Int) -> String {
        scalars.withUnsafeBufferPointer { scalars in
            let span = scalars[start..<end]
            let length = span.reduce(0) { $0 + UTF8.width($1) }
            return String(unsafeUninitializedCapacity: length) { buffer in
                var count = 0
                for scalar in span {
                    if scalar.value < 0x80 {
                        buffer[count] = UInt8(truncatingIfNeeded: scalar.value)
                        count += 1
                    } else {
                        UTF8.encode(scalar) { byte in
                            buffer[count] = byte
                            count += 1
                        }
                    }
                }
                return count
            }
        }
    }
}

extension Substring {
    /// The text without white space, or a byte-order mark, at either end.
    func trimmingWhitespace() -> Substring {
        var result = self
        while let first = result.first, first.isWhitespace || first == "\u{FEFF}" { result.removeFirst() }
        while let last = result.last, last.isWhitespace || last == "\u{FEFF}" { result.removeLast() }
        return result
    }
}
