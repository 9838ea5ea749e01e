/// A story: a group of entities that the relations between them hold together, the relations
/// inside it, and the articles that state those relations.
///
/// Made by ``StoryGrouping`` from a graph's relations (``EntityGraph/groupingStories(_:)``);
/// an entity belongs to at most one story, and one without any relation to none. A relation
/// between entities of two stories belongs to neither.
public struct Story: Codable, Hashable, Sendable, Identifiable {
    /// Stable id: `story-` and the slug of the story's strongest entity's id
    /// ("story-country-iran"); the same articles give the same ids, and it names the story's
    /// files (`voa.story-country-iran.svg`).
    public var id: String
    /// The strongest actors and the meeting or policy named by the most articles:
    /// "Iran, Mahmoud Ahmadinejad: Tehran conference".
    public var title: String
    /// The ids of its entities, strongest first: most evidence in the relations inside the
    /// story, then most articles naming it, then id.
    public var entities: [String]
    /// The ids of the relations between its entities, in id order.
    public var edges: [String]
    /// The ids of the articles whose sentences state those relations, in id order.
    public var documents: [String]
    /// The evidence that holds the story together: each relation inside it counted once per
    /// article that states it. Stories are listed heaviest first.
    public var weight: Int

    public init(id: String, title: String, entities: [String], edges: [String], documents: [String], weight: Int) {
        self.id = id
        self.title = title
        self.entities = entities
        self.edges = edges
        self.documents = documents
        self.weight = weight
    }

    /// The canonical order of a graph's stories: heaviest first, then most entities, then id.
    public static func precedes(_ a: Story, _ b: Story) -> Bool {
        if a.weight != b.weight { return a.weight > b.weight }
        if a.entities.count != b.entities.count { return a.entities.count > b.entities.count }
        return a.id < b.id
    }
}
