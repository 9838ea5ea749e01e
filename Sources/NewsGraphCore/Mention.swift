/// Where a node is named in a document.
///
/// `start` and `end` count Unicode code points of the document text, `end` exclusive, so
/// `text` equals the slice `[start, end)` as Python would take it.
public struct Mention: Codable, Hashable, Sendable, Comparable {
    public var document: String
    public var start: Int
    public var end: Int
    public var text: String

    public init(document: String, start: Int, end: Int, text: String) {
        self.document = document
        self.start = start
        self.end = end
        self.text = text
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.document, lhs.start, lhs.end, lhs.text) < (rhs.document, rhs.start, rhs.end, rhs.text)
    }
}
