import Foundation
import NewsGraphCore
import NewsGraphExtraction

/// One long article through extraction and resolution, in this process: how one article's cost
/// grows with its size. Issue 15 found it quadratic (a 50 MB article took 306 s where the
/// tool's speed on many small articles gives about 11 s).
///
/// Two shapes of article, each built in memory:
/// - `stories`: the bench corpus's articles one after another, as a feed dumped into one file;
/// - `list`: one sentence naming people, "Ana Lima, Tom Berg, ... met in Oslo.", the worst case
///   for the stages that compare the people of a sentence or of a document with each other.
struct ArticleResult: Codable {
    var shape = ""
    var bytes = 0
    var words = 0
    /// CPU seconds of `Extractor.extract` on this thread, and of each stage.
    var extract = 0.0
    var stages = StageTimes()
    /// CPU seconds of `CorpusResolver.resolve` on the one record: what `build` does next.
    var resolve = 0.0
    var nodes = 0
    var peakRSS = 0
}

enum ArticleBenchmark {
    static func run(shape: String, megabytes: Double, corpus: String, lexicons: String) throws -> ArticleResult {
        let bytes = Int(megabytes * 1_000_000)
        let text: String
        switch shape {
        case "stories": text = try stories(corpus, bytes: bytes)
        case "list": text = try list(lexicons, bytes: bytes)
        default: fail("unknown article shape '\(shape)': stories or list")
        }
        let extractor = try Extractor(lexicon: Lexicon.standard())
        let article = try ArticleReader.decode(Data(text.utf8), id: "long", path: "long.txt")
        // Warm-up on a small piece, so lazily built tables are not charged to the long article.
        _ = extractor.extract(try ArticleReader.decode(Data(text.prefix(20_000).utf8), id: "warm", path: "warm.txt"))
        progress("one \(shape) article of \(megabytes) MB: extraction")
        var result = ArticleResult(shape: shape, bytes: text.utf8.count, words: Measure.words(text))
        var times = StageTimes()
        var record: DocumentExtraction?
        result.extract = Measure.cpuTime { record = times.extract(article, with: extractor) }
        result.stages = times
        progress("one \(shape) article of \(megabytes) MB: resolution")
        var graph = EntityGraph()
        result.resolve = Measure.cpuTime { graph = CorpusResolver(lexicon: extractor.lexicon).resolve([record!]) }
        result.nodes = graph.nodes.count
        result.peakRSS = Measure.peakRSS()
        return result
    }

    /// The corpus's articles in name order, again and again, up to `bytes`, cut at an article's end.
    static func stories(_ corpus: String, bytes: Int) throws -> String {
        let pieces = try ArticleReader.articles(inFolder: corpus).map { try String(contentsOfFile: $0, encoding: .utf8) + "\n\n" }
        guard !pieces.isEmpty else { fail("no articles in \(corpus)") }
        var text = ""
        var index = 0
        while text.utf8.count < bytes {
            text += pieces[index % pieces.count]
            index += 1
        }
        return text
    }

    /// One sentence of invented people (a given name and a surname from the lexicons, drawn by
    /// a fixed sequence), up to `bytes`.
    static func list(_ lexicons: String, bytes: Int) throws -> String {
        func names(_ file: String) throws -> [String] {
            try String(contentsOfFile: "\(lexicons)/\(file)", encoding: .utf8).split(separator: "\n")
                .filter { !$0.hasPrefix("#") }.prefix(3000)
                .compactMap { $0.split(separator: "\t").first.map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() } }
        }
        let given = try names("given-names.tsv")
        let surnames = try names("surnames.tsv")
        var state: UInt64 = 6
        func next(_ count: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(count))
        }
        var text = ""
        while text.utf8.count < bytes { text += "\(given[next(given.count)]) \(surnames[next(surnames.count)]), " }
        return text + "and the others met in Oslo.\n"
    }
}
