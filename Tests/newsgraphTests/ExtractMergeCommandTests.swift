import Foundation
import Testing

/// `extract` and `merge`: a corpus split in parts, extracted part by part (as on several
/// machines) and merged, gives the bytes one `build` gives; bad records are refused with their
/// file and line, and nothing is written.
@Suite struct ExtractMergeCommandTests {
    let formats = "svg,dot,graphml,json"

    /// Every file in `a` has the same bytes in `b`, and the folders hold the same names.
    func expectSameFiles(_ a: URL, _ b: URL, _ context: String) throws {
        #expect(CLI.files(in: a) == CLI.files(in: b), "\(context): different files")
        for name in CLI.files(in: a) {
            let left = try Data(contentsOf: a.appendingPathComponent(name))
            let right = try Data(contentsOf: b.appendingPathComponent(name))
            #expect(left == right, "\(context): \(name) differs")
        }
    }

    @Test func outputBytesDoNotDependOnTheThreadCount() throws {
        let corpus = try GeneratedCorpus.folder(50)
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        for jobs in ["1", "4"] {
            let out = scratch.appendingPathComponent("build-\(jobs)")
            let build = try CLI.run([
                "build", corpus.path, "--out", out.path, "--format", formats, "--name", "all", "--jobs", jobs,
            ])
            #expect(build.status == 0, "\(build.stderr)")
            let extract = try CLI.run([
                "extract", corpus.path, "-o", scratch.appendingPathComponent("records-\(jobs).jsonl").path, "--jobs", jobs,
            ])
            #expect(extract.status == 0, "\(extract.stderr)")
        }
        try expectSameFiles(
            scratch.appendingPathComponent("build-1"), scratch.appendingPathComponent("build-4"), "build --jobs 1 and 4")
        let one = try Data(contentsOf: scratch.appendingPathComponent("records-1.jsonl"))
        let four = try Data(contentsOf: scratch.appendingPathComponent("records-4.jsonl"))
        #expect(one == four, "extract --jobs 1 and 4 wrote different records")
    }

    @Test func mergedPartsGiveTheBytesOfOneBuildInAnyOrder() throws {
        let corpus = try GeneratedCorpus.folder(50)
        let articles = GeneratedCorpus.articles(in: corpus).map(\.path)
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }

        let single = scratch.appendingPathComponent("single")
        let build = try CLI.run([
            "build", corpus.path, "--out", single.path, "--format", formats, "--per-document", "--name", "all",
        ])
        #expect(build.status == 0, "\(build.stderr)")

        // Uneven parts, every third article in one of them, as a batch queue might split a corpus.
        var parts: [String] = []
        for part in 0..<3 {
            let file = scratch.appendingPathComponent("part\(part).jsonl").path
            let mine = articles.enumerated().filter { $0.offset % 3 == part }.map(\.element)
            let extract = try CLI.run(["extract"] + mine + ["-o", file])
            #expect(extract.status == 0, "\(extract.stderr)")
            parts.append(file)
        }
        for (label, order) in [
            ("in order", parts), ("reversed", parts.reversed()), ("shuffled", [parts[1], parts[2], parts[0]]),
        ] {
            let merged = scratch.appendingPathComponent("merged-\(label)")
            let merge = try CLI.run(
                ["merge"] + order + ["--out", merged.path, "--format", formats, "--per-document", "--name", "all"])
            #expect(merge.status == 0, "\(merge.stderr)")
            #expect(merge.stderr.isEmpty, "\(merge.stderr)")
            try expectSameFiles(single, merged, "merge \(label)")
        }
        #expect(CLI.files(in: single).count == 5 * (articles.count + 1), "svg, its caption, dot, graphml and json for each article and the merged graph")
    }

    /// `merge --documents-only` on one part of a corpus writes the part's articles' graphs, the
    /// bytes `build --per-document` writes for them, and no merged graph; with a decision that
    /// names nothing in the part, where the part's merged graph (`--per-document`) is refused.
    @Test func documentsOnlyWritesAPartsArticleGraphsAsBuildDoes() throws {
        let corpus = try GeneratedCorpus.folder(50)
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let decisions = scratch.appendingPathComponent("decisions.tsv")
        try Data("label\tcountry:egypt\t\"Arab Republic of Egypt\"\tdocuments-only test\n".utf8).write(to: decisions)
        let single = scratch.appendingPathComponent("single")
        let build = try CLI.run([
            "build", corpus.path, "--out", single.path, "--format", formats, "--per-document", "--name", "all",
            "--decisions", decisions.path,
        ])
        #expect(build.status == 0, "\(build.stderr)")

        // The part: the articles whose own graph has no Egypt (relabelled by the decision), so the
        // decision names nothing in it.
        let part = try GeneratedCorpus.articles(in: corpus).filter { article in
            let id = article.deletingPathExtension().lastPathComponent
            let graph = try Data(contentsOf: single.appendingPathComponent("\(id).json"))
            let nodes = try #require(try JSONSerialization.jsonObject(with: graph) as? [String: Any])["nodes"] as? [[String: Any]]
            return !(nodes ?? []).contains { $0["label"] as? String == "Arab Republic of Egypt" }
        }
        try #require(part.count >= 2 && part.count < 50, "\(part.count) articles without Egypt")
        let records = scratch.appendingPathComponent("part.jsonl")
        let extract = try CLI.run(["extract"] + part.map(\.path) + ["-o", records.path])
        #expect(extract.status == 0, "\(extract.stderr)")

        let merged = try CLI.run([
            "merge", records.path, "--out", scratch.appendingPathComponent("merged").path, "--format", formats,
            "--per-document", "--decisions", decisions.path,
        ])
        #expect(merged.status == 1)
        #expect(merged.stderr.contains("no entity is named 'country:egypt'"), "\(merged.stderr)")

        let documents = scratch.appendingPathComponent("documents")
        let only = try CLI.run([
            "merge", records.path, "--out", documents.path, "--format", formats, "--documents-only",
            "--decisions", decisions.path,
        ])
        #expect(only.status == 0, "\(only.stderr)")
        #expect(only.stderr.isEmpty, "\(only.stderr)")
        let ids = part.map { $0.deletingPathExtension().lastPathComponent }
        #expect(CLI.files(in: documents) == CLI.files(in: single).filter { ids.contains(String($0.prefix { $0 != "." })) })
        #expect(CLI.files(in: documents).count == 5 * part.count, "svg, its caption, dot, graphml and json for each article")
        for name in CLI.files(in: documents) {
            let expected = try Data(contentsOf: single.appendingPathComponent(name))
            #expect(try Data(contentsOf: documents.appendingPathComponent(name)) == expected, "\(name) differs")
        }
    }

    @Test func recordsAreCanonicalJSONOneLinePerArticle() throws {
        let corpus = try GeneratedCorpus.folder(50)
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try CLI.run(["extract", corpus.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == GeneratedCorpus.articles(in: corpus).count + 1)
        #expect(lines.last == "")
        #expect(lines.first?.hasPrefix(#"{"diagnostics":["#) == true)
        #expect(lines.first?.contains(#""format":"newsgraph.extraction/2""#) == true)
        // The bytes Python's json.dumps gives for the same value with sorted keys and no spaces.
        let records = scratch.appendingPathComponent("records.jsonl")
        try Data(result.stdout.utf8).write(to: records)
        let check = """
            import json, sys
            for number, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
                line = line.rstrip("\\n")
                again = json.dumps(json.loads(line), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
                if again != line:
                    sys.exit(f"line {number} is not canonical")
            """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", check, records.path]
        try python.run()
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)
    }

    @Test func badRecordsAreNamedByFileAndLineAndNothingIsWritten() throws {
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let article = scratch.appendingPathComponent("a1.txt")
        try Data("Norwegian Trade Minister Ana Lima met Swedish Trade Minister Tom Berg in Oslo on Monday.\n".utf8).write(
            to: article)
        let good = try CLI.run(["extract", article.path])
        #expect(good.status == 0, "\(good.stderr)")
        let goodLine = good.stdout

        let out = scratch.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("earlier\n".utf8).write(to: out.appendingPathComponent("all.json"))
        func merge(_ files: [String]) throws -> CLI.Result {
            try CLI.run(["merge"] + files + ["--out", out.path, "--format", "json,svg", "--name", "all"])
        }
        func file(_ name: String, _ text: String) throws -> String {
            let url = scratch.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            return url.path
        }
        let cases: [([String], String)] = [
            (["/no/such/records.jsonl"], "newsgraph: cannot read records /no/such/records.jsonl: no such file\n"),
            ([try file("notjson.jsonl", goodLine + "\nhello\n")], "notjson.jsonl:3: not JSON\n"),
            (
                [try file("other.jsonl", goodLine + #"{"nodes":[]}"# + "\n" + "also bad\n")],
                "other.jsonl:2: not a newsgraph extraction record (no 'format')\n"
            ),
            (
                [
                    try file(
                        "partial.jsonl",
                        #"{"format":"newsgraph.extraction/2","document":{"id":"x","path":"x.txt","title":"X"}}"# + "\n")
                ],
                "partial.jsonl:1: not a newsgraph extraction record (no 'entities')\n"
            ),
            (
                [
                    try file(
                        "future.jsonl",
                        goodLine.replacingOccurrences(of: "newsgraph.extraction/2", with: "newsgraph.extraction/9"))
                ],
                "future.jsonl:1: record format 'newsgraph.extraction/9' is not supported (this newsgraph reads newsgraph.extraction/2)\n"
            ),
            (
                [try file("twice.jsonl", goodLine)] + [try file("again.jsonl", goodLine)],
                "again.jsonl:1: the article 'a1' is also at "
            ),
            (["\(scratch.path)"], "newsgraph: cannot read records \(scratch.path): it is a folder, not a file\n"),
        ]
        for (files, expected) in cases {
            let result = try merge(files)
            #expect(result.status == 1, "\(files) was accepted")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(result.stderr.hasPrefix("newsgraph: cannot read records "), "\(result.stderr)")
            #expect(result.stderr.contains(expected), "\(result.stderr) lacks \(expected)")
            #expect(CLI.files(in: out) == ["all.json"], "\(files): output written")
            #expect(try String(contentsOf: out.appendingPathComponent("all.json"), encoding: .utf8) == "earlier\n")
        }
        let empty = try merge([try file("empty.jsonl", "\n")])
        #expect(empty.status == 1)
        #expect(empty.stderr.hasPrefix("newsgraph: no records to merge in "))

        // Blank lines and CRLF line ends are fine.
        let crlf = try merge([try file("crlf.jsonl", "\n" + goodLine.replacingOccurrences(of: "\n", with: "\r\n") + "\n")])
        #expect(crlf.status == 0, "\(crlf.stderr)")
        #expect(CLI.files(in: out) == ["all.caption.md", "all.json", "all.svg"])
    }

    @Test func extractReportsBadArticlesAndWritesTheRest() throws {
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Data("Tom Berg left Oslo on Tuesday.\n".utf8).write(to: scratch.appendingPathComponent("good.txt"))
        try Data([0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: scratch.appendingPathComponent("latin1.txt"))
        let records = scratch.appendingPathComponent("out/records.jsonl")
        let result = try CLI.run(["extract", scratch.path, "-o", records.path])
        #expect(result.status == 2)
        #expect(result.stderr == "newsgraph: cannot read article \(scratch.path)/latin1.txt: not UTF-8 (byte 0xE9 at offset 3)\n")
        let text = try String(contentsOf: records, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 1)
        #expect(text.contains(#""id":"good""#))

        let missing = try CLI.run(["extract", "/no/such/article.txt", "-o", scratch.appendingPathComponent("none.jsonl").path])
        #expect(missing.status == 1)
        #expect(missing.stderr == "newsgraph: cannot read article /no/such/article.txt: no such file or folder\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("none.jsonl").path))
    }
}
