import NewsGraphCore

/// A relation found in one document, between entities named by their document-level keys.
struct LocalRelation: Codable, Sendable, Hashable {
    var source: EntityKey
    var target: EntityKey
    var type: RelationType
    var attributes: [String: AttributeValue]
    var evidence: Evidence

    /// The rule name the learned classifier gives its edges.
    static let classifierRule = "classifier"

    /// Whether the learned classifier guessed it, rather than a rule reading it.
    var isClassifierGuess: Bool { attributes["pattern"] == .string(Self.classifierRule) }
    /// The classifier's guess or the gazetteer's knowledge: what no sentence states.
    var isUnstated: Bool { isClassifierGuess || attributes["basis"] == .string("knowledge") }
}
