extension EntityGraph {
    /// The graph with ``stories`` grouped afresh from its relations by `grouping`.
    ///
    /// - Complexity: about O(e log e + n log n) for n entities and e relations (``StoryGrouping``).
    public func groupingStories(_ grouping: StoryGrouping = .standard) -> EntityGraph {
        var graph = self
        graph.stories = grouping.stories(in: self)
        return graph
    }

    /// The id of the story each entity belongs to; entities in no story are absent.
    public var storyOfEntity: [String: String] {
        var story: [String: String] = [:]
        for item in stories {
            for entity in item.entities { story[entity] = item.id }
        }
        return story
    }

    /// The stories cut to what the graph still holds after nodes or edges were dropped: their
    /// entities, relations and documents that remain, in the order they had; a story with no
    /// entity left is dropped. Weights and titles stay those of the whole story, so a view
    /// names a story as the whole graph does.
    mutating func keepStoriesOfKeptElements() {
        guard !stories.isEmpty else { return }
        let documentIDs = Set(documents.map(\.id))
        stories = stories.compactMap { story in
            var kept = story
            kept.entities = story.entities.filter { nodes[$0] != nil }
            guard !kept.entities.isEmpty else { return nil }
            kept.edges = story.edges.filter { edges[$0] != nil }
            kept.documents = story.documents.filter { documentIDs.contains($0) }
            return kept
        }
    }
}
