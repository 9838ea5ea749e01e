import Foundation
import Testing

/// Decisions files as a user meets them: `build`, `merge` and `render` with `--decisions`, the
/// `decisions.tsv` beside the articles, `review`'s lines pasted back, byte-stable output, and
/// one line per bad decision with nothing written.
@Suite struct DecisionCommandTests {
    let formats = "svg,dot,graphml,json,gexf,cyjs"

    /// Two officials of one family at one summit (a source names the second once, with no
    /// role: the resolver merges them), a company written two ways, a club the text makes a
    /// place and page furniture read as a person.
    let articles = [
        "summit1.txt":
            "Deputy Premier Zhao Mingyu will attend the Harbin summit on Monday. Zhao Mingyu said exports would recover.\n",
        "summit2.txt": "Finance Minister Erik Dahl met Zhao Lihua at the Harbin summit.\n",
        "ferry1.txt": "The Halden Shipping Company said on Monday it would open a route to Tallinn.\n",
        "ferry2.txt":
            "Halden Shipping Co. added two ships to its Tallinn route, said Mona Berg, chief executive of Halden Shipping Co.\n",
        "club.txt":
            "Supporters in Kvarnby Hawks celebrated on Sunday after the match in Bergen. Mayor Lina Holm of Bergen met the players.\n",
        "oslo.txt":
            "Trade Minister Ana Lima met Swedish Trade Minister Tom Berg in Oslo on Monday. Click Here To Subscribe said Tom Berg.\n",
    ]

    /// One decision of every kind.
    let everyKind = """
        # Checked against the sources.
        different\tZhao Lihua\tZhao Mingyu\ttwo officials: the source names both
        same\t"Halden Shipping Company"\t"Halden Shipping Co."\tone firm
        type "Kvarnby Hawks" agency a football club
        label\tperson:tom-berg\tTomas Berg
        drop "Click Here To Subscribe" page furniture
        edge-drop\tTom Berg\trepresents\tSweden\the is Norwegian

        """

    func corpus(_ extra: [String: String] = [:]) throws -> URL {
        let folder = try CLI.temporaryFolder()
        for (name, text) in articles.merging(extra, uniquingKeysWith: { _, new in new }) {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    func write(_ text: String, to folder: URL, as name: String = "decisions.tsv") throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func json(_ url: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    func nodes(_ graph: [String: Any]) -> [[String: Any]] { graph["nodes"] as! [[String: Any]] }

    func labels(_ graph: [String: Any], _ type: String) -> [String] {
        nodes(graph).filter { $0["type"] as? String == type }.map { $0["label"] as! String }.sorted()
    }

    func expectSameFiles(_ a: URL, _ b: URL, _ context: String) throws {
        #expect(CLI.files(in: a) == CLI.files(in: b), "\(context): different files")
        #expect(!CLI.files(in: a).isEmpty, "\(context): no files")
        for name in CLI.files(in: a) {
            let left = try Data(contentsOf: a.appendingPathComponent(name))
            let right = try Data(contentsOf: b.appendingPathComponent(name))
            #expect(left == right, "\(context): \(name) differs")
        }
    }

    @Test func buildAppliesEveryKindAndTheCaptionAndBriefSayWhy() throws {
        let input = try corpus()
        let scratch = try CLI.temporaryFolder()
        defer { for url in [input, scratch] { try? FileManager.default.removeItem(at: url) } }
        let file = try write(everyKind, to: scratch, as: "checked.tsv")
        let out = scratch.appendingPathComponent("out")
        let result = try CLI.run([
            "build", input.path, "--out", out.path, "--format", formats, "--name", "g", "--decisions", file,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let graph = try json(out.appendingPathComponent("g.json"))
        #expect(
            labels(graph, "person") == [
                "Ana Lima", "Erik Dahl", "Lina Holm", "Mona Berg", "Tomas Berg", "Zhao Lihua", "Zhao Mingyu",
            ])
        #expect(labels(graph, "agency").contains("Kvarnby Hawks"))
        #expect(labels(graph, "agency").filter { $0.hasPrefix("Halden") }.count == 1)
        #expect(!labels(graph, "place").contains("Kvarnby Hawks"))
        let edges = (graph["edges"] as! [[String: Any]]).map { $0["id"] as! String }
        #expect(edges.contains("person:zhao-lihua--attends--meeting:harbin-summit"))
        #expect(!edges.contains { $0.hasPrefix("person:tomas-berg--represents") })
        #expect(edges.contains("person:tomas-berg--attends--meeting:oslo-talks"))
        let decided = (graph["diagnostics"] as! [[String: Any]]).compactMap { $0["decision"] as? [String: Any] }
        #expect(decided.map { "\($0["file"]!):\($0["line"]!)" }.sorted() == (2...7).map { "checked.tsv:\($0)" })

        let caption = try String(contentsOf: out.appendingPathComponent("g.caption.md"), encoding: .utf8)
        #expect(caption.contains("## Analyst decisions"))
        #expect(
            caption.contains(
                "- checked.tsv:2: kept 'Zhao Lihua' and 'Zhao Mingyu' apart, as decided: two officials: the source names both; without the decision the resolver would have merged 'Zhao Lihua' into 'Zhao Mingyu'"
            ))
        let brief = scratch.appendingPathComponent("g.html")
        let briefRun = try CLI.run(["brief", out.appendingPathComponent("g.json").path, "-o", brief.path])
        #expect(briefRun.status == 0, "\(briefRun.stderr)")
        let html = try String(contentsOf: brief, encoding: .utf8)
        #expect(html.contains("<h2>Analyst decisions</h2>"))
        #expect(
            html.contains(
                "<td>checked.tsv:2</td><td>different &quot;Zhao Lihua&quot; &quot;Zhao Mingyu&quot; two officials: the source names both</td>"
            ))
        #expect(html.contains("decided: checked.tsv:2 different"))
        #expect(html.contains("Shaped by analyst decisions: checked.tsv:2: kept"))
    }

    @Test func anEmptyDecisionsFileChangesNoByte() throws {
        let input = try corpus()
        let scratch = try CLI.temporaryFolder()
        defer { for url in [input, scratch] { try? FileManager.default.removeItem(at: url) } }
        let empty = try write("# nothing decided yet\n\n", to: scratch, as: "empty.tsv")
        let plain = scratch.appendingPathComponent("plain")
        let given = scratch.appendingPathComponent("given")
        let beside = scratch.appendingPathComponent("beside")
        let common = ["--format", formats, "--per-document", "--name", "g"]
        #expect(try CLI.run(["build", input.path, "--out", plain.path] + common).status == 0)
        #expect(try CLI.run(["build", input.path, "--out", given.path, "--decisions", empty] + common).status == 0)
        _ = try write("", to: input)
        let picked = try CLI.run(["build", input.path, "--out", beside.path] + common)
        #expect(picked.status == 0)
        #expect(
            picked.stderr
                == "newsgraph: applying the decisions in \(input.path)/decisions.tsv (--decisions FILE to use another)\n")
        try expectSameFiles(plain, given, "without and with an empty --decisions file")
        try expectSameFiles(plain, beside, "without and with an empty decisions.tsv")
        // The decisions do change the graph: this test compares what can differ.
        let decided = scratch.appendingPathComponent("decided")
        #expect(
            try CLI.run(["build", input.path, "--out", decided.path, "--decisions", try write(everyKind, to: scratch)] + common)
                .status == 0)
        #expect(
            try Data(contentsOf: plain.appendingPathComponent("g.json"))
                != Data(contentsOf: decided.appendingPathComponent("g.json")))
    }

    @Test func decisionsBesideTheArticlesArePickedUpAndGivenFilesReplaceThem() throws {
        let input = try corpus()
        let scratch = try CLI.temporaryFolder()
        defer { for url in [input, scratch] { try? FileManager.default.removeItem(at: url) } }
        _ = try write("different\tZhao Lihua\tZhao Mingyu\ttwo officials\n", to: input)
        let out = scratch.appendingPathComponent("beside")
        let result = try CLI.run(["build", input.path, "--out", out.path, "--format", "json", "--name", "g"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(labels(try json(out.appendingPathComponent("g.json")), "person").contains("Zhao Lihua"))
        let other = try write("label\tZhao Mingyu\tZhao Mingyu (deputy premier)\n", to: scratch, as: "other.tsv")
        let replaced = scratch.appendingPathComponent("replaced")
        let second = try CLI.run([
            "build", input.path, "--out", replaced.path, "--format", "json", "--name", "g", "--decisions", other,
        ])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.isEmpty)
        let people = labels(try json(replaced.appendingPathComponent("g.json")), "person")
        #expect(people.contains("Zhao Mingyu (deputy premier)"))
        #expect(!people.contains("Zhao Lihua"))
    }

    @Test func outputBytesWithDecisionsDoNotDependOnTheThreadCount() throws {
        let input = try corpus()
        let scratch = try CLI.temporaryFolder()
        defer { for url in [input, scratch] { try? FileManager.default.removeItem(at: url) } }
        let file = try write(everyKind, to: scratch)
        for jobs in ["1", "3"] {
            let result = try CLI.run([
                "build", input.path, "--out", scratch.appendingPathComponent("jobs\(jobs)").path, "--format", formats,
                "--per-document", "--name", "g", "--jobs", jobs, "--decisions", file,
            ])
            #expect(result.status == 0, "\(result.stderr)")
        }
        try expectSameFiles(scratch.appendingPathComponent("jobs1"), scratch.appendingPathComponent("jobs3"), "--jobs 1 and 3")
    }

    @Test func mergeWithTheDecisionsWritesWhatBuildWrites() throws {
        let input = try corpus()
        let scratch = try CLI.temporaryFolder()
        defer { for url in [input, scratch] { try? FileManager.default.removeItem(at: url) } }
        let file = try write(everyKind, to: scratch)
        let built = scratch.appendingPathComponent("built")
        let merged = scratch.appendingPathComponent("merged")
        let records = scratch.appendingPathComponent("records.jsonl").path
        let common = ["--format", formats, "--per-document", "--name", "g", "--decisions", file]
        #expect(try CLI.run(["build", input.path, "--out", built.path] + common).status == 0)
        #expect(try CLI.run(["extract", input.path, "-o", records]).status == 0)
        let result = try CLI.run(["merge", records, "--out", merged.path] + common)
        #expect(result.status == 0, "\(result.stderr)")
        try expectSameFiles(built, merged, "build and merge with one decisions file")
    }

    @Test func eachBadDecisionIsOneLineANonZeroExitAndNoFile() throws {
        let input = try corpus()
        let scratch = try CLI.temporaryFolder()
        defer { for url in [input, scratch] { try? FileManager.default.removeItem(at: url) } }
        let records = scratch.appendingPathComponent("records.jsonl").path
        #expect(try CLI.run(["extract", input.path, "-o", records]).status == 0)
        let saved = scratch.appendingPathComponent("saved")
        #expect(try CLI.run(["build", input.path, "--out", saved.path, "--format", "json", "--name", "g"]).status == 0)
        let cases: [(String, String)] = [
            ("# unknown\nsame\tZhao Mingyu\tZhao Minyu\tone person\n", "2: no entity is named 'Zhao Minyu' (close: Zhao Mingyu)"),
            (
                "different\tZhao Lihua\tZhao Mingyu\ttwo\nsame\tZhao Mingyu\tZhao Lihua\tone\n",
                "2: contradicts PATH:1 (different \"Zhao Lihua\" \"Zhao Mingyu\" two): 'Zhao Mingyu' and 'Zhao Lihua' cannot be both one entity and two"
            ),
            (
                "merge\tZhao Lihua\tZhao Mingyu\n",
                "1: unknown decision 'merge' (choose same, different, type, label, drop or edge-drop)"
            ),
        ]
        for (index, (text, message)) in cases.enumerated() {
            let file = try write(text, to: scratch, as: "bad\(index).tsv")
            let expected = "newsgraph: cannot use decisions \(file):\(message.replacingOccurrences(of: "PATH", with: file))\n"
            for command in [
                ["build", input.path, "--format", formats, "--per-document"],
                ["merge", records, "--format", formats, "--per-document"],
                ["render", saved.appendingPathComponent("g.json").path, "--format", "svg,json"],
            ] {
                let out = scratch.appendingPathComponent("out-\(index)-\(command[0])")
                let result = try CLI.run(command + ["--out", out.path, "--decisions", file])
                #expect(result.status != 0, "\(command[0]): \(text)")
                // render names a graph's entity its own way, but says the same of a bad line.
                if command[0] != "render" || index != 0 { #expect(result.stderr == expected, "\(command[0])") }
                #expect(result.stderr.split(separator: "\n").count == 1, "\(command[0]): \(result.stderr)")
                #expect(result.stderr.contains("\(file):"), "\(command[0])")
                #expect(!FileManager.default.fileExists(atPath: out.path), "\(command[0]) wrote \(CLI.files(in: out))")
            }
        }
        let missing = try CLI.run([
            "build", input.path, "--out", scratch.appendingPathComponent("x").path, "--decisions", "/no/such.tsv",
        ])
        #expect(missing.stderr == "newsgraph: cannot use decisions /no/such.tsv: no such file\n")
        #expect(missing.status != 0)
    }

    @Test func renderAppliesDecisionsToASavedGraphButCannotSplitANode() throws {
        let input = try corpus()
        let scratch = try CLI.temporaryFolder()
        defer { for url in [input, scratch] { try? FileManager.default.removeItem(at: url) } }
        let saved = scratch.appendingPathComponent("saved")
        #expect(try CLI.run(["build", input.path, "--out", saved.path, "--format", "json", "--name", "g"]).status == 0)
        let file = try write("type\tKvarnby Hawks\tagency\tclub\ndrop\tClick Here To Subscribe\tjunk\n", to: scratch)
        let out = scratch.appendingPathComponent("rendered")
        let result = try CLI.run([
            "render", saved.appendingPathComponent("g.json").path, "--format", "json,svg", "--out", out.path, "--decisions", file,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let graph = try json(out.appendingPathComponent("g.json"))
        #expect(labels(graph, "agency").contains("Kvarnby Hawks"))
        #expect(!labels(graph, "person").contains("Click Here To Subscribe"))
        let caption = try String(contentsOf: out.appendingPathComponent("g.caption.md"), encoding: .utf8)
        #expect(caption.contains("- decisions.tsv:1: typed 'Kvarnby Hawks' as agency (was place), as decided: club"))

        let split = try write("different\tZhao Lihua\tZhao Mingyu\ttwo\n", to: scratch, as: "split.tsv")
        let refused = scratch.appendingPathComponent("refused")
        let failed = try CLI.run([
            "render", saved.appendingPathComponent("g.json").path, "--out", refused.path, "--decisions", split,
        ])
        #expect(failed.status != 0)
        #expect(
            failed.stderr
                == "newsgraph: cannot use decisions \(split):1: 'Zhao Lihua' and 'Zhao Mingyu' are one node in this graph (person:zhao-mingyu): a saved graph cannot be split; build or merge again with the decisions\n"
        )
        #expect(!FileManager.default.fileExists(atPath: refused.path))
    }

    @Test func reviewLinesPasteIntoADecisionsFile() throws {
        let input = try corpus()
        let scratch = try CLI.temporaryFolder()
        defer { for url in [input, scratch] { try? FileManager.default.removeItem(at: url) } }
        let out = scratch.appendingPathComponent("out")
        #expect(try CLI.run(["build", input.path, "--out", out.path, "--format", "json", "--name", "g"]).status == 0)
        let review = try CLI.run(["review", out.appendingPathComponent("g.json").path])
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout.hasPrefix("# Review of g.json\n"))
        #expect(review.stdout.contains("## Merges made (1)"))
        let block = try #require(review.stdout.components(separatedBy: "```\n").dropFirst().first)
        #expect(
            block.components(separatedBy: "\n").dropFirst().joined(separator: "\n")
                == "different \"Zhao Lihua\" \"Zhao Mingyu\" reviewed: two people\n# same \"Zhao Lihua\" \"Zhao Mingyu\" reviewed: one person\n"
        )
        // Pasted whole, comments and all, it keeps the two apart at the next build.
        _ = try write(block, to: input)
        let again = scratch.appendingPathComponent("again")
        let rebuilt = try CLI.run(["build", input.path, "--out", again.path, "--format", "json", "--name", "g"])
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(labels(try json(again.appendingPathComponent("g.json")), "person").contains("Zhao Lihua"))
        let second = try CLI.run(["review", again.appendingPathComponent("g.json").path])
        #expect(second.stdout.contains("## Merges made (0)"))
        #expect(
            second.stdout.contains("## Decisions applied (1)\n\n- decisions.tsv:2: kept 'Zhao Lihua' and 'Zhao Mingyu' apart"))
    }

    @Test func decisionTextIsEscapedInTheCaptionAndTheBrief() throws {
        let input = try corpus()
        let scratch = try CLI.temporaryFolder()
        defer { for url in [input, scratch] { try? FileManager.default.removeItem(at: url) } }
        let file = try write("different\tZhao Lihua\tZhao Mingyu\t<script>alert(1)</script> & <b>two</b>\n", to: scratch)
        let out = scratch.appendingPathComponent("out")
        #expect(
            try CLI.run(["build", input.path, "--out", out.path, "--format", "json,svg", "--name", "g", "--decisions", file])
                .status == 0)
        let brief = scratch.appendingPathComponent("g.html")
        #expect(try CLI.run(["brief", out.appendingPathComponent("g.json").path, "-o", brief.path]).status == 0)
        let html = try String(contentsOf: brief, encoding: .utf8)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>two"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;two&lt;/b&gt;"))
        let caption = try String(contentsOf: out.appendingPathComponent("g.caption.md"), encoding: .utf8)
        #expect(caption.contains(#"\<script\>alert(1)\</script\> \& \<b\>two\</b\>"#))
        let svg = try String(contentsOf: out.appendingPathComponent("g.svg"), encoding: .utf8)
        #expect(!svg.contains("<script"))
    }

    /// The seeds with the example decisions file: the garbled-name merge refused.
    @Test func theSeedsExampleKeepsHeJiankuiApartAndSaysWhy() throws {
        let repository = GeneratedCorpus.repository
        let decisions = repository.appendingPathComponent("docs/examples/seeds.decisions.tsv").path
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let plain = try CLI.run(
            ["build", "seeds", "--out", scratch.appendingPathComponent("plain").path, "--format", "json", "--name", "seeds"],
            in: repository)
        #expect(plain.status == 0, "\(plain.stderr)")
        let before = try json(scratch.appendingPathComponent("plain/seeds.json"))
        #expect(labels(before, "person").filter { $0.hasPrefix("He ") } == ["He Lifeng"])
        #expect((before["diagnostics"] as! [[String: Any]]).contains { $0["id"] as? String == "merge.garbled-name" })

        let out = scratch.appendingPathComponent("decided")
        let result = try CLI.run(
            ["build", "seeds", "--out", out.path, "--format", "json,svg", "--name", "seeds", "--decisions", decisions],
            in: repository)
        #expect(result.status == 0, "\(result.stderr)")
        let graph = try json(out.appendingPathComponent("seeds.json"))
        #expect(labels(graph, "person").filter { $0.hasPrefix("He ") } == ["He Jiankui", "He Lifeng"])
        #expect(!(graph["diagnostics"] as! [[String: Any]]).contains { $0["id"] as? String == "merge.garbled-name" })
        let jiankui = try #require(nodes(graph).first { $0["label"] as? String == "He Jiankui" })
        #expect((jiankui["attributes"] as? [String: Any])?["decisions"] as? [String] == ["seeds.decisions.tsv:10 different"])
        let caption = try String(contentsOf: out.appendingPathComponent("seeds.caption.md"), encoding: .utf8)
        #expect(
            caption.contains(
                "- seeds.decisions.tsv:10: kept 'He Jiankui' and 'He Lifeng' apart, as decided: not merged on inference"))
        #expect(caption.contains("without the decision the resolver would have merged 'He Jiankui' into 'He Lifeng'"))
        let brief = scratch.appendingPathComponent("seeds.html")
        #expect(try CLI.run(["brief", out.appendingPathComponent("seeds.json").path, "-o", brief.path]).status == 0)
        let html = try String(contentsOf: brief, encoding: .utf8)
        #expect(html.contains("<td>seeds.decisions.tsv:10</td>"))
        #expect(html.contains("He Jiankui<br><span class=\"aliases\">decided: seeds.decisions.tsv:10 different</span>"))
    }
}
