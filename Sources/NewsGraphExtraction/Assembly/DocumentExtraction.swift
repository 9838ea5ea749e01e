import NewsGraphCore

/// What extraction found in one document, before the corpus is resolved: entities under
/// document-level keys, relations between those keys, and diagnostics.
///
/// It is the unit `newsgraph extract` writes as one JSON line, and the only input the corpus
/// resolver needs, so graphs built from records made on several machines equal the graph of
/// one run over all documents.
public struct DocumentExtraction: Codable, Sendable, Hashable {
    public var document: Document
    public var entities: [LocalEntity]
    var relations: [LocalRelation]
    public var diagnostics: [Diagnostic]

    public var relationCount: Int { relations.count }
}

/// An entity as one document names it.
public struct LocalEntity: Codable, Sendable, Hashable {
    /// The document-level key: type and normalised name ("person:ana lima", "country:US").
    public var key: EntityKey
    public var type: EntityType
    /// The names it is given, most telling first.
    public var names: [String]
    public var mentions: [Mention]
    public var attributes: [String: String]
    /// No evidence of its own: kept only if the corpus ties it to an entity that has some.
    public var isWeak: Bool
    /// The rates, sums, counts, durations and dates the document states about it; nil for none,
    /// so records of entities without any read and write as before.
    public var quantities: [Quantity]?
}
