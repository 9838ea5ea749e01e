/// A fact with a value, stated in one sentence about one node, that sources can give
/// differently: a rate ("tariffs of 25%"), a sum of money, a count, a duration ("a 90-day
/// truce"), or the date an event is given ("talks on Friday").
///
/// Kept per mention, with the text as written and where it is, so a reader can check it and
/// `newsgraph compare` can set one source's value against another's.
public struct Quantity: Codable, Hashable, Sendable, Comparable {
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        case rate, money, count, duration, date
    }

    /// How the text bounds the value: "about 55%", "more than 200 troops", "up to $5 billion".
    public enum Bound: String, Codable, Hashable, Sendable {
        case approximately
        case atLeast = "at-least"
        case atMost = "at-most"
    }

    public var kind: Kind
    /// What the value counts in: "%" for a rate, a currency code, the counted noun ("troops"),
    /// a duration's unit ("day"). For a date, how much it says: "weekday" (1 for Monday),
    /// "month" (1–12), "day" (month × 100 + day: 1010 for 10 October) or "date" (year × 10,000
    /// + month × 100 + day, when the year is written).
    public var unit: String
    public var value: Double
    /// Nil when the text gives the value as exact.
    public var bound: Bound?
    public var document: String
    /// Code points of the document, `end` exclusive, as for mentions.
    public var start: Int
    public var end: Int
    /// As written ("about 55%", "on Friday").
    public var text: String
    /// The sentence that states it; nil in a graph written without it (by hand).
    public var evidence: Evidence?

    public init(
        kind: Kind, unit: String, value: Double, bound: Bound? = nil, document: String, start: Int, end: Int, text: String,
        evidence: Evidence? = nil
    ) {
        self.kind = kind
        self.unit = unit
        self.value = value
        self.bound = bound
        self.document = document
        self.start = start
        self.end = end
        self.text = text
        self.evidence = evidence
    }

    /// By where it is written, then by every other field, so that sorting is a total order.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        let left = (lhs.document, lhs.start, lhs.end, lhs.kind.rawValue, lhs.unit, lhs.value)
        let right = (rhs.document, rhs.start, rhs.end, rhs.kind.rawValue, rhs.unit, rhs.value)
        if left != right { return left < right }
        return (lhs.bound?.rawValue ?? "", lhs.text) < (rhs.bound?.rawValue ?? "", rhs.text)
    }

    /// Whether two sources can be compared on these: the same kind, and for numbers the same unit.
    public func measuresTheSame(as other: Quantity) -> Bool {
        kind == other.kind && (kind == .date || unit == other.unit)
    }

    /// Whether the two cannot both be true of one thing: numbers whose ranges do not meet ("about
    /// 55%" and "55%" agree, "25%" and "30%" do not), dates that differ in what both say (a month
    /// against a day of another month; a weekday only against a weekday, since a weekday says
    /// nothing about a calendar date without the article's own).
    public func contradicts(_ other: Quantity) -> Bool {
        guard measuresTheSame(as: other) else { return false }
        if kind == .date {
            guard let mine = calendarFields, let theirs = other.calendarFields else { return false }
            if (mine.weekday == nil) != (theirs.weekday == nil) { return false }
            if let a = mine.weekday, let b = theirs.weekday { return a != b }
            if let a = mine.year, let b = theirs.year, a != b { return true }
            if mine.month != theirs.month { return true }
            if let a = mine.day, let b = theirs.day { return a != b }
            return false
        }
        let (low, high) = range
        let (otherLow, otherHigh) = other.range
        return high < otherLow || otherHigh < low
    }

    /// The values the text allows: "about" leaves a tenth either way.
    var range: (low: Double, high: Double) {
        switch bound {
        case nil: (value, value)
        case .approximately?: (value * 0.9, value * 1.1)
        case .atLeast?: (value, .infinity)
        case .atMost?: (0, value)
        }
    }

    /// A date's parts, as `unit` and `value` encode them.
    var calendarFields: (weekday: Int?, year: Int?, month: Int?, day: Int?)? {
        guard kind == .date, value >= 0, value < 100_000_000 else { return nil }
        let number = Int(value)
        switch unit {
        case "weekday": return (number, nil, nil, nil)
        case "month": return (nil, nil, number, nil)
        case "day": return (nil, nil, number / 100, number % 100)
        case "date": return (nil, number / 10_000, number / 100 % 100, number % 100)
        default: return nil
        }
    }

    /// The value as sources are compared on it, whatever the wording ("about 55 %", "at least
    /// 200 troops", "10 October", "Friday"); `text` keeps it as written.
    public var normalized: String {
        if kind == .date, let fields = calendarFields {
            if let weekday = fields.weekday, (1...7).contains(weekday) { return Self.weekdays[weekday - 1] }
            guard let month = fields.month, (1...12).contains(month) else { return text }
            var parts: [String] = []
            if let day = fields.day { parts.append(String(day)) }
            parts.append(EventDate(month: month).description)
            if let year = fields.year { parts.append(String(year)) }
            return parts.joined(separator: " ")
        }
        let prefix =
            switch bound {
            case nil: ""
            case .approximately?: "about "
            case .atLeast?: "at least "
            case .atMost?: "at most "
            }
        let number = Self.format(value)
        switch kind {
        case .rate: return prefix + (unit == "%" ? "\(number)%" : "\(number) \(unit)")
        case .money: return "\(prefix)\(unit) \(number)"
        case .duration: return "\(prefix)\(number) \(unit)\(value == 1 ? "" : "s")"
        case .count, .date: return "\(prefix)\(number) \(unit)"
        }
    }

    /// "25", "2.5", "2,000,000,000": whole numbers grouped by thousands, as news writes them.
    public static func format(_ value: Double) -> String {
        guard value == value.rounded(), abs(value) < 1e15 else { return String(value) }
        let digits = String(Int(abs(value)))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}
