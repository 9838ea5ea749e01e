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
    /// The analyst's decision it reports (`decision.*` diagnostics): the file, the line and
    /// the decision as written. Absent from every other diagnostic.
    public var decision: DecisionLine?

    public init(id: String, severity: Severity, message: String, subjects: [String] = [], decision: DecisionLine? = nil) {
        self.id = id
        self.severity = severity
        self.message = message
        self.subjects = subjects
        self.decision = decision
    }

    /// Orders by id, subjects, message, severity and decision: a total order, so that
    /// `EntityGraph.canonicalized()` gives the same order whatever order diagnostics came in.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.id != rhs.id { return lhs.id < rhs.id }
        if lhs.subjects != rhs.subjects { return lhs.subjects.lexicographicallyPrecedes(rhs.subjects) }
        if lhs.message != rhs.message { return lhs.message < rhs.message }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        switch (lhs.decision, rhs.decision) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case (let a?, let b?): return a < b
        }
    }
}

extension Diagnostic: CustomStringConvertible {
    public var description: String { "\(severity.rawValue): [\(id)] \(message)" }
}
