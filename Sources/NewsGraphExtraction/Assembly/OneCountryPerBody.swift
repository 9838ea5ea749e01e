import NewsGraphCore

/// A body belongs to one country's state. The relation classifier reads each document on its own
/// and may infer one body part of several countries: an unqualified "Agriculture Department"
/// named beside a different country in each article. Across the corpus an inferred `part_of` a
/// country stands only where no sentence states the body's country and the country it names is
/// inferred by more documents than any other.
enum OneCountryPerBody {
    /// `edges` without the inferred `part_of` edges to countries that another such edge, or a
    /// stated one, contradicts.
    /// - Parameter countries: the ids of the graph's country nodes.
    static func kept(_ edges: [Relation], countries: Set<String>) -> [Relation] {
        func isPartOfCountry(_ edge: Relation) -> Bool { edge.type == .partOf && countries.contains(edge.target) }
        func isInferred(_ edge: Relation) -> Bool { edge.attributes["basis"] == .string("inferred") }
        var stated = Set<String>()
        var inferred: [String: [Relation]] = [:]
        for edge in edges where isPartOfCountry(edge) {
            if isInferred(edge) { inferred[edge.source, default: []].append(edge) } else { stated.insert(edge.source) }
        }
        var dropped = Set<String>()
        for (body, candidates) in inferred where candidates.count > 1 || stated.contains(body) {
            let ranked = candidates.map { ($0.id, Set($0.evidence.map(\.document)).count) }.sorted { $0.1 > $1.1 }
            let leader = !stated.contains(body) && (ranked.count == 1 || ranked[0].1 > ranked[1].1) ? ranked[0].0 : nil
            for (id, _) in ranked where id != leader { dropped.insert(id) }
        }
        return dropped.isEmpty ? edges : edges.filter { !dropped.contains($0.id) }
    }
}
