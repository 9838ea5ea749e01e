import NewsGraphCore

/// A relation found in one document, between entities named by their document-level keys.
struct LocalRelation: Codable, Sendable, Hashable {
    var source: EntityKey
    var target: EntityKey
    var type: RelationType
    var attributes: [String: AttributeValue]
    var evidence: Evidence
}
