import NewsGraphCore

/// A relation found in one document, between entities named by their document-level keys.
struct LocalRelation: Codable, Sendable, Hashable {
    var source: String
    var target: String
    var type: RelationType
    var attributes: [String: AttributeValue]
    var evidence: Evidence
}
