/// A node: one real-world person, body, country, place, meeting, policy or commodity,
/// resolved across every document that names it.
public struct Entity: Codable, Hashable, Sendable, Identifiable {
    /// Stable id, `type:slug` of the canonical label ("person:ana-lima").
    public var id: String
    public var type: EntityType
    /// The canonical name a reader sees.
    public var label: String
    /// Every other name the node was found under, sorted.
    public var aliases: [String]
    public var attributes: Attributes
    /// Every mention in every document, sorted by document and offset.
    public var mentions: [Mention]
    /// Facts with a value about it (a rate, a sum, a count, a duration, a date), each where a
    /// document states it, sorted; nil when there are none, so the node's JSON leaves the key out.
    public var quantities: [Quantity]?

    public init(
        id: String, type: EntityType, label: String, aliases: [String] = [], attributes: Attributes = [:],
        mentions: [Mention] = [], quantities: [Quantity]? = nil
    ) {
        self.id = id
        self.type = type
        self.label = label
        self.aliases = aliases
        self.attributes = attributes
        self.mentions = mentions
        self.quantities = quantities
    }

    /// The distinct documents that mention the node, in order.
    public var sourceDocuments: [String] {
        var seen = Set<String>()
        return mentions.map(\.document).filter { seen.insert($0).inserted }
    }
}
