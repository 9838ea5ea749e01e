import Foundation
import Testing

/// What a hostile user tried in issue 15: names that climb out of the output folder, control
/// characters in messages, hand-edited graphs, misleading messages, an article with nothing in it.
@Suite struct HostileInputTests {
    let good = "Norwegian Trade Minister Ana Lima met Swedish Trade Minister Tom Berg in Oslo on Monday.\n"

    /// A scratch folder holding `out/` (the output folder) and whatever the test writes beside it.
    func scratch() throws -> (root: URL, out: URL) {
        let root = try CLI.temporaryFolder()
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        return (root, out)
    }

    func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    // MARK: 1. Nothing outside the output folder

    @Test func aRecordWhoseIdClimbsOutOfTheFolderWritesNothing() throws {
        let (root, out) = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let article = try write(good, "a1.txt", in: root)
        // The id and every mention's and sentence's document, as an edit that means it would make them.
        let line = try CLI.run(["extract", article]).stdout.replacingOccurrences(of: #":"a1""#, with: #":"../PWNED""#)
        let records = try write(line, "r.jsonl", in: root)
        let before = CLI.files(in: root)
        let result = try CLI.run(["merge", records, "--out", out.path, "--per-document", "--format", "json,svg"])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "newsgraph: cannot read records: the article id '../PWNED' cannot name a file (it holds a '/' or '\\')\n")
        #expect(CLI.files(in: root) == before)
        #expect(CLI.files(in: out).isEmpty)
    }

    @Test func aNameThatIsNotOneFileNameIsRefused() throws {
        let (root, out) = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let article = try write(good, "a1.txt", in: root)
        for (name, reason) in [
            ("../../escaped", "it holds a '/' or '\\'"), ("", "it is empty"), (".hidden", "it starts with a dot"),
        ] {
            let result = try CLI.run(["build", article, "--out", out.path, "--name", name, "--format", "json,svg"])
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("Error: --name '\(name)' cannot name a file: \(reason)\n"), "\(result.stderr)")
            #expect(CLI.files(in: out).isEmpty)
        }
        #expect(CLI.files(in: root) == ["a1.txt", "out"])
    }

    @Test func anArticleWhoseIdIsHiddenGetsNoFilesOfItsOwn() throws {
        let (root, out) = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let hidden = try write(good, ".secret.txt", in: root)
        let plain = try write(good, "plain.txt", in: root)
        let result = try CLI.run([
            "build", hidden, plain, "--out", out.path, "--per-document", "--format", "json", "--name", "all",
        ])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "newsgraph: cannot write the graph of article \(hidden): its id '.secret' cannot name a file (it starts with a dot)\n"
        )
        #expect(CLI.files(in: out) == ["all.json", "plain.json"])
    }

    /// `extract --nameable-only` leaves such an article out as `build --per-document` does: the
    /// same message, and no record of it.
    @Test func extractCanLeaveOutAnArticleWhoseIdCannotNameAFile() throws {
        let (root, out) = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let hidden = try write(good, ".secret.txt", in: root)
        let plain = try write(good, "plain.txt", in: root)
        let records = out.appendingPathComponent("records.jsonl").path
        let result = try CLI.run(["extract", hidden, plain, "-o", records, "--nameable-only"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "newsgraph: cannot write the graph of article \(hidden): its id '.secret' cannot name a file (it starts with a dot)\n"
        )
        let lines = try String(contentsOfFile: records, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("\"id\":\"plain\"") == true)
    }

    // MARK: 4. Control characters in messages

    @Test func controlCharactersInMessagesAreEscaped() throws {
        let (root, out) = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let name = "no\nnewsgraph: all good\u{1B}[2K.txt"
        let missing = try CLI.run(["build", name, "--out", out.path])
        #expect(
            missing.stderr == "newsgraph: cannot read article no\\nnewsgraph: all good\\u{1B}[2K.txt: no such file or folder\n")

        let graph = try write(
            #"{"documents": [], "nodes": [], "edges": [], "x\n\u001b[2K": 1, "diagnostics": 5}"#, "g.json", in: root)
        let render = try CLI.run(["render", graph, "-o", out.appendingPathComponent("g.svg").path])
        #expect(render.stderr == "newsgraph: cannot read graph \(graph): diagnostics: expected a list\n")
        let key = try write(
            #"{"documents": [], "edges": [], "nodes": [{"id": "person:a", "type": "person", "label": "A", "aliases": [], "mentions": [], "attributes": {"x\n\u001b[2K": 1}}]}"#,
            "k.json", in: root)
        let keyed = try CLI.run(["render", key, "-o", out.appendingPathComponent("k.svg").path])
        #expect(
            keyed.stderr
                == "newsgraph: cannot read graph \(key): nodes[0].attributes: the name 'x\\n\\u{1B}[2K' is not an XML name token (letters, digits, '.', '-', '_', ':')\n"
        )

        let option = try CLI.run(["build", "a.txt", "--out", out.path, "--jobs", "\u{1B}[31mred"])
        #expect(option.stderr.hasPrefix("Error: The value '\\u{1B}[31mred' is invalid for '--jobs <jobs>'\n"), "\(option.stderr)")
        #expect(!option.stderr.contains("\u{1B}"))
    }

    // MARK: 7. Hand-edited JSON is checked whole before anything is written

    /// The graph `build` writes for `good`, as JSON objects to edit.
    func savedGraph(in root: URL) throws -> [String: Any] {
        let article = try write(good, "a1.txt", in: root)
        #expect(try CLI.run(["build", article, "--out", root.path, "--format", "json", "--name", "g"]).status == 0)
        return try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("g.json"))) as! [String: Any]
    }

    @Test func aGraphWithProblemsIsRefusedWholeWithEveryProblemNamed() throws {
        let (root, out) = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        var graph = try savedGraph(in: root)
        var nodes = graph["nodes"] as! [[String: Any]]
        var edges = graph["edges"] as! [[String: Any]]
        let firstID = nodes[0]["id"] as! String
        // An edge to a node that is not there, a node id twice, a negative offset, an id no XML
        // reader takes.
        edges[0]["target"] = "person:nobody"
        nodes.append(nodes[0])
        var mentions = nodes[1]["mentions"] as! [[String: Any]]
        mentions[0]["start"] = -4
        nodes[1]["mentions"] = mentions
        var spaced = nodes[0]
        spaced["id"] = "person:two words"
        nodes.append(spaced)
        graph["nodes"] = nodes
        graph["edges"] = edges
        let path = root.appendingPathComponent("edited.json")
        try JSONSerialization.data(withJSONObject: graph).write(to: path)

        let render = try CLI.run(["render", path.path, "--out", out.path, "--format", "svg,dot,graphml,json"])
        #expect(render.status == 1)
        let prefix = "newsgraph: cannot read graph \(path.path): "
        let lines = render.stderr.split(separator: "\n").map(String.init)
        #expect(
            Set(lines) == [
                prefix + "nodes[1].mentions[0]: start -4 is negative",
                prefix + "nodes[\(nodes.count - 2)].id: '\(firstID)' again (first at nodes[0])",
                prefix
                    + "nodes[\(nodes.count - 1)].id: 'person:two words' is not an XML name token (letters, digits, '.', '-', '_', ':'), as ids must be",
                prefix + "edges[0].target: no node has the id 'person:nobody'",
            ], "\(render.stderr)")
        #expect(CLI.files(in: out).isEmpty)

        let brief = try CLI.run(["brief", path.path, "-o", out.appendingPathComponent("b.html").path])
        #expect(brief.status == 1)
        #expect(brief.stderr == render.stderr)
        #expect(CLI.files(in: out).isEmpty)
    }

    // MARK: 8. Messages that say what is wrong

    @Test func messagesNameTheRealProblem() throws {
        let (root, out) = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        var graph = try savedGraph(in: root)
        let article = root.appendingPathComponent("a1.txt").path
        func firstLine(_ arguments: [String]) throws -> String {
            let result = try CLI.run(arguments)
            #expect(result.status != 0, "\(arguments) succeeded")
            return String(result.stderr.split(separator: "\n").first ?? "")
        }
        #expect(
            try firstLine(["build", article, "--out", out.path, "--lexicon", "/no/such.tsv"])
                == "Error: cannot use lexicon /no/such.tsv: no such file")
        #expect(
            try firstLine(["build", article, "--out", out.path, "--jobs", "-2"]) == "Error: --jobs must be at least 1, not -2")
        #expect(
            try firstLine(["build", article, "--out", out.path, "--max-nodes", "-1"])
                == "Error: --max-nodes must be at least 1, not -1")
        let saved = root.appendingPathComponent("g.json").path
        #expect(
            try firstLine([
                "render", saved, "--view", "ego:Ana Lima", "--depth", "-1", "-o", out.appendingPathComponent("x.svg").path,
            ])
                == "newsgraph: depth must be at least 0, not -1")
        #expect(
            try firstLine(["render", root.path, "-o", "x.svg"])
                == "newsgraph: cannot read graph \(root.path): it is a folder, not a file")
        let file = try write("x", "file", in: root)
        #expect(
            try firstLine(["build", article, "--out", file + "/sub"])
                == "newsgraph: cannot create output folder \(file)/sub: \(file) is a file, not a folder")

        var nodes = graph["nodes"] as! [[String: Any]]
        nodes[0]["type"] = "robot"
        graph["nodes"] = nodes
        let typed = root.appendingPathComponent("typed.json")
        try JSONSerialization.data(withJSONObject: graph).write(to: typed)
        #expect(
            try firstLine(["render", typed.path, "-o", "x.svg"])
                == "newsgraph: cannot read graph \(typed.path): nodes[0].type: unknown type 'robot' (choose person, agency, country, place, meeting, policy, commodity)"
        )
        let text = try String(contentsOfFile: saved, encoding: .utf8)
        let huge = try write(
            text.replacingOccurrences(of: #""start": 0"#, with: #""start": 1e300"#), "huge.json", in: root)
        #expect(try firstLine(["render", huge, "-o", "x.svg"]).contains(".start: 1e+300 is not a whole number of code points"))
        #expect(CLI.files(in: out).isEmpty)
    }

    @Test func articlesInSubfoldersAreRead() throws {
        let (root, out) = try scratch()
        let input = root.appendingPathComponent("in/2024")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try write(good, "deep.txt", in: input)
        let result = try CLI.run(["build", root.appendingPathComponent("in").path, "--out", out.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("in.json"), encoding: .utf8).contains("\"deep\""))
    }

    // MARK: 9. No silent loss

    @Test func anArticleWithNoEntityIsReported() throws {
        let (root, out) = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let empty = try write("it was a quiet day and nothing happened.\n", "quiet.txt", in: root)
        let warning =
            "newsgraph: warning: article \(empty): no entity found (no person, body, country, place, meeting, policy or commodity)\n"
        let build = try CLI.run(["build", empty, "--out", out.path, "--format", "json"])
        #expect(build.status == 0)
        #expect(build.stderr == warning)
        let extract = try CLI.run(["extract", empty])
        #expect(extract.status == 0)
        #expect(extract.stderr == warning)
    }
}
