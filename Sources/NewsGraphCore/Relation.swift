/// A directed, typed edge between two nodes, with the sentences that support it.
public struct Relation: Codable, Hashable, Sendable, Identifiable {
    /// Stable id derived from its endpoints and type.
    public var id: String
    public var source: String
    public var target: String
    public var type: RelationType
    public var attributes: Attributes
    /// The supporting sentences, at least one per document that states the fact.
    public var evidence: [Evidence]

    public init(
        id: String? = nil, source: String, target: String, type: RelationType, attributes: Attributes = [:],
        evidence: [Evidence] = []
    ) {
        self.id = id ?? Relation.id(source: source, type: type, target: target)
        self.source = source
        self.target = target
        self.type = type
        self.attributes = attributes
        self.evidence = evidence
    }

    /// The canonical id of the edge `source -type-> target`; one edge per such triple.
    public static func id(source: String, type: RelationType, target: String) -> String {
        "\(source)--\(type.rawValue)--\(target)"
    }

    /// The distinct documents whose sentences support the edge, in order.
    public var sourceDocuments: [String] {
        var seen = Set<String>()
        return evidence.map(\.document).filter { seen.insert($0).inserted }
    }
}
