/// The kinds of node the graph contract (`SCHEMA.md`) allows.
public enum EntityType: String, Codable, CaseIterable, Sendable, Comparable {
    case person, agency, country, place, meeting, policy, commodity

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Plural, for legends and captions ("3 people").
    public var plural: String {
        switch self {
        case .person: "people"
        case .agency: "agencies"
        case .country: "countries"
        case .place: "places"
        case .meeting: "meetings"
        case .policy: "policies"
        case .commodity: "commodities"
        }
    }
}
