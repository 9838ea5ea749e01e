/// The directed relation types of the graph contract (`SCHEMA.md`).
public enum RelationType: String, Codable, CaseIterable, Sendable, Comparable {
    case memberOf = "member_of"
    case leads
    case represents
    case partOf = "part_of"
    case attends
    case heldIn = "held_in"
    case locatedIn = "located_in"
    case produced
    case discusses
    case imposes
    case targets
    case covers
    case respondsTo = "responds_to"
    case opposes
    case supports

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// How the relation reads in a sentence ("member of").
    public var phrase: String { String(rawValue.map { $0 == "_" ? " " : $0 }) }
}
