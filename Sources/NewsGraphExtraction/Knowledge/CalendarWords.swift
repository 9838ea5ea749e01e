/// The calendar's words by number (patterns/calendar.tsv): a month's or weekday's number, and
/// a relative day's offset from the article's date. The one list of them: the `month` and
/// `weekday` cue classes are made from it too.
struct CalendarWords: Sendable {
    /// Month names and abbreviations, 1 for January.
    private(set) var months: [String: Int] = [:]
    /// Weekday names, 1 for Monday.
    private(set) var weekdays: [String: Int] = [:]
    /// "today", "yesterday": days from the article's date.
    private(set) var relativeDays: [String: Int] = [:]

    init() {}

    init(rows: [TSVReader.Row], path: String) throws {
        for row in rows {
            guard let number = Int(row[1]) else {
                throw ExtractionError.badLexicon(path: path, line: row.line, reason: "'\(row[1])' is not a number")
            }
            let words = row.list(2).map { $0.lowercased() }
            switch row[0] {
            case "month" where (1...12).contains(number): for word in words { months[word] = number }
            case "weekday" where (1...7).contains(number): for word in words { weekdays[word] = number }
            case "relative-day": for word in words { relativeDays[word] = number }
            case "month", "weekday":
                throw ExtractionError.badLexicon(path: path, line: row.line, reason: "no \(row[0]) is numbered \(number)")
            default:
                throw ExtractionError.badLexicon(
                    path: path, line: row.line, reason: "unknown kind '\(row[0])' (month, weekday, relative-day)")
            }
        }
    }
}
