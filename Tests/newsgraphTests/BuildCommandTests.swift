import Foundation
import Testing

/// The CLI as a user meets it: help, output files, and one line per bad input.
@Suite struct BuildCommandTests {
    let good = """
        Trade Talks Resume In Oslo
        Norwegian Trade Minister Ana Lima met Swedish Trade Minister Tom Berg in Oslo on Monday.
        Sweden threatened 20% tariffs on Norwegian salmon, and Lima condemned the 20% tariffs on Norwegian salmon.
        """

    func articles(_ files: [String: Data]) throws -> URL {
        let folder = try CLI.temporaryFolder()
        for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    @Test func helpExplainsTheCommands() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        for word in ["build", "render", "Typical use", "newsgraph build", "Exit codes"] { #expect(result.stdout.contains(word)) }
        let build = try CLI.run(["build", "--help"])
        #expect(build.stdout.contains("--per-document"))
    }

    /// The format names `--format` takes and the file names they give (each encoder's identifier
    /// as a user meets it).
    @Test func buildWritesEveryFormatForTheMergedGraphAndEachArticle() throws {
        let input = try articles(["a1.txt": Data(good.utf8), "a2.txt": Data("Tom Berg left Oslo on Tuesday.".utf8)])
        let out = try CLI.temporaryFolder()
        defer { for url in [input, out] { try? FileManager.default.removeItem(at: url) } }
        let result = try CLI.run([
            "build", input.path, "--out", out.path, "--format", "svg,dot,graphml,json,gexf,cyjs", "--per-document", "--name", "all",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let extensions = ["caption.md", "cyjs", "dot", "gexf", "graphml", "json", "style.json", "svg"]
        let expected = ["a1", "a2", "all"].flatMap { name in extensions.map { "\(name).\($0)" } }
        #expect(CLI.files(in: out) == expected.sorted())
        let json = try String(contentsOf: out.appendingPathComponent("all.json"), encoding: .utf8)
        #expect(json.contains("\"Ana Lima\""))
    }

    @Test func theSameArticlesGiveTheSameBytes() throws {
        let input = try articles(["a1.txt": Data(good.utf8)])
        let first = try CLI.temporaryFolder()
        let second = try CLI.temporaryFolder()
        defer { for url in [input, first, second] { try? FileManager.default.removeItem(at: url) } }
        for (out, jobs) in [(first, "1"), (second, "2")] {
            let result = try CLI.run(["build", input.path, "--out", out.path, "--format", "svg,dot,graphml,json", "--jobs", jobs])
            #expect(result.status == 0)
        }
        for name in CLI.files(in: first) {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between runs")
        }
    }

    @Test func aMissingInputIsOneLineAndNoOutput() throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run(["build", "/no/such/article.txt", "--out", out.path, "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stderr == "newsgraph: cannot read article /no/such/article.txt: no such file or folder\n")
        #expect(CLI.files(in: out).isEmpty)
    }

    @Test func badFilesAmongGoodOnesAreNamedAndTheRestProcessed() throws {
        let input = try articles([
            "good.txt": Data(good.utf8),
            "empty.txt": Data(),
            "binary.txt": Data([0x47, 0x49, 0x46, 0x00, 0x01]),
            "latin1.txt": Data([0x63, 0x61, 0x66, 0xE9, 0x0A]),
        ])
        let out = try CLI.temporaryFolder()
        defer { for url in [input, out] { try? FileManager.default.removeItem(at: url) } }
        let result = try CLI.run(["build", input.path, "--out", out.path, "--format", "json", "--name", "g"])
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.contains { $0.contains("binary.txt") && $0.contains("binary data (NUL byte at offset 3)") })
        #expect(lines.contains { $0.contains("empty.txt") && $0.contains("the file is empty") })
        #expect(lines.contains { $0.contains("latin1.txt") && $0.contains("not UTF-8 (byte 0xE9 at offset 3)") })
        #expect(CLI.files(in: out) == ["g.json"])
        let json = try String(contentsOf: out.appendingPathComponent("g.json"), encoding: .utf8)
        #expect(json.contains("\"good\""))
        #expect(!json.contains("\"binary\""))
    }

    /// README, "Exit codes": one bad article among good ones is told apart from nothing usable.
    @Test func exitCodesTellAPartialFailureFromATotalOne() throws {
        let input = try articles(["good.txt": Data(good.utf8), "latin1.txt": Data([0x63, 0x61, 0x66, 0xE9, 0x0A])])
        let out = try CLI.temporaryFolder()
        defer { for url in [input, out] { try? FileManager.default.removeItem(at: url) } }
        let good = input.appendingPathComponent("good.txt").path
        let bad = input.appendingPathComponent("latin1.txt").path
        let records = out.appendingPathComponent("records.jsonl").path
        func status(_ arguments: [String]) throws -> Int32 { try CLI.run(arguments).status }
        #expect(try status(["build", good, "--out", out.path, "--format", "json", "--name", "all"]) == 0)
        #expect(try status(["build", good, bad, "--out", out.path, "--format", "json", "--name", "some"]) == 2)
        #expect(try status(["extract", good, bad, "-o", records]) == 2)
        #expect(try status(["build", bad, "--out", out.path, "--format", "json", "--name", "none"]) == 1)
        #expect(try status(["extract", bad, "-o", out.appendingPathComponent("none.jsonl").path]) == 1)
        #expect(try status(["merge", records, "--out", out.path, "--format", "json", "--name", "merged"]) == 0)
        #expect(try status(["merge", good, "--out", out.path, "--format", "json", "--name", "merged"]) == 1)
        #expect(try status(["build", good, "--out", out.path, "--jobs", "0"]) == 64)
        #expect(try status(["build", good, "--out", out.path, "--no-such-option"]) == 64)
        #expect(CLI.files(in: out) == ["all.json", "merged.json", "records.jsonl", "some.json"])
    }

    @Test func aFolderWithoutArticlesIsRefused() throws {
        let input = try articles(["notes.md": Data("# notes".utf8)])
        let out = try CLI.temporaryFolder()
        defer { for url in [input, out] { try? FileManager.default.removeItem(at: url) } }
        let result = try CLI.run(["build", input.path, "--out", out.path])
        #expect(result.status == 1)
        #expect(result.stderr == "newsgraph: no articles in \(input.path): expected .txt files\n")
    }

    @Test func anOutputThatCannotBeWrittenIsOneLine() throws {
        let input = try articles(["a1.txt": Data(good.utf8)])
        defer { try? FileManager.default.removeItem(at: input) }
        let file = input.appendingPathComponent("a1.txt").path
        let onFile = try CLI.run(["build", input.path, "--out", file])
        #expect(onFile.status == 1)
        #expect(onFile.stderr == "newsgraph: cannot write to \(file): it is a file, not a folder\n")
        let inProc = try CLI.run(["build", input.path, "--out", "/proc/newsgraph-out"])
        #expect(inProc.status == 1)
        #expect(inProc.stderr.hasPrefix("newsgraph: cannot create output folder /proc/newsgraph-out: "))
        #expect(inProc.stderr.split(separator: "\n").count == 1)
    }

    @Test func anUnknownFormatIsRefusedBeforeAnyWork() throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run(["build", "-", "--out", out.path, "--format", "svg,pdf"], stdin: Data(good.utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown format 'pdf'"))
        #expect(CLI.files(in: out).isEmpty)
    }

    @Test func standardInputIsAnArticle() throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run(["build", "-", "--out", out.path, "--format", "json"], stdin: Data(good.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let json = try String(contentsOf: out.appendingPathComponent("graph.json"), encoding: .utf8)
        #expect(json.contains("\"id\" : \"stdin\"") || json.contains("\"id\": \"stdin\""))
    }

    @Test func hostileArticleTextComesOutEscapedInEveryFormat() throws {
        let hostile = """
            Acme <script>alert(1)</script> Inc. and the "Quote & Co" Group met in Oslo. Officials said "]]> \\N" was odd.
            Norwegian Trade Minister Ana <b>Lima</b> met Tom Berg.
            """
        let input = try articles(["h.txt": Data(hostile.utf8)])
        let out = try CLI.temporaryFolder()
        defer { for url in [input, out] { try? FileManager.default.removeItem(at: url) } }
        let result = try CLI.run(["build", input.path, "--out", out.path, "--format", "svg,dot,graphml,json", "--name", "h"])
        #expect(result.status == 0, "\(result.stderr)")
        for format in ["svg", "graphml"] {
            let text = try String(contentsOf: out.appendingPathComponent("h.\(format)"), encoding: .utf8)
            #expect(!text.contains("<script"), "\(format) carries a script element")
            #expect(!text.contains("<b>"), "\(format) carries markup from the article")
        }
        let svg = try String(contentsOf: out.appendingPathComponent("h.svg"), encoding: .utf8)
        #expect(svg.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil)
    }
}
