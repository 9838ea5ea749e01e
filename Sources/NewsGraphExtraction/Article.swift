import NewsGraphCore

/// An article's text as Unicode scalars, so every offset is a code-point offset into the
/// original document, as the graph contract requires.
public struct Article: Sendable {
    public let document: Document
    public let text: String
    public let scalars: [Unicode.Scalar]

    public init(id: String, path: String, text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        let firstLine = text.split(maxSplits: 32, whereSeparator: \.isNewline).lazy
            .map { $0.trimmingWhitespace() }.first { !$0.isEmpty } ?? ""
        self.document = Document(id: id, path: path, title: String(firstLine))
    }

    /// The original text of `[start, end)`.
    ///
    /// Encoded straight into the string's own UTF-8 storage: appending scalars to a
    /// `UnicodeScalarView` one by one was a tenth of extraction's time (every sentence's
    /// evidence and every mention's text is a slice).
    public func slice(_ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: (end - start) * 4) { buffer in
            var count = 0
            for scalar in scalars[start..<end] {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var result = self
        while let first = result.first, first.isWhitespace { result.removeFirst() }
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }
}
