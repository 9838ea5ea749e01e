/// Something the tool recovered from or decided that a user may want to check:
/// a merge of two spellings, a refused merge, a skipped file.
public struct Diagnostic: Codable, Hashable, Sendable, Comparable {
    public enum Severity: String, Codable, Sendable, Comparable {
        case note, warning, error

        public static func < (lhs: Self, rhs: Self) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    /// A stable identifier of the kind of diagnostic ("merge.spelling-variant").
    public var id: String
    public var severity: Severity
    public var message: String
    /// The node ids it concerns.
    public var subjects: [String]

    public init(id: String, severity: Severity, message: String, subjects: [String] = []) {
        self.id = id
        self.severity = severity
        self.message = message
        self.subjects = subjects
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.id, lhs.subjects.joined(separator: " "), lhs.message) < (rhs.id, rhs.subjects.joined(separator: " "), rhs.message)
    }
}

extension Diagnostic: CustomStringConvertible {
    public var description: String { "\(severity.rawValue): [\(id)] \(message)" }
}
