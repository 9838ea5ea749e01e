import NewsGraphCore

/// What resolution reads of one document as a whole: the document, its diagnostics, and the
/// entities it names with evidence of their own that tell which story it belongs to.
///
/// Two rules compare documents rather than keys: whether two spellings of a person are named
/// with the same people, and whether two articles that say "the truce" tell one story. Both
/// read the names a document holds together, which no per-key sum keeps. These facts are the
/// part of a summary that grows with the number of articles (a few dozen keys each), beside the
/// mentions and evidence the graph lists anyway.
struct DocumentFacts: Sendable, Equatable {
    var document: Document
    var diagnostics: [Diagnostic]
    /// The people, bodies, places and meetings the document names with evidence of their own,
    /// in its record's order.
    var names: [EntityKey]

    init(_ record: DocumentExtraction) {
        document = record.document
        diagnostics = record.diagnostics
        names = record.entities.filter { !$0.isWeak && Self.tellsTheStory($0.type) }.map(\.key)
    }

    init(document: Document, diagnostics: [Diagnostic], names: [EntityKey]) {
        self.document = document
        self.diagnostics = diagnostics
        self.names = names
    }

    /// The types whose names tell a story: a week of news names the same few countries, and
    /// policies and commodities in unrelated stories.
    static func tellsTheStory(_ type: EntityType) -> Bool {
        switch type {
        case .person, .agency, .place, .meeting: true
        default: false
        }
    }

    /// The people among `names`, with whom a person named here is "named with".
    var people: [EntityKey] { names.filter { $0.type == .person } }
}
