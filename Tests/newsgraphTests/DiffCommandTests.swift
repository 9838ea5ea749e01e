import Foundation
import Testing

/// `newsgraph diff` as a user runs it: on two builds of the seeds, on a graph against itself,
/// with its SVG, and on a file that is not a graph.
@Suite struct DiffCommandTests {
    /// The article left out of the older build.
    let article = "004_6edb10fc74c1f9b2"

    func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    func graph(_ url: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    func ids(_ list: Any?) -> [String] { ((list as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String } }

    /// The seeds without one article, then all five: the diff names that article as added, every
    /// entity and relation it brings (new ones, or old ones it also states), and nothing else.
    @Test func theSeedsWithoutOneArticleAgainstAllFive() throws {
        let repository = GeneratedCorpus.repository
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let four = scratch.appendingPathComponent("four")
        try FileManager.default.createDirectory(at: four, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("seeds").path)
        where name.hasSuffix(".txt") && !name.hasPrefix(article) {
            try FileManager.default.copyItem(
                at: repository.appendingPathComponent("seeds/\(name)"), to: four.appendingPathComponent(name))
        }
        for (input, out) in [(four.path, "old"), ("seeds", "new")] {
            let built = try CLI.run(
                ["build", input, "--out", scratch.appendingPathComponent(out).path, "--format", "json", "--name", "seeds"], in: repository)
            #expect(built.status == 0, "\(built.stderr)")
        }
        let old = scratch.appendingPathComponent("old/seeds.json").path
        let new = scratch.appendingPathComponent("new/seeds.json").path
        let result = try CLI.run(["diff", old, new, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let diff = try json(result.stdout)

        #expect(ids(diff["documentsAdded"]) == [article])
        for key in ["documentsRemoved", "entitiesRemoved", "relationsRemoved", "entitiesMoved", "mergesAdded", "mergesRemoved"] {
            #expect((diff[key] as? [Any])?.isEmpty == true, "\(key): \(diff[key] ?? "missing")")
        }
        // What the article brings, read from the full graph: the entities it mentions and the
        // relations it states.
        let full = try graph(URL(fileURLWithPath: new))
        let mentioned = Set(
            (full["nodes"] as! [[String: Any]]).filter { node in
                (node["mentions"] as! [[String: Any]]).contains { $0["document"] as? String == article }
            }.map { $0["id"] as! String })
        let stated = Set(
            (full["edges"] as! [[String: Any]]).filter { edge in
                (edge["evidence"] as! [[String: Any]]).contains { $0["document"] as? String == article }
            }.map { $0["id"] as! String })
        let entitiesAdded = diff["entitiesAdded"] as! [[String: Any]]
        let entitiesGrown = diff["entitySourcesChanged"] as! [[String: Any]]
        let relationsAdded = diff["relationsAdded"] as! [[String: Any]]
        let relationsGrown = diff["evidenceChanged"] as! [[String: Any]]
        #expect(!entitiesAdded.isEmpty && !relationsAdded.isEmpty)
        #expect(Set(ids(entitiesAdded) + entitiesGrown.map { ($0["entity"] as! [String: Any])["id"] as! String }) == mentioned)
        #expect(Set(ids(relationsAdded) + relationsGrown.map { ($0["relation"] as! [String: Any])["id"] as! String }) == stated)
        for item in entitiesAdded + relationsAdded { #expect(item["documents"] as? [String] == [article]) }
        for item in entitiesGrown + relationsGrown {
            #expect(item["addedDocuments"] as? [String] == [article])
            #expect(item["removedDocuments"] as? [String] == [])
        }

        // The Markdown and the drawing, twice: the same bytes.
        let svg = scratch.appendingPathComponent("changes.svg")
        let markdown = try CLI.run(["diff", old, new, "--svg", svg.path])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("## Articles added (1)"))
        #expect(markdown.stdout.contains("`\(article)`"))
        let drawing = try String(contentsOf: svg, encoding: .utf8)
        #expect(drawing.contains("Changes: double border or heavy line: added"))
        #expect(drawing.contains("peripheries") || drawing.contains("Added since the old graph"))
        let again = try CLI.run(["diff", old, new, "--svg", svg.path])
        #expect(again.stdout == markdown.stdout)
        #expect(try String(contentsOf: svg, encoding: .utf8) == drawing)
    }

    @Test func aGraphAgainstItselfReportsNoChange() throws {
        let seeds = GeneratedCorpus.repository.appendingPathComponent("Graphs/seeds.json").path
        let markdown = try CLI.run(["diff", seeds, seeds])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("No change"))
        let result = try CLI.run(["diff", seeds, seeds, "--format", "json"])
        let diff = try json(result.stdout)
        for (key, value) in diff { #expect((value as? [Any])?.isEmpty == true, "\(key)") }
    }

    /// A file that is not a graph: one line naming it, a failure, and neither file written.
    @Test func aFileThatIsNotAGraphIsNamedAndNothingIsWritten() throws {
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let bad = scratch.appendingPathComponent("notes.json")
        try Data("{\"hello\": 1}".utf8).write(to: bad)
        let seeds = GeneratedCorpus.repository.appendingPathComponent("Graphs/seeds.json").path
        let report = scratch.appendingPathComponent("changes.md")
        let svg = scratch.appendingPathComponent("changes.svg")
        let result = try CLI.run(["diff", seeds, bad.path, "-o", report.path, "--svg", svg.path])
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(lines.first?.contains(bad.path) == true)
        #expect(CLI.files(in: scratch) == ["notes.json"])
    }
}

/// `newsgraph compare` as a user runs it: on the seeds, twice, and on a file that is not a graph.
@Suite struct CompareCommandTests {
    @Test func theSeedsSpellingVariantsWithTheirArticles() throws {
        let seeds = GeneratedCorpus.repository.appendingPathComponent("Graphs/seeds.json").path
        let result = try CLI.run(["compare", seeds, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let comparison = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let findings = comparison["findings"] as! [[String: Any]]
        let names = findings.filter { $0["kind"] as? String == "names" }
        #expect(names.count >= 1)
        for finding in names {
            let sides = finding["sides"] as! [[String: Any]]
            #expect(sides.count >= 2)
            for side in sides { #expect(!(side["documents"] as! [String]).isEmpty) }
        }
        let markdown = try CLI.run(["compare", seeds])
        #expect(markdown.stdout.hasPrefix("# Where the sources differ: seeds.json"))
        #expect(try CLI.run(["compare", seeds]).stdout == markdown.stdout)
    }

    /// Two invented articles on one summit: the second names a minister once, with no role,
    /// under another given name; the resolver merges the two spellings and compare lists both.
    @Test func inventedArticlesWithAGarbledName() throws {
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let articles = scratch.appendingPathComponent("summit")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let texts = [
            "s1.txt": "Deputy Premier Zhao Mingyu will attend the Harbin summit on Monday. Zhao Mingyu said exports would recover.\n",
            "s2.txt": "Finance Minister Erik Dahl met Zhao Lihua at the Harbin summit.\n",
        ]
        for (name, text) in texts { try Data(text.utf8).write(to: articles.appendingPathComponent(name)) }
        let built = try CLI.run(["build", articles.path, "--out", scratch.path, "--format", "json", "--name", "summit"])
        #expect(built.status == 0, "\(built.stderr)")
        let result = try CLI.run(["compare", scratch.appendingPathComponent("summit.json").path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let comparison = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let findings = comparison["findings"] as! [[String: Any]]
        #expect(findings.map { $0["kind"] as? String } == ["names"])
        let sides = (findings.first?["sides"] as? [[String: Any]]) ?? []
        #expect(sides.map { $0["value"] as? String } == ["Zhao Lihua", "Zhao Mingyu"])
        #expect(sides.map { $0["documents"] as? [String] } == [["s2"], ["s1"]])
        #expect(findings.first?["sources"] as? Int == 2)
    }

    /// Three invented articles on one dispute, with a planted disagreement on a rate, on a
    /// truce's length and on the day of the talks, and a negotiator only one of them names.
    /// Every other number agrees ("about 25%" with "25%"), and nothing else is reported.
    @Test func inventedArticlesThatDisagreeOnNumbersAndDates() throws {
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let articles = scratch.appendingPathComponent("dispute")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let texts = [
            "d1.txt": """
                Norland imposed tariffs of 25% on steel imports from Vostra, officials said.
                Trade ministers will hold talks in Lisbon on Friday. The two sides agreed a 60-day truce on fishing quotas.
                Chief negotiator Mara Quell will attend the Lisbon talks.

                """,
            "d2.txt": """
                Norland imposed tariffs of 30% on steel imports from Vostra, the ministry said.
                Trade ministers will hold talks in Lisbon on Saturday. Both sides agreed a 90-day truce on fishing quotas.

                """,
            "d3.txt": """
                Norland's tariffs of about 25% on steel imports from Vostra took effect this week.
                Trade ministers will hold talks in Lisbon on Friday.

                """,
        ]
        for (name, text) in texts { try Data(text.utf8).write(to: articles.appendingPathComponent(name)) }
        let built = try CLI.run(["build", articles.path, "--out", scratch.path, "--format", "json", "--name", "dispute"])
        #expect(built.status == 0, "\(built.stderr)")
        let result = try CLI.run(["compare", scratch.appendingPathComponent("dispute.json").path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let comparison = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let findings = comparison["findings"] as! [[String: Any]]
        func sides(_ finding: [String: Any]) -> [String] {
            (finding["sides"] as! [[String: Any]]).map { side in
                "\(side["value"] as! String) \((side["documents"] as! [String]).joined(separator: ","))"
            }
        }
        let found = Dictionary(grouping: findings) { $0["kind"] as! String }
        #expect(found.keys.sorted() == ["claim", "dates", "numbers"], "\(result.stdout)")
        #expect(found["dates"].map { $0.map(sides) } == [["Friday d1,d3", "Saturday d2"]])
        #expect(Set(found["numbers"]?.map(sides) ?? []) == [["25% d1", "30% d2", "about 25% d3"], ["60 days d1", "90 days d2"]])
        #expect(found["claim"]?.first?["title"] as? String == "Mara Quell attends Lisbon talks")
        #expect(found["claim"].map { $0.map(sides) } == [["names Mara Quell d1", "never names Mara Quell d2,d3"]])
    }

    @Test func aFileThatIsNotAGraphIsNamedAndNothingIsWritten() throws {
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let bad = scratch.appendingPathComponent("notes.json")
        try Data("[1, 2]".utf8).write(to: bad)
        let result = try CLI.run(["compare", bad.path, "-o", scratch.appendingPathComponent("x.compare.md").path])
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(bad.path), "\(result.stderr)")
        #expect(CLI.files(in: scratch) == ["notes.json"])
    }
}
