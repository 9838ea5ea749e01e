/// A sentence that supports an edge, with its code-point span in the document.
public struct Evidence: Codable, Hashable, Sendable, Comparable {
    public var document: String
    public var start: Int
    public var end: Int
    public var sentence: String

    public init(document: String, start: Int, end: Int, sentence: String) {
        self.document = document
        self.start = start
        self.end = end
        self.sentence = sentence
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
    }
}
