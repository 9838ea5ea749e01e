import NewsGraphCore

/// Records in, graphs out: the half of a build that joins records, resolving the same entity
/// across their articles, with the analyst's decisions.
///
/// ``NewsGraph`` joins the records it extracts with one; `newsgraph merge` makes one alone, as
/// joining needs the lexicon only, not the relation patterns and learned models extraction loads
/// (a tenth of a second and 40 MB).
public struct RecordMerger: Sendable {
    private let lexicon: Lexicon
    private let decisions: Decisions

    /// Loads the lexicon with the options' lexicon files, and keeps their decisions.
    ///
    /// - Throws: ``ExtractionError`` for a lexicon file that cannot be read or used.
    public init(options: NewsGraph.Options) throws {
        self.init(lexicon: try Lexicon.standard(userFiles: options.lexiconFiles), decisions: options.decisions)
    }

    init(lexicon: Lexicon, decisions: Decisions) {
        self.lexicon = lexicon
        self.decisions = decisions
    }

    /// The graph of `records` (in any order), resolved across their articles with the
    /// decisions: what `newsgraph merge` writes for them.
    ///
    /// - Throws: `DecisionError` for a decision that names nothing in the records or
    ///   contradicts another.
    public func graph(of records: [DocumentExtraction]) throws(DecisionError) -> EntityGraph {
        try CorpusResolver(lexicon: lexicon).resolve(records, decisions: decisions)
    }

    /// The graph of a summarised corpus (``CorpusSummary``), resolved with the decisions: what
    /// ``graph(of:)-([DocumentExtraction])`` gives for its records, and what `merge` and
    /// `resolve-keys` write.
    ///
    /// - Parameter summary: taken apart as the graph is made (pass it with `consume` when it
    ///   is not needed after: the graph then takes its place in memory).
    /// - Throws: `DecisionError` as ``graph(of:)-([DocumentExtraction])`` does.
    public func graph(of summary: consuming CorpusSummary) throws(DecisionError) -> EntityGraph {
        try CorpusResolver(lexicon: lexicon).resolve(summary, decisions: decisions)
    }

    /// One article's graph, with the decisions about the entities it names (a decision naming
    /// none of them is left out): what `--per-document` writes.
    ///
    /// - Throws: `DecisionError` for a decision that contradicts another in the article.
    public func graph(ofDocument record: DocumentExtraction) throws(DecisionError) -> EntityGraph {
        try CorpusResolver(lexicon: lexicon).resolve([record], decisions: decisions, requiringMatches: false)
    }
}
