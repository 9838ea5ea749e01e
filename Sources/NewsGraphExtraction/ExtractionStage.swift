/// The stages of ``Extractor/extract(_:)``, in the order they run.
///
/// ``Extractor/extract(_:stageEnded:)`` reports the end of each one, so a benchmark can time
/// the stages of the real pipeline rather than of a copy that could drift from it.
public enum ExtractionStage: Int, CaseIterable, Codable, Sendable {
    /// Words, numbers and punctuation with their offsets (`Tokenizer`).
    case tokens
    /// Sentences, headlines, bylines and captions (`SentenceSplitter`).
    case sentences
    /// Names, titles, countries, places and triggers (`MentionRecognizer`).
    case mentions
    /// Short forms and variants joined to full names within the article (`DocumentResolver`).
    case resolution
    /// Meetings and policies, with their dates and statuses (`EventRecognizer`).
    case events
    /// Relations from the patterns and the structure of titles (`RelationExtractor`).
    case relations
    /// Mentions grouped into the article's entities, duplicate relations dropped.
    case entities
}
