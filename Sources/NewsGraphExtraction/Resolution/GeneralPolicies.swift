import NewsGraphCore

/// A policy an article names only by its kind ("the truce", "the investigation"): which one it
/// is depends on the article's story, so its key is the article's own until the corpus shows
/// the articles tell one story.
///
/// Two articles of a week's coverage that both mention "the ceasefire" may mean two wars, and
/// "the U.N. investigation" two inquiries; two that also name the same people or bodies mean
/// one. Keys with no mark but their author (`policy:KIND`, `policy:KIND|by:AUTHOR`) get a
/// `scope` mark (`|in:DOCUMENT`) before resolution; `CorpusResolver` joins them across articles
/// that share named entities (and to the one specific policy of their kind that such an
/// article names).
enum GeneralPolicies {
    /// The record with each unmarked policy key scoped to its document, in entities and relations.
    static func scoped(_ record: DocumentExtraction) -> DocumentExtraction {
        func scope(_ key: EntityKey) -> EntityKey {
            key.type == .policy && isGeneral(key) ? key.adding(.scope(document: record.document.id)) : key
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

    /// Whether a policy key has no mark that tells it apart: none, or only who imposes it and
    /// the article it is scoped to.
    static func isGeneral(_ key: EntityKey) -> Bool {
        let marks = key.policyMarks
        return !marks.contains(where: \.isDistinguishing) && marks.count { $0.author != nil } <= 1
    }

    /// The marks that tell a policy apart ("25%", "about:grain"): neither its author nor its article.
    static func distinguishingMarks(_ key: EntityKey) -> Set<PolicyMark> {
        Set(key.policyMarks.filter(\.isDistinguishing))
    }

    /// Who imposes a policy, if its key says so.
    static func author(_ key: EntityKey) -> EntityKey? {
        key.policyMarks.lazy.compactMap(\.author).first
    }
}
