/// How large a unit a place is: a unit lies in a larger one. "Sacramento, California" names a
/// city in its state, while "Oslo, Lisbon" lists two cities; the levels tell them apart.
public enum PlaceLevel: Int, Sendable, Comparable {
    case continent = 0
    case country
    /// A state, province or other first-level unit of a country; a region.
    case region
    /// A unit within one: a county, a district, a municipality. A level of its own because an
    /// address names both ("Alder County, Oregon"): a county lies in the state after it.
    case district
    /// A city, town, village or suburb.
    case city
    /// Anything smaller, or natural: a building, a park, a creek; and an organisation's seat.
    case site

    public static func < (lhs: PlaceLevel, rhs: PlaceLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The level of a kind of region in regions.tsv; nil for seas and rivers, which hold no
    /// places in the sense of a list of addresses.
    init?(regionKind kind: String) {
        switch kind {
        case "continent": self = .continent
        case "water": return nil
        default: self = .region
        }
    }

    /// The level a place word gives (place-words.tsv).
    init?(word level: String) {
        switch level {
        case "region": self = .region
        case "district": self = .district
        case "city": self = .city
        case "site": self = .site
        default: return nil
        }
    }
}
