/// When an event happened, as far as an article's words say: a full ISO date ("2024-03-01"),
/// or a month name ("in May", "September"). Relative words ("on Friday", "next week") say
/// nothing without the article's own date, so they give no `EventDate`.
public struct EventDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int?
    public var month: Int
    public var day: Int?

    public init(year: Int? = nil, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// The first date found in `text`: an ISO `YYYY-MM-DD` anywhere in it, else a month's full
    /// name as a word.
    public init?(parsing text: String) {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init)
        for word in words {
            let parts = word.split(separator: "-").compactMap { Int($0) }
            if parts.count == 3, word.count == 10, (1...12).contains(parts[1]), (1...31).contains(parts[2]) {
                self.init(year: parts[0], month: parts[1], day: parts[2])
                return
            }
        }
        for word in words {
            if let index = Self.months.firstIndex(of: word) {
                self.init(month: index + 1)
                return
            }
        }
        return nil
    }

    /// The date of an event node: from its `date` attribute, else its `when` attribute (a text or
    /// a list of texts), the first that parses.
    public init?(of entity: Entity) {
        let texts = ["date", "when"].flatMap { key -> [String] in
            switch entity.attributes[key] {
            case .string(let value)?: [value]
            case .strings(let values)?: values
            default: []
            }
        }
        guard let date = texts.lazy.compactMap(EventDate.init(parsing:)).first else { return nil }
        self = date
    }

    /// Earlier first; a missing year or day counts as before any given one.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year ?? 0, lhs.month, lhs.day ?? 0) < (rhs.year ?? 0, rhs.month, rhs.day ?? 0)
    }

    /// "2024-03-01", or the month's name ("May").
    public var description: String {
        guard let year, let day else {
            let name = Self.months[month - 1]
            return name.prefix(1).uppercased() + name.dropFirst()
        }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
