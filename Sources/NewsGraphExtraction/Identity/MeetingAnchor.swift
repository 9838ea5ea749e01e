/// What a meeting is known by within a document: the body that holds it, the place it is held
/// in, its name, who visits where, a date, or who meets. Anchors that are entities are keys,
/// re-anchored on their clusters once the corpus is resolved.
public enum MeetingAnchor: Sendable, Hashable, Codable {
    /// "the NATO summit".
    case organisation(key: EntityKey)
    /// "the Geneva talks", "Lisbon visit".
    case place(key: EntityKey)
    /// A meeting known by a name of its own ("Global Ocean Forum"), normalised.
    case name(text: String)
    /// Who visits, and where when the text says.
    case visit(visitor: EntityKey, destination: EntityKey?)
    /// A date or ordinal it is named by ("the December talks").
    case mark(text: String)
    /// The sides of talks between countries or bodies, in key order.
    case parties(keys: [EntityKey])
    /// The people who met, in key order.
    case people(keys: [EntityKey])

    var printed: String {
        switch self {
        case .organisation(let key): return "org:\(key)"
        case .place(let key): return "place:\(key)"
        case .name(let name): return "name:\(name)"
        case .visit(let visitor, let destination): return "visit:\(visitor)@\(destination?.description ?? "")"
        case .mark(let mark): return "mark:\(mark)"
        case .parties(let keys): return "parties:" + keys.map(\.description).joined(separator: "+")
        case .people(let keys): return "people:" + keys.map(\.description).joined(separator: "+")
        }
    }
}
