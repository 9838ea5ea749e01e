import NewsGraphCore

/// Who or what an entity is within one document, before the corpus is resolved: two mentions
/// with equal keys are one entity, and resolution joins keys, never names.
///
/// A key is built once, from what extraction found, and then only compared, hashed, ordered
/// and printed. Its parts stay typed, so a rule that needs an agency's country or a policy's
/// author reads the field instead of taking a printed key apart.
///
/// The printed form ("person:ana lima", "agency:foreign ministry|country:FR",
/// "policy:tariff|25%|steel") orders keys, and so decides which key of a cluster is its root
/// and the order ids come out in; it is also how diagnostics name the entities they concern.
///
/// A key is a shared, immutable object: relations and clusters hold a reference to the one made
/// for a mention rather than a copy of its parts, and two references to it compare equal at once.
public final class EntityKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let identity: Identity
    /// Printed once, when the key is made: every comparison that orders keys reads it.
    public let description: String
    /// The printed form's hash, worked out once: keys are looked up in dictionaries and sets
    /// many times each, and hashing the string each time was a tenth of extraction's look-ups.
    /// (The standard library's hash, seeded per process like every `Hasher`.)
    private let printedHash: Int

    public init(_ identity: Identity) {
        self.identity = identity
        self.description = identity.printed
        printedHash = description.hashValue
    }

    /// What tells entities apart, by type.
    public enum Identity: Sendable, Hashable, Codable {
        /// A person, place, commodity or body by its normalised name ("ana lima").
        case named(type: EntityType, name: String)
        /// A body of one country's government: "Foreign Ministry" of France is not Germany's.
        case agency(name: String, country: String)
        /// A country by its code ("FR").
        case country(code: String)
        /// A policy by its kind and what tells it apart from others of the kind.
        case policy(kind: String, marks: [PolicyMark])
        /// A meeting by what anchors it, and its class ("talks", "summit"); a meeting known
        /// only by who met has no class.
        case meeting(anchor: MeetingAnchor, meetingClass: String?)

        var printed: String {
            switch self {
            case .named(let type, let name): return "\(type.rawValue):\(name)"
            case .agency(let name, let country): return "agency:\(name)|country:\(country)"
            case .country(let code): return "country:\(code)"
            case .policy(let kind, let marks): return (["policy:\(kind)"] + marks.map(\.printed)).joined(separator: "|")
            case .meeting(let anchor, let meetingClass): return "meeting:\(anchor.printed)" + (meetingClass.map { "|\($0)" } ?? "")
            }
        }
    }

    public var type: EntityType {
        switch identity {
        case .named(let type, _): return type
        case .agency: return .agency
        case .country: return .country
        case .policy: return .policy
        case .meeting: return .meeting
        }
    }

    // MARK: Making keys

    public static func person(_ name: String) -> EntityKey { EntityKey(.named(type: .person, name: name)) }
    public static func place(_ name: String) -> EntityKey { EntityKey(.named(type: .place, name: name)) }
    public static func country(_ code: String) -> EntityKey { EntityKey(.country(code: code)) }
    /// A body by its name, of one country when `country` (a code) is given.
    public static func agency(_ name: String, country: String? = nil) -> EntityKey {
        EntityKey(country.map { .agency(name: name, country: $0) } ?? .named(type: .agency, name: name))
    }
    public static func named(_ type: EntityType, _ name: String) -> EntityKey {
        switch type {
        case .country: return .country(name)
        default: return EntityKey(.named(type: type, name: name))
        }
    }
    public static func policy(_ kind: String, _ marks: [PolicyMark] = []) -> EntityKey { EntityKey(.policy(kind: kind, marks: marks)) }
    public static func meeting(_ anchor: MeetingAnchor, _ meetingClass: String?) -> EntityKey {
        EntityKey(.meeting(anchor: anchor, meetingClass: meetingClass))
    }

    // MARK: Reading keys

    /// The normalised name of a person, place, commodity or body ("ana lima"); nil for other keys.
    public var name: String? {
        switch identity {
        case .named(_, let name), .agency(let name, _): return name
        default: return nil
        }
    }

    /// For a body of one country's government: the same body not tied to a country.
    public var unqualified: EntityKey? {
        if case .agency(let name, _) = identity { return .agency(name) }
        return nil
    }

    /// For a body of one country's government, the country's code.
    public var agencyCountry: String? {
        if case .agency(_, let country) = identity { return country }
        return nil
    }

    /// For a country, its code.
    public var countryCode: String? {
        if case .country(let code) = identity { return code }
        return nil
    }

    public var policyKind: String? {
        if case .policy(let kind, _) = identity { return kind }
        return nil
    }

    public var policyMarks: [PolicyMark] {
        if case .policy(_, let marks) = identity { return marks }
        return []
    }

    public var meetingAnchor: MeetingAnchor? {
        if case .meeting(let anchor, _) = identity { return anchor }
        return nil
    }

    public var meetingClass: String? {
        if case .meeting(_, let meetingClass) = identity { return meetingClass }
        return nil
    }

    /// The same policy with `mark` added after its own.
    public func adding(_ mark: PolicyMark) -> EntityKey {
        guard case .policy(let kind, let marks) = identity else { return self }
        return .policy(kind, marks + [mark])
    }

    /// Equal parts; two keys whose parts differ may still print alike (a name holding "|").
    public static func == (lhs: EntityKey, rhs: EntityKey) -> Bool {
        lhs === rhs || (lhs.printedHash == rhs.printedHash && lhs.description == rhs.description && lhs.identity == rhs.identity)
    }

    /// Keys with equal parts print alike: the printed form is hashed, as one string.
    public func hash(into hasher: inout Hasher) { hasher.combine(printedHash) }
    public static func < (lhs: EntityKey, rhs: EntityKey) -> Bool { lhs.description < rhs.description }
}

/// A record stores a key by its parts, so reading one back never parses a printed key.
extension EntityKey: Codable {
    public convenience init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Identity.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(identity)
    }
}
