import NewsGraphCore

/// A relation between two document-level keys, whatever documents state it: what relation
/// facts are summed under, and what becomes one edge once both keys are resolved.
public struct RelationTriple: Hashable, Comparable, Codable, Sendable {
    public var source: EntityKey
    public var type: RelationType
    public var target: EntityKey

    public init(source: EntityKey, type: RelationType, target: EntityKey) {
        self.source = source
        self.type = type
        self.target = target
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.source.description, lhs.type.rawValue, lhs.target.description) < (
            rhs.source.description, rhs.type.rawValue, rhs.target.description
        )
    }
}
