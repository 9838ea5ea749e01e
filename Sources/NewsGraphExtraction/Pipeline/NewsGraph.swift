import Foundation
import NewsGraphCore

/// Articles in, one resolved graph out: the library's entry point, and all that `newsgraph
/// build` and `extract` call to read articles into records and graphs.
///
/// ```swift
/// let article = Article(id: "cabinet", path: "cabinet.txt", text: "Maria Lopez, the finance minister of Chile, ...")
/// let graph = try NewsGraph.build(articles: [article])
/// for node in graph.nodes.values { print(node.type, node.label) }
/// ```
///
/// A build has two halves, which can run apart, on other machines: ``extract(_:diagnostics:)``
/// reads each article on its own into a ``DocumentExtraction``, its record
/// (``extractRecords(_:diagnostics:)`` writes records as `newsgraph extract` does, one JSON line
/// each, and ``RecordFiles`` reads them back); ``graph(of:)`` resolves any set of records into
/// one graph, the same entity named in several articles becoming one node (``RecordMerger``
/// does that half alone, as `newsgraph merge` does). The same articles give the same graph,
/// byte for byte, whether built at once or split into records and joined in any order, and
/// whatever ``Options/jobs`` is.
///
/// Making a value loads the lexicon with the user's files, the relation patterns and the
/// learned models (about a tenth of a second): make one and call it for every batch.
public struct NewsGraph: Sendable {
    public let options: Options
    private let extractor: Extractor
    /// What joins records into a graph: hold it rather than the pipeline once extraction is
    /// done, and the extraction's patterns and learned models (about 25 MB) are let go.
    public let merger: RecordMerger

    /// - Throws: ``ExtractionError`` for a lexicon or pattern file of ``Options`` that cannot
    ///   be read or used, naming the file and line.
    public init(options: Options = Options()) throws {
        self.options = options
        extractor = try Extractor(lexicon: Lexicon.standard(userFiles: options.lexiconFiles), patternFiles: options.patternFiles)
        merger = RecordMerger(lexicon: extractor.lexicon, decisions: options.decisions)
    }

    /// The graph of `articles`: each extracted, then all resolved together with the options'
    /// decisions. What `newsgraph build` writes for the same articles and options.
    ///
    /// - Parameter diagnostics: called with each article's diagnostic (see
    ///   ``extract(_:diagnostics:)``); the graph's own are in its `diagnostics`.
    /// - Throws: ``ExtractionError`` for a lexicon or pattern file that cannot be used;
    ///   `DecisionError` for a decision that names nothing in the articles or contradicts another.
    public static func build(
        articles: [Article], options: Options = Options(), diagnostics: (Diagnostic) -> Void = { _ in }
    ) throws -> EntityGraph {
        let pipeline = try NewsGraph(options: options)
        return try pipeline.graph(of: pipeline.extract(articles, diagnostics: diagnostics))
    }

    /// Each article's record, in the articles' order, extracted on up to ``Options/jobs`` threads.
    ///
    /// - Parameter diagnostics: called on the caller's thread, in the articles' order, once
    ///   every article is extracted: an `article.no-entity` warning for each article in which
    ///   nothing was found (its graph would be empty, which should not pass unnoticed).
    public func extract(_ articles: [Article], diagnostics: (Diagnostic) -> Void = { _ in }) -> [DocumentExtraction] {
        let records = Parallel.map(articles, jobs: options.jobs) { extractor.extract($0) }
        for record in records where Self.foundNothing(in: record) { diagnostics(Self.noEntity(record.document)) }
        return records
    }

    /// The summary of `articles` (``CorpusSummary``): each extracted on up to ``Options/jobs``
    /// threads, a batch at a time, its record folded in and let go, so a corpus's records are
    /// never all in memory at once. ``graph(of:)-(CorpusSummary)`` of it is ``graph(of:)-([DocumentExtraction])``
    /// of the records, byte for byte.
    ///
    /// - Parameter diagnostics: as for ``extract(_:diagnostics:)``.
    /// - Throws: ``CorpusSummaryError`` for two articles with one id.
    public func summarize(_ articles: [Article], diagnostics: (Diagnostic) -> Void = { _ in }) throws(CorpusSummaryError) -> CorpusSummary {
        var summary = CorpusSummary()
        var start = 0
        while start < articles.count {
            let batch = articles[start..<min(articles.count, start + RecordFiles.batchSize)]
            for record in extract(Array(batch), diagnostics: diagnostics) { try summary.add(record) }
            start += batch.count
        }
        return summary
    }

    /// The JSON Lines file `newsgraph extract` writes: each article's record as one line
    /// (``ExtractionRecord``), in the articles' order. Each record is encoded on the thread
    /// that extracted it and let go, so a corpus's records are never all in memory at once.
    ///
    /// - Parameter diagnostics: as for ``extract(_:diagnostics:)``.
    /// - Throws: the first record's encoding error, if any.
    public func extractRecords(_ articles: [Article], diagnostics: (Diagnostic) -> Void = { _ in }) throws -> Data {
        let lines = Parallel.map(articles, jobs: options.jobs) { article in
            let record = extractor.extract(article)
            return (
                line: Result { try ExtractionRecord.line(record) }, foundNothing: Self.foundNothing(in: record),
                document: record.document
            )
        }
        for line in lines where line.foundNothing { diagnostics(Self.noEntity(line.document)) }
        var data = Data()
        for line in lines { data.append(contentsOf: try line.line.get().utf8) }
        return data
    }

    /// The graph of `records` (in any order), as ``RecordMerger/graph(of:)`` makes it.
    public func graph(of records: [DocumentExtraction]) throws(DecisionError) -> EntityGraph {
        try merger.graph(of: records)
    }

    /// The graph of a summarised corpus, as ``RecordMerger/graph(of:)-(CorpusSummary)`` makes it.
    public func graph(of summary: consuming CorpusSummary) throws(DecisionError) -> EntityGraph {
        try merger.graph(of: summary)
    }

    /// One article's graph, as ``RecordMerger/graph(ofDocument:)`` makes it.
    public func graph(ofDocument record: DocumentExtraction) throws(DecisionError) -> EntityGraph {
        try merger.graph(ofDocument: record)
    }

    /// Only weak entities, which are kept only where another article supports them.
    private static func foundNothing(in record: DocumentExtraction) -> Bool {
        record.entities.allSatisfy(\.isWeak)
    }

    private static func noEntity(_ document: Document) -> Diagnostic {
        Diagnostic(
            id: "article.no-entity", severity: .warning,
            message: "article \(document.path): no entity found (no person, body, country, place, meeting, policy or commodity)")
    }
}
