import NewsGraphCore

/// A corpus reduced to what resolution needs: facts per document-level key, per relation
/// between keys, and per document, summed from records as they are read.
///
/// Records are folded in one at a time (``add(_:)``) and can be let go; summaries of parts of a
/// corpus combine (``combine(_:)``) in any grouping and any order into the summary of the whole,
/// the same value whichever way it was summed, and ``CorpusResolver`` resolves a summary into
/// the graph a one-process build writes, byte for byte. Its size follows distinct keys and
/// relations, plus the mentions and evidence the graph lists and a few keys per document.
///
/// ```swift
/// var summary = CorpusSummary()
/// for record in records { try summary.add(record) }
/// let graph = CorpusResolver(lexicon: lexicon).resolve(summary)
/// ```
public struct CorpusSummary: Sendable {
    var documents: [String: DocumentFacts] = [:]
    var keys: [EntityKey: KeyFacts] = [:]
    var relations: [RelationTriple: RelationFacts] = [:]
    /// One copy of each evidence sentence, which every relation stated in it shares: a sentence
    /// names several relations, and a record decoded holds a copy of it for each.
    private var sentences: Set<String> = []
    /// One copy of each mention's text longer than a string holds inline: a name is mentioned
    /// thousands of times across a corpus.
    private var texts: Set<String> = []

    public init() {}

    /// The summary of `records`.
    /// - Throws: ``CorpusSummaryError`` for an article that comes twice.
    public init(_ records: [DocumentExtraction]) throws(CorpusSummaryError) {
        for record in records { try add(record) }
    }

    /// The summary of `records`, of two records of one document the first given.
    init(firstOf records: [DocumentExtraction]) {
        for record in records where documents[record.document.id] == nil { try! add(record) }
    }

    /// The number of articles summed.
    public var documentCount: Int { documents.count }
    /// The number of distinct document-level keys and of relations between them.
    public var keyCount: Int { keys.count }
    public var relationCount: Int { relations.count }

    /// Folds one article's record in: its policies named only by their kind are scoped to it
    /// (``GeneralPolicies``), and each entity and relation is added to its key's facts.
    ///
    /// - Throws: ``CorpusSummaryError/duplicateDocument(_:)`` when the article is summed already.
    public mutating func add(_ record: DocumentExtraction) throws(CorpusSummaryError) {
        let id = record.document.id
        guard documents[id] == nil else { throw .duplicateDocument(id) }
        let record = GeneralPolicies.scoped(record)
        for (index, entity) in record.entities.enumerated() {
            var facts = KeyFacts(entity, document: id, index: index)
            if entity.mentions.contains(where: { $0.text.utf8.count > 15 }) {
                var mentions: [Mention] = []
                mentions.reserveCapacity(entity.mentions.count)
                for mention in facts.mentions.elements { mentions.append(interned(mention)) }
                facts.mentions = UnionList(mentions)
            }
            add(entity.key, facts)
        }
        var facts = DocumentFacts(record)
        facts.names = facts.names.map(canonical)
        documents[id] = facts
        for (index, relation) in record.relations.enumerated() {
            var relation = relation
            relation.source = canonical(relation.source)
            relation.target = canonical(relation.target)
            // Shared copies: the sentence of every relation it states, the record's id in each span.
            relation.evidence.sentence = sentences.insert(relation.evidence.sentence).memberAfterInsert
            if relation.evidence.document == id { relation.evidence.document = id }
            let triple = RelationTriple(source: relation.source, type: relation.type, target: relation.target)
            add(triple, RelationFacts(relation, document: id, index: index))
        }
    }

    /// Adds the summary of other articles.
    ///
    /// - Throws: ``CorpusSummaryError/duplicateDocument(_:)`` naming the first article both
    ///   summaries hold, before anything is added.
    public mutating func combine(_ other: CorpusSummary) throws(CorpusSummaryError) {
        if let shared = other.documents.keys.filter({ documents[$0] != nil }).min() { throw .duplicateDocument(shared) }
        for (key, facts) in other.keys { add(key, facts) }
        for (id, facts) in other.documents {
            var facts = facts
            facts.names = facts.names.map(canonical)
            documents[id] = facts
        }
        for (triple, facts) in other.relations { add(triple, internedSentences(facts)) }
    }

    mutating func add(_ document: DocumentFacts) throws(CorpusSummaryError) {
        guard documents[document.document.id] == nil else { throw .duplicateDocument(document.document.id) }
        var document = document
        document.names = document.names.map(canonical)
        documents[document.document.id] = document
    }

    mutating func add(_ key: EntityKey, _ facts: KeyFacts) {
        if let index = keys.index(forKey: key) { keys.values[index].combine(facts) } else { keys[key] = facts }
    }

    mutating func add(_ triple: RelationTriple, _ facts: RelationFacts) {
        let triple = RelationTriple(source: canonical(triple.source), type: triple.type, target: canonical(triple.target))
        if let index = relations.index(forKey: triple) {
            relations.values[index].combine(facts)
        } else {
            relations[triple] = facts
        }
    }

    /// The summary's own instance of `key`, when it holds the key: each record decoded makes
    /// its own instances, and relations and documents would otherwise keep one each.
    private func canonical(_ key: EntityKey) -> EntityKey {
        keys.index(forKey: key).map { keys.keys[$0] } ?? key
    }

    /// The mentions of `key`, left out of the summary: the graph assembler takes them.
    mutating func takeMentions(of key: EntityKey) -> UnionList<Mention> {
        guard let index = keys.index(forKey: key) else { return UnionList() }
        var mentions = UnionList<Mention>()
        swap(&mentions, &keys.values[index].mentions)
        return mentions
    }

    /// Sorts every list summing left as it came, each in a list of just its size: once all is
    /// summed, before the summary is resolved or kept.
    public mutating func normalize() {
        for index in keys.indices { keys.values[index].normalize() }
        for index in relations.indices { relations.values[index].evidence.normalize() }
    }

    /// `mention` with the summary's one copy of its text.
    private mutating func interned(_ mention: Mention) -> Mention {
        guard mention.text.utf8.count > 15 else { return mention }
        var mention = mention
        mention.text = texts.insert(mention.text).memberAfterInsert
        return mention
    }

    /// `facts` with each sentence of its evidence the summary's own copy.
    mutating func internedSentences(_ facts: RelationFacts) -> RelationFacts {
        var facts = facts
        facts.evidence = UnionList(
            facts.evidence.elements.map { evidence in
                var evidence = evidence
                evidence.sentence = sentences.insert(evidence.sentence).memberAfterInsert
                return evidence
            })
        return facts
    }

    /// Leaves `removed` out, as if no record named them: their facts, the relations to and from
    /// them, and their places among the documents' names.
    mutating func remove(_ removed: Set<EntityKey>) {
        guard !removed.isEmpty else { return }
        for key in removed { keys[key] = nil }
        relations = relations.filter { !removed.contains($0.key.source) && !removed.contains($0.key.target) }
        for (id, facts) in documents where facts.names.contains(where: removed.contains) {
            documents[id]!.names.removeAll(where: removed.contains)
        }
    }

    /// The documents' diagnostics, in document-id order, each document's in its record's order.
    var diagnostics: [Diagnostic] {
        documents.keys.sorted().flatMap { documents[$0]!.diagnostics }
    }

    /// The keys in the order the records first name them.
    var keysInOrder: [EntityKey] {
        keys.sorted { $0.value.first < $1.value.first }.map(\.key)
    }
}
