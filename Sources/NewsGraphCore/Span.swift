/// The rule every mention and evidence span keeps (`SCHEMA.md`): `0 <= start <= end`, and its
/// text is the slice `[start, end)` of the document, so it has `end - start` code points.
///
/// A reader of saved graphs or records checks it before using the offsets: a hand-edited
/// negative offset passed through to every export (issue 15).
public enum Span {
    /// Why `[start, end)` with `text` breaks the rule, or nil.
    public static func problem(start: Int, end: Int, text: String) -> String? {
        if start < 0 { return "start \(start) is negative" }
        if end < start { return "end \(end) is before start \(start)" }
        let length = text.unicodeScalars.count
        if length != end - start {
            return "the span [\(start), \(end)) holds \(end - start) code points but its text has \(length)"
        }
        return nil
    }
}
