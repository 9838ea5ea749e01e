/// What tells one policy apart from others of its kind: "25% tariffs on steel" are not the
/// tariffs of last March. Marks are compared as values; their printed forms make up the key's.
public enum PolicyMark: Sendable, Hashable, Codable {
    /// The rate it sets, as written ("25%").
    case rate(text: String)
    /// The family of the goods it covers ("steel", "rare earths").
    case goods(family: String)
    /// The body or person a deal is about.
    case about(key: EntityKey)
    /// What a deal is for, by its words ("to transfer the port").
    case purpose(words: String)
    /// The year it is dated by ("2026").
    case year(text: String)
    /// The month it is dated by, when no rate tells it apart ("march").
    case month(name: String)
    /// The country or body it is against, when nothing else tells it apart.
    case target(key: EntityKey)
    /// Who imposes it, when its phrase says so and nothing else tells it apart.
    case author(key: EntityKey)
    /// The document a policy named only by its kind belongs to, until the corpus shows the
    /// documents tell one story (`GeneralPolicies`).
    case scope(document: String)

    var printed: String {
        switch self {
        case .rate(let text), .goods(let text), .year(let text), .month(let text): return text
        case .about(let key): return "about:\(key)"
        case .purpose(let words): return "about:to \(words)"
        case .target(let key): return "on:\(key)"
        case .author(let key): return "by:\(key)"
        case .scope(let document): return "in:\(document)"
        }
    }

    /// Who imposes the policy, for an author mark.
    public var author: EntityKey? {
        if case .author(let key) = self { return key }
        return nil
    }

    /// Whether the mark tells what the policy is, rather than who made it or where it was read.
    public var isDistinguishing: Bool {
        switch self {
        case .author, .scope: return false
        default: return true
        }
    }
}
