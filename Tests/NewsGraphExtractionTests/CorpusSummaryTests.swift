import Foundation
import NewsGraphCore
import NewsGraphExtraction
import Testing

/// Resolution over per-key summaries: a corpus's records split into parts, each part summed,
/// and the sums combined in any grouping and any order give one summary, byte for byte, and the
/// graph one pass over all the records gives; also where the rules are not associative, a
/// spelling variant or a surname whose full name is in another part.
@Suite struct CorpusSummaryTests {
    /// Articles whose people resolve only across articles: a surname joins the one full name
    /// another article gives ("Lindqvist"), and two spellings of one minister join on their
    /// shared role and company ("Haldorsen", "Haldorson").
    static let acrossArticles = [
        Article(
            id: "e1", path: "e1.txt",
            text: "Norwegian Fisheries Minister Ingrid Haldorsen met Swedish Trade Minister Tom Berg in Oslo on Monday.\n"),
        Article(
            id: "e2", path: "e2.txt",
            text:
                "Fisheries Minister Ingrid Haldorson of Norway told reporters in Bergen that the talks with Tom Berg went well.\n"
        ),
        Article(
            id: "e3", path: "e3.txt",
            text: "Finance Minister Karin Lindqvist of Sweden announced new tariffs on Chinese steel on Tuesday.\n"),
        Article(
            id: "e4", path: "e4.txt",
            text: "Lindqvist said the tariffs on steel would take effect in March, officials in Stockholm said.\n"),
        Article(
            id: "e5", path: "e5.txt",
            text: "Trade Minister Ana Lima of Norway met Swedish Trade Minister Tom Berg in Oslo on Monday; the truce held.\n"),
        Article(
            id: "e6", path: "e6.txt",
            text: "Ana Lima said Norway would lift tariffs on Swedish salmon after the Oslo talks; the truce held.\n"),
        Article(id: "e7", path: "e7.txt", text: "Tom Berg told reporters in Stockholm that the Oslo talks had gone well.\n"),
    ]

    static func bytes(_ summary: CorpusSummary) throws -> Data {
        var data = Data()
        try summary.writeLines { data.append($0) }
        return data
    }

    /// `records` dealt into `count` parts of uneven sizes, each part summed.
    static func partSummaries(_ records: [DocumentExtraction], count: Int, using random: inout SplitMix64) throws -> [CorpusSummary]
    {
        var parts = [[DocumentExtraction]](repeating: [], count: count)
        for record in records.shuffled(using: &random) { parts[Int.random(in: 0..<count, using: &random)].append(record) }
        return try parts.map { try CorpusSummary($0) }
    }

    /// The parts combined in a random tree: pairs of random sums joined until one is left.
    static func combinedInRandomGroupings(_ parts: [CorpusSummary], using random: inout SplitMix64) throws -> CorpusSummary {
        var pool = parts.shuffled(using: &random)
        while pool.count > 1 {
            var first = pool.remove(at: Int.random(in: 0..<pool.count, using: &random))
            let second = pool.remove(at: Int.random(in: 0..<pool.count, using: &random))
            try first.combine(second)
            pool.append(first)
        }
        return pool.first ?? CorpusSummary()
    }

    @Test func theRulesResolveAcrossArticles() throws {
        let graph = try NewsGraph.build(articles: Self.acrossArticles)
        let people = graph.nodes.values.filter { $0.type == .person }
        #expect(people.map(\.label).sorted() == ["Ana Lima", "Ingrid Haldorsen", "Karin Lindqvist", "Tom Berg"])
        let lindqvist = try #require(people.first { $0.label == "Karin Lindqvist" })
        #expect(lindqvist.mentions.map(\.document) == ["e3", "e4"])
        #expect(graph.diagnostics.map(\.id).contains("merge.spelling-variant"))
    }

    @Test func summariesOfAnySplitCombinedInAnyGroupingResolveToTheGraphOfAllRecords() throws {
        let pipeline = try NewsGraph()
        let records = pipeline.extract(Self.acrossArticles)
        let built = try pipeline.graph(of: records)
        let whole = try Self.bytes(try CorpusSummary(records))
        var random = SplitMix64(seed: 18)
        for count in [2, 3, 7] {
            for _ in 0..<4 {
                let parts = try Self.partSummaries(records, count: count, using: &random)
                let combined = try Self.combinedInRandomGroupings(parts, using: &random)
                #expect(try Self.bytes(combined) == whole, "\(count) parts")
                #expect(try pipeline.graph(of: combined) == built, "\(count) parts")
            }
        }
    }

    /// Every way of putting the surname and its full name, and the two spellings, in different
    /// parts: each part alone would keep them apart; the summary of all joins them.
    @Test func aSurnameAndASpellingVariantJoinFromDifferentParts() throws {
        let pipeline = try NewsGraph()
        let records = pipeline.extract(Self.acrossArticles)
        let built = try pipeline.graph(of: records)
        for (a, b, name) in [("e3", "e4", "Karin Lindqvist"), ("e1", "e2", "Ingrid Haldorsen")] {
            let joined = try #require(built.nodes.values.first { $0.type == .person && $0.label == name })
            #expect(Set(joined.mentions.map(\.document)) == [a, b])
            let apart = records.filter { $0.document.id == b }
            let rest = records.filter { $0.document.id != b }
            var summary = try CorpusSummary(apart)
            try summary.combine(try CorpusSummary(rest))
            #expect(try pipeline.graph(of: summary) == built, "\(a) and \(b) in two parts")
        }
    }

    /// "Lindqvist" joins a full name only when it is the only one in the corpus: a second
    /// Lindqvist in another part keeps it apart, however the parts are combined.
    @Test func aSecondFullNameInAnotherPartKeepsTheSurnameApart() throws {
        let second = Article(
            id: "e8", path: "e8.txt", text: "Trade Minister Anders Lindqvist of Norway visited Bergen on Friday.\n")
        let pipeline = try NewsGraph()
        let records = pipeline.extract(Self.acrossArticles + [second])
        let built = try pipeline.graph(of: records)
        let lindqvists = built.nodes.values.filter { $0.type == .person && $0.label.hasSuffix("Lindqvist") }.map(\.label).sorted()
        #expect(lindqvists == ["Anders Lindqvist", "Karin Lindqvist"])
        // The surname alone has no evidence of its own: joined to neither, it is left out.
        #expect(
            built.nodes.values.filter { $0.label.hasSuffix("Lindqvist") }.flatMap(\.mentions).map(\.document).sorted() == [
                "e3", "e8",
            ])
        var random = SplitMix64(seed: 8)
        for _ in 0..<4 {
            let parts = try Self.partSummaries(records, count: 3, using: &random)
            #expect(try pipeline.graph(of: try Self.combinedInRandomGroupings(parts, using: &random)) == built)
        }
    }

    @Test func aSummaryWrittenAndReadBackIsTheSameSummary() throws {
        let pipeline = try NewsGraph()
        let records = pipeline.extract(Self.acrossArticles)
        let summary = try CorpusSummary(records)
        let bytes = try Self.bytes(summary)
        #expect(String(decoding: bytes.prefix(29), as: UTF8.self) == #"{"format":"newsgraph.keys/1"}"#)
        var read = CorpusSummary()
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n").dropFirst() {
            try read.addLine(Data(line.utf8))
        }
        #expect(try Self.bytes(read) == bytes)
        #expect(try pipeline.graph(of: read) == pipeline.graph(of: records))
    }

    @Test func anArticleSummedTwiceIsRefused() throws {
        let pipeline = try NewsGraph()
        let records = pipeline.extract(Array(Self.acrossArticles.prefix(3)))
        var summary = try CorpusSummary(records)
        #expect(throws: CorpusSummaryError.duplicateDocument("e2")) { try summary.combine(try CorpusSummary([records[1]])) }
        #expect(throws: CorpusSummaryError.duplicateDocument("e1")) { try summary.add(records[0]) }
        #expect(try Self.bytes(summary) == Self.bytes(try CorpusSummary(records)), "nothing is added when refused")
    }

    @Test func summaryFilesAreReadLineByLineAndAnArticleInTwoIsNamedByBothPlaces() throws {
        let pipeline = try NewsGraph()
        let records = pipeline.extract(Self.acrossArticles)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("summaries-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func file(_ name: String, _ records: [DocumentExtraction]) throws -> (name: String, handle: FileHandle) {
            let url = folder.appendingPathComponent(name)
            try Self.bytes(try CorpusSummary(records)).write(to: url)
            return (name, try FileHandle(forReadingFrom: url))
        }
        let good = SummaryFiles.combine([
            try file("b.keys", Array(records.dropFirst(4))), try file("a.keys", Array(records.prefix(4))),
        ])
        #expect(good.failures.isEmpty)
        #expect(try Self.bytes(good.summary) == Self.bytes(try CorpusSummary(records)))
        let twice = SummaryFiles.combine([
            try file("a.keys", Array(records.prefix(2))), try file("c.keys", Array(records.prefix(1))),
        ])
        #expect(twice.failures == [.badRecords(place: "c.keys:2", reason: "the article 'e1' is also at a.keys:2")])
        let recordsFile = folder.appendingPathComponent("records.jsonl")
        try pipeline.extractRecords(Array(Self.acrossArticles.prefix(1))).write(to: recordsFile)
        let wrong = SummaryFiles.combine([("records.jsonl", try FileHandle(forReadingFrom: recordsFile))])
        #expect(
            wrong.failures == [.badRecords(place: "records.jsonl:1", reason: "not a newsgraph.keys/1 summary (no header line)")])
    }
}
