import Foundation
import Testing

/// Stories as a user meets them: `build` groups a corpus into stories in every format, the
/// default diagram draws what connects and names the rest in its caption, and
/// `render --view stories` and `brief --view stories` draw each story. Articles invented here.
@Suite struct StoryCommandTests {
    /// Talks on salmon quotas in Oslo, in two articles.
    static let oslo = [
        "a1.txt": """
        Fisheries Talks Open In Oslo
        Norwegian Fisheries Minister Ana Lima met Icelandic Fisheries Minister Tom Berg in Oslo on Monday for talks on salmon quotas.
        Lima said the Oslo talks would continue on Tuesday.
        """,
        "a2.txt": """
        Salmon Quota Talks Continue
        Norwegian Fisheries Minister Ana Lima met Icelandic Fisheries Minister Tom Berg again at the Oslo talks on Tuesday.
        Berg said Iceland wanted a larger salmon quota.
        """,
    ]

    /// A copper tariff between Chile and Peru, in two articles, the second naming two bodies
    /// nothing relates to anything.
    static let copper = [
        "b1.txt": """
        Chile Threatens Copper Tariff
        Chilean President Juan Soto threatened a 30% tariff on Peruvian copper on Wednesday.
        Peru condemned the 30% tariff on Peruvian copper.
        """,
        "b2.txt": """
        Copper Dispute Deepens
        Chilean President Juan Soto met Peruvian President Eva Ruiz in Lima on Thursday.
        Soto defended the 30% tariff on Peruvian copper, and the Lima talks ended without agreement.
        The Kremlin and the World Bank were not mentioned again.
        """,
    ]

    /// `count` articles that each say Ana Lima, of the Oslo story, attended the Lima talks of
    /// the copper story.
    static func bridge(_ count: Int) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: (1...count).map {
                (
                    "c\($0).txt",
                    "Minister At Lima Talks\nNorwegian Fisheries Minister Ana Lima attended the Lima talks on Friday.\n"
                )
            })
    }

    func folder(_ files: [String: String]) throws -> URL {
        let folder = try CLI.temporaryFolder()
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    /// Builds `files` as JSON and SVG into a new folder, named "news".
    func build(_ files: [String: String], _ extra: [String] = []) throws -> URL {
        let input = try folder(files)
        defer { try? FileManager.default.removeItem(at: input) }
        return try build(input, extra)
    }

    /// Builds the articles in `input` as JSON and SVG into a new folder, named "news".
    func build(_ input: URL, _ extra: [String] = []) throws -> URL {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["build", input.path, "--out", out.path, "--format", "json,svg", "--name", "news"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return out
    }

    /// The stories of a built graph: each story's entity ids and document ids.
    func stories(in out: URL) throws -> [(entities: Set<String>, documents: [String])] {
        let data = try Data(contentsOf: out.appendingPathComponent("news.json"))
        let graph = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let stories = try #require(graph["stories"] as? [[String: Any]])
        return stories.map { (Set($0["entities"] as? [String] ?? []), $0["documents"] as? [String] ?? []) }
    }

    @Test func twoUnrelatedStoriesInOneBuildAreTwoStories() throws {
        let out = try build(Self.oslo.merging(Self.copper) { a, _ in a })
        defer { try? FileManager.default.removeItem(at: out) }
        let stories = try stories(in: out)
        #expect(stories.count == 2)
        let oslo = try #require(stories.first { $0.entities.contains("person:ana-lima") })
        let copper = try #require(stories.first { $0.entities.contains("person:juan-soto") })
        #expect(oslo.documents == ["a1", "a2"])
        #expect(copper.documents == ["b1", "b2"])
        #expect(oslo.entities.isSuperset(of: ["person:tom-berg", "meeting:oslo-talks", "country:norway", "country:iceland"]))
        #expect(copper.entities.isSuperset(of: ["person:eva-ruiz", "meeting:lima-talks", "country:chile", "country:peru"]))
        #expect(oslo.entities.isDisjoint(with: copper.entities))
        // Bodies no relation names are in no story.
        #expect(!stories.contains { $0.entities.contains("agency:kremlin") })
    }

    @Test func aBridgePersonJoinsTwoStoriesOnlyWhenEnoughArticlesSaySo() throws {
        // The stories hold 8 entities each: 64 pairs, so the bridge needs more than 64/20 = 3.2
        // articles (StoryGrouping's rule). Three leave Ana Lima in her own story; four join them.
        let corpus = Self.oslo.merging(Self.copper) { a, _ in a }
        let three = try build(corpus.merging(Self.bridge(3)) { a, _ in a })
        let four = try build(corpus.merging(Self.bridge(4)) { a, _ in a })
        defer { for url in [three, four] { try? FileManager.default.removeItem(at: url) } }
        let apart = try stories(in: three)
        #expect(apart.map(\.entities.count).sorted() == [8, 8])
        #expect(apart.first { $0.entities.contains("person:ana-lima") }?.entities.contains("meeting:oslo-talks") == true)
        #expect(apart.first { $0.entities.contains("person:ana-lima") }?.entities.contains("meeting:lima-talks") == false)
        // Four put her with the copper story: her own side of the Oslo talks goes with her.
        let joined = try stories(in: four)
        let hers = try #require(joined.first { $0.entities.contains("person:ana-lima") })
        #expect(hers.entities.isSuperset(of: ["meeting:lima-talks", "person:juan-soto", "meeting:oslo-talks"]))
    }

    @Test func entitiesWithoutARelationAreNamedInTheCaptionNotDrawn() throws {
        let out = try build(Self.copper)
        let all = try build(Self.copper, ["--include-isolated"])
        defer { for url in [out, all] { try? FileManager.default.removeItem(at: url) } }
        let caption = try String(contentsOf: out.appendingPathComponent("news.caption.md"), encoding: .utf8)
        #expect(caption.contains("Also mentioned, with no relation in this view (not drawn): Kremlin; World Bank."))
        let svg = try String(contentsOf: out.appendingPathComponent("news.svg"), encoding: .utf8)
        #expect(!svg.contains(">Kremlin</text>") && svg.contains(">Juan Soto</text>"))
        // Asked for, they are drawn, and the caption does not set them aside.
        let drawn = try String(contentsOf: all.appendingPathComponent("news.svg"), encoding: .utf8)
        #expect(drawn.contains(">Kremlin</text>") && drawn.contains(">World Bank</text>"))
        let allCaption = try String(contentsOf: all.appendingPathComponent("news.caption.md"), encoding: .utf8)
        #expect(!allCaption.contains("Also mentioned"))
        // Data formats keep every entity: only drawings set some aside.
        let graphML = out.appendingPathComponent("again.graphml")
        let render = try CLI.run(["render", out.appendingPathComponent("news.json").path, "--format", "graphml", "-o", graphML.path])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(try String(contentsOf: graphML, encoding: .utf8).contains(">Kremlin</data>"))
    }

    @Test func theStoriesViewDrawsAnOverviewAndEachStoryTheSameBytesEveryTime() throws {
        // The same folder twice: documents keep the path they were given.
        let input = try folder(Self.oslo.merging(Self.copper) { a, _ in a })
        defer { try? FileManager.default.removeItem(at: input) }
        var outputs: [[String: Data]] = []
        for jobs in ["1", "2"] {
            let out = try build(input, ["--jobs", jobs])
            defer { try? FileManager.default.removeItem(at: out) }
            let json = out.appendingPathComponent("news.json").path
            let result = try CLI.run(["render", json, "--view", "stories", "--format", "svg,dot", "--out", out.path])
            #expect(result.status == 0, "\(result.stderr)")
            var files: [String: Data] = [:]
            for name in CLI.files(in: out) { files[name] = try Data(contentsOf: out.appendingPathComponent(name)) }
            outputs.append(files)
        }
        let names = outputs[0].keys.sorted()
        #expect(
            names.filter { $0.contains("stor") } == [
                "news.stories.caption.md", "news.stories.dot", "news.stories.svg",
                "news.story-meeting-oslo-talks.caption.md", "news.story-meeting-oslo-talks.dot", "news.story-meeting-oslo-talks.svg",
                "news.story-policy-30-tariff-on-peruvian-copper.caption.md", "news.story-policy-30-tariff-on-peruvian-copper.dot",
                "news.story-policy-30-tariff-on-peruvian-copper.svg",
            ])
        let differing = names.filter { outputs[0][$0] != outputs[1][$0] }
        #expect(differing.isEmpty, "these files differ between runs with --jobs 1 and 2: \(differing)")
        // One Graphviz cluster per story, titled.
        let dot = String(decoding: outputs[0]["news.stories.dot"] ?? Data(), as: UTF8.self)
        #expect(dot.components(separatedBy: "subgraph \"cluster_story-").count - 1 == 2)
        let svg = String(decoding: outputs[0]["news.stories.svg"] ?? Data(), as: UTF8.self)
        #expect(svg.components(separatedBy: "class=\"cluster\"").count - 1 == 2)
        #expect(svg.contains("Ana Lima, Tom Berg: Oslo talks"))
        let story = String(decoding: outputs[0]["news.story-meeting-oslo-talks.svg"] ?? Data(), as: UTF8.self)
        #expect(story.contains(">Story: Ana Lima, Tom Berg: Oslo talks</text>") && !story.contains(">Juan Soto</text>"))
    }

    @Test func theStoriesViewNeedsAFolderAndAKnownStory() throws {
        let out = try build(Self.oslo)
        defer { try? FileManager.default.removeItem(at: out) }
        let json = out.appendingPathComponent("news.json").path
        let toFile = try CLI.run(["render", json, "--view", "stories", "-o", out.appendingPathComponent("x.svg").path])
        #expect(toFile.status != 0)
        #expect(toFile.stderr == "newsgraph: --view stories writes a diagram per story: give --out FOLDER, not -o\n")
        let unknown = try CLI.run(["render", json, "--view", "story:nothing", "-o", out.appendingPathComponent("x.svg").path])
        #expect(unknown.status != 0)
        #expect(unknown.stderr == "newsgraph: no story 'nothing' in the graph (stories: story-meeting-oslo-talks)\n")
        let one = try CLI.run(["render", json, "--view", "story:meeting-oslo-talks", "-o", out.appendingPathComponent("x.svg").path])
        #expect(one.status == 0, "\(one.stderr)")
    }

    @Test func theBriefListsTheStoriesAndLinksEachToItsDiagram() throws {
        let out = try build(Self.oslo.merging(Self.copper) { a, _ in a })
        defer { try? FileManager.default.removeItem(at: out) }
        let page = out.appendingPathComponent("news.html")
        let result = try CLI.run(["brief", out.appendingPathComponent("news.json").path, "--view", "stories", "-o", page.path])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        for id in ["story-meeting-oslo-talks", "story-policy-30-tariff-on-peruvian-copper"] {
            #expect(html.contains("<a href=\"#\(id)\">"), "\(id) is linked from the table")
            #expect(html.contains("<section id=\"\(id)\">"), "\(id) has its section")
        }
        #expect(html.contains("<td>Ana Lima, Tom Berg, Norway, Fisheries Ministry (Iceland)</td>"))
        // The table comes before the overview it indexes.
        let table = try #require(html.range(of: "<section id=\"stories\">"))
        let overview = try #require(html.range(of: "<h2>Overview of the stories</h2>"))
        #expect(table.lowerBound < overview.lowerBound)
    }
}
