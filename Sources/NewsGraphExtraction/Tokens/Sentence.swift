/// A sentence or other unit of text (a heading, a byline), as a range of tokens.
public struct Sentence: Sendable, Hashable {
    /// What part of the page a unit is; only the body yields new names.
    public enum Zone: String, Sendable, Hashable {
        /// Running text.
        case body
        /// A headline, title or sub-heading: title case, no final punctuation.
        case heading
        /// "By X and Y", "Author: X", "(Reporting by X)".
        case byline
        /// "CITY/CITY (Agency) –" before the first sentence.
        case dateline
        /// A line naming where the text came from: "With information from X", "Source: X".
        case sourceCredit
        /// An image credit ("By X / Agency.com").
        case credit
        /// An image caption: a long line without final punctuation, or a line that ends in a credit.
        case caption
        /// Comment forms, share buttons and the like.
        case furniture
    }

    public var index: Int
    public var tokens: Range<Int>
    /// Code-point span of the text from the first to the last token.
    public var start: Int
    public var end: Int
    public var zone: Zone
    /// The line (paragraph) it sits on, counting from 0.
    public var paragraph: Int
}
