import NewsGraphCore

/// A policy an article names only by its kind ("the truce", "the investigation"): which one it
/// is depends on the article's story, so its key is the article's own until the corpus shows
/// the articles tell one story.
///
/// Two articles of a week's coverage that both mention "the ceasefire" may mean two wars, and
/// "the U.N. investigation" two inquiries; two that also name the same people or bodies mean
/// one. Keys with no mark but their author (`policy:KIND`, `policy:KIND|by:AUTHOR`) get
/// `|in:DOCUMENT` before resolution; `CorpusResolver` joins them across articles
/// that share named entities (and to the one specific policy of their kind that such an
/// article names).
enum GeneralPolicies {
    /// The mark that scopes a key to its article.
    static let scopeMark = "in:"

    /// The records with each unmarked policy key scoped to its document, in entities and relations.
    static func scoped(_ records: [DocumentExtraction]) -> [DocumentExtraction] {
        records.map { record in
            func scope(_ key: String) -> String {
                key.hasPrefix("policy:") && isGeneral(key) ? "\(key)|\(scopeMark)\(record.document.id)" : key
            }
            guard record.entities.contains(where: { $0.key != scope($0.key) }) else { return record }
            var record = record
            for index in record.entities.indices { record.entities[index].key = scope(record.entities[index].key) }
            for index in record.relations.indices {
                record.relations[index].source = scope(record.relations[index].source)
                record.relations[index].target = scope(record.relations[index].target)
            }
            return record
        }
    }

    /// Whether a policy key has no mark that tells it apart: none, or only who imposes it and
    /// the article it is scoped to.
    static func isGeneral(_ key: String) -> Bool {
        let marks = key.split(separator: "|").dropFirst()
        return marks.allSatisfy { $0.hasPrefix("by:") || $0.hasPrefix(scopeMark) } && marks.filter { $0.hasPrefix("by:") }.count <= 1
    }

    /// The marks that tell a policy apart ("25%", "about:grain"): neither its author nor its article.
    static func distinguishingMarks(_ key: String) -> Set<Substring> {
        Set(key.split(separator: "|").dropFirst().filter { !$0.hasPrefix("by:") && !$0.hasPrefix(scopeMark) })
    }

    /// The author mark ("by:country:us") of a key, if it has one.
    static func author(_ key: String) -> Substring? {
        key.split(separator: "|").dropFirst().first { $0.hasPrefix("by:") }
    }
}
