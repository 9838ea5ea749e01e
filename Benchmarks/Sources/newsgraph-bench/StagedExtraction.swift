import NewsGraphCore

@testable import NewsGraphExtraction

/// CPU seconds spent in each stage of `Extractor.extract`, summed over documents.
struct StageTimes: Codable {
    var tokens = 0.0
    var sentences = 0.0
    var mentions = 0.0
    var resolution = 0.0
    var events = 0.0
    var relations = 0.0

    var total: Double { tokens + sentences + mentions + resolution + events + relations }

    static let names = ["tokens", "sentences", "mentions", "resolution", "events", "relations"]

    var values: [Double] { [tokens, sentences, mentions, resolution, events, relations] }

    init() {}

    init(values: [Double]) {
        (tokens, sentences, mentions, resolution, events, relations) = (
            values[0], values[1], values[2], values[3], values[4], values[5]
        )
    }
}

/// `Extractor.extract`'s stages called one by one, with a clock between them.
///
/// This is a copy of the calls in `Extractor.extract` (the stage types are internal, hence
/// `@testable`), up to the relations; what `extract` does after them (grouping mentions into
/// entities, dropping duplicate relations) is measured by difference. `check` compares the
/// entity keys it finds with `extract`'s, so a copy that no longer matches is reported.
struct StagedExtraction {
    let extractor: Extractor

    /// Runs the stages on `article`, adds their times to `times`, and returns the entity keys.
    func run(_ article: Article, into times: inout StageTimes) -> Set<String> {
        let lexicon = extractor.lexicon
        var clock = Measure.cpuNow()
        func lap() -> Double {
            let now = Measure.cpuNow()
            defer { clock = now }
            return now - clock
        }
        let tokens = lexicon.tokenizer.tokenize(article.scalars)
        times.tokens += lap()
        let sentences = SentenceSplitter(lexicon: lexicon).split(tokens)
        times.sentences += lap()
        var recognizer = MentionRecognizer(lexicon: lexicon)
        let recognized = recognizer.recognize(tokens, sentences)
        times.mentions += lap()
        let resolved = DocumentResolver(lexicon: lexicon).resolve(
            recognized.mentions, tokens: tokens, documentID: article.document.id)
        times.resolution += lap()
        let events = EventRecognizer(lexicon: lexicon).recognize(
            recognized.triggers, mentions: resolved.mentions, tokens: tokens, sentences: sentences, article: article)
        times.events += lap()
        let strong = resolved.mentions.filter { !$0.isWeak } + events.mentions
        let found = RelationExtractor(lexicon: lexicon, patterns: extractor.patternSet).extract(
            mentions: strong, titles: recognized.titles, tokens: tokens, sentences: sentences, article: article, events: events)
        times.relations += lap()
        let all = resolved.mentions + events.mentions + found.impliedMentions
        return Set(all.map(\.key).filter { !$0.isEmpty })
    }

    /// The articles (of the first `limit`) whose staged entity keys differ from `extract`'s.
    func check(_ articles: ArraySlice<Article>) -> [String] {
        var scratch = StageTimes()
        return articles.compactMap { article in
            let staged = run(article, into: &scratch)
            let whole = Set(extractor.extract(article).entities.map(\.key))
            return staged == whole ? nil : article.document.id
        }
    }
}
