import Foundation
import Testing

/// `keys`, `keys --combine` and `resolve-keys`: a corpus's records split into uneven parts,
/// each part summed, the sums combined in other groupings and orders, give one summary, byte
/// for byte, which resolves to the files one `build` writes; bad input names its file and line.
@Suite struct KeysCommandTests {
    let formats = "json,graphml,gexf,cyjs"

    /// Articles whose people resolve only across articles, put in different parts below: a
    /// surname whose only full name is in another part, and two spellings of one minister.
    static let acrossParts = [
        "e1": "Norwegian Fisheries Minister Ingrid Haldorsen met Swedish Trade Minister Tom Berg in Oslo on Monday.\n",
        "e2": "Fisheries Minister Ingrid Haldorson of Norway told reporters in Bergen that the talks with Tom Berg went well.\n",
        "e3": "Finance Minister Karin Lindqvist of Sweden announced new tariffs on Chinese steel on Tuesday.\n",
        "e4": "Lindqvist said the tariffs on steel would take effect in March, officials in Stockholm said.\n",
    ]

    func run(_ arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 0, "\(arguments.prefix(2)): \(result.stderr)")
    }

    func data(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    @Test func summariesCombinedInAnyGroupingResolveToTheBytesOfOneBuild() throws {
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let edge = scratch.appendingPathComponent("edge")
        try FileManager.default.createDirectory(at: edge, withIntermediateDirectories: true)
        for (id, text) in Self.acrossParts {
            try text.write(to: edge.appendingPathComponent("\(id).txt"), atomically: true, encoding: .utf8)
        }
        let corpus = try GeneratedCorpus.folder(120)
        let built = scratch.appendingPathComponent("built")
        try run(["build", corpus.path, edge.path, "--out", built.path, "--format", formats, "--name", "all"])
        let graph = try String(contentsOf: built.appendingPathComponent("all.json"), encoding: .utf8)
        #expect(graph.contains("\"Lindqvist\""), "the surname joined its full name")
        #expect(graph.contains("merge.spelling-variant"))

        // Five uneven parts; each article of a pair in a different one.
        var parts = [[String]](repeating: [], count: 5)
        for (index, article) in GeneratedCorpus.articles(in: corpus).enumerated() {
            parts[[0, 0, 1, 2, 3, 4, 4][index % 7]].append(article.path)
        }
        for (part, id) in [(0, "e1"), (3, "e2"), (4, "e3"), (1, "e4")] {
            parts[part].append(edge.appendingPathComponent("\(id).txt").path)
        }
        func file(_ name: String) -> String { scratch.appendingPathComponent(name).path }
        for (index, articles) in parts.enumerated() {
            try run(["extract"] + articles + ["-o", file("p\(index).jsonl")])
            try run(["keys", file("p\(index).jsonl"), "-o", file("p\(index).keys")])
        }
        try run(["keys"] + [4, 0, 2, 1, 3].map { file("p\($0).jsonl") } + ["-o", file("whole.keys")])
        // ((p3 + p0) + (p4 + p1 + p2)), and all five at once in another order.
        try run(["keys", "--combine", file("p3.keys"), file("p0.keys"), "-o", file("a.keys")])
        try run(["keys", "--combine", file("p4.keys"), file("p1.keys"), file("p2.keys"), "-o", file("b.keys")])
        try run(["keys", "--combine", file("b.keys"), file("a.keys"), "-o", file("ab.keys")])
        try run(["keys", "--combine"] + [2, 4, 1, 0, 3].map { file("p\($0).keys") } + ["-o", file("all.keys")])
        let whole = try data(URL(fileURLWithPath: file("whole.keys")))
        #expect(String(decoding: whole.prefix(29), as: UTF8.self) == #"{"format":"newsgraph.keys/1"}"#)
        for combined in ["ab.keys", "all.keys"] {
            #expect(try data(URL(fileURLWithPath: file(combined))) == whole, "\(combined)")
        }

        for (name, inputs) in [("resolved", [file("ab.keys")]), ("two", [file("b.keys"), file("a.keys")])] {
            let out = scratch.appendingPathComponent(name)
            try run(["resolve-keys"] + inputs + ["--out", out.path, "--format", formats, "--name", "all"])
            #expect(CLI.files(in: out) == CLI.files(in: built))
            for file in CLI.files(in: built) {
                #expect(
                    try data(out.appendingPathComponent(file)) == data(built.appendingPathComponent(file)),
                    "\(name): \(file) differs")
            }
        }
    }

    @Test func anArticleInTwoSummariesOrARecordFileIsRefusedAndNothingIsWritten() throws {
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let article = scratch.appendingPathComponent("e3.txt")
        try Self.acrossParts["e3"]!.write(to: article, atomically: true, encoding: .utf8)
        func file(_ name: String) -> String { scratch.appendingPathComponent(name).path }
        try run(["extract", article.path, "-o", file("r.jsonl")])
        try run(["keys", file("r.jsonl"), "-o", file("r.keys")])
        let twice = try CLI.run(["keys", "--combine", file("r.keys"), file("r.keys"), "-o", file("both.keys")])
        #expect(twice.status == 1)
        #expect(
            twice.stderr.contains("cannot read records \(file("r.keys")):2: the article 'e3' is also at \(file("r.keys")):2"),
            "\(twice.stderr)")
        let records = try CLI.run(["resolve-keys", file("r.jsonl"), "--out", file("out")])
        #expect(records.status == 1)
        #expect(records.stderr.contains("not a newsgraph.keys/1 summary (no header line)"), "\(records.stderr)")
        #expect(CLI.files(in: scratch) == ["e3.txt", "r.jsonl", "r.keys"])
        let perDocument = try CLI.run(["resolve-keys", file("r.keys"), "--out", file("out"), "--per-document"])
        #expect(perDocument.status == 64)
    }
}
