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

    /// Orders by document and span, then by sentence, so that sorting is total and
    /// `EntityGraph.canonicalized()` gives the same order whatever order the evidence came in.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.document, lhs.start, lhs.end, lhs.sentence) < (rhs.document, rhs.start, rhs.end, rhs.sentence)
    }
}
