extension EntityGraph {
    /// The meeting nodes in the order they happened, as far as the articles say: those with a
    /// date or month (``EventDate``) first, earliest first; then the rest in order of their first
    /// mention (by the graph's document order, then offset); ties by id.
    ///
    /// - Complexity: O(n log n) in the number of meetings and their mentions.
    public func meetingsInTimeOrder() -> [Entity] {
        let documentIndex = Dictionary(documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        func firstMention(_ entity: Entity) -> (Int, Int) {
            entity.mentions.map { (documentIndex[$0.document] ?? Int.max, $0.start) }.min { $0 < $1 } ?? (Int.max, Int.max)
        }
        let meetings = nodes.values.filter { $0.type == .meeting }
        return meetings.sorted { a, b in
            switch (EventDate(of: a), EventDate(of: b)) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default:
                let (x, y) = (firstMention(a), firstMention(b))
                return x != y ? x < y : a.id < b.id
            }
        }
    }
}
