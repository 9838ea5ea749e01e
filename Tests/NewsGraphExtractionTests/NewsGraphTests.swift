import Foundation
import NewsGraphCore
import NewsGraphExtraction
import Testing

/// The library's entry point as a Swift user calls it: articles from strings, the public API only.
@Suite struct NewsGraphTests {
    let cabinet = Article(
        id: "cabinet", path: "cabinet.txt", text: "Maria Lopez, the finance minister of Chile, met officials in Santiago.\n")
    /// Articles that name each other's people, places and meetings, for the tests that split them.
    let week = [
        Article(
            id: "w1", path: "w1.txt",
            text: "Trade Minister Ana Lima of Norway met Swedish Trade Minister Tom Berg in Oslo on Monday.\n"),
        Article(
            id: "w2", path: "w2.txt", text: "Ana Lima said Norway would lift tariffs on Swedish salmon after the Oslo talks.\n"),
        Article(id: "w3", path: "w3.txt", text: "Tom Berg told reporters in Stockholm that the Oslo talks had gone well.\n"),
        Article(id: "w0", path: "w0.txt", text: "Maria Lopez, the finance minister of Chile, met officials in Santiago.\n"),
    ]

    @Test func aGraphFromAString() throws {
        let graph = try NewsGraph.build(articles: [cabinet])
        #expect(
            Harness.nodes(graph) == [
                "Chile (country)", "Finance Ministry (agency)", "Maria Lopez (person)", "Santiago (place)",
                "Santiago talks (meeting)",
            ])
        #expect(
            Harness.edges(graph) == [
                "Chile -attends-> Santiago talks", "Finance Ministry -part_of-> Chile", "Maria Lopez -leads-> Finance Ministry",
                "Maria Lopez -represents-> Chile", "Santiago -located_in-> Chile", "Santiago talks -held_in-> Santiago",
            ])
    }

    @Test func theGraphDoesNotDependOnTheThreads() throws {
        let one = try NewsGraph.build(articles: week, options: NewsGraph.Options(jobs: 1))
        let many = try NewsGraph.build(articles: week, options: NewsGraph.Options(jobs: 8))
        #expect(one == many)
        #expect(one.documents.map(\.id) == ["w0", "w1", "w2", "w3"])
        #expect(!one.edges.isEmpty)
    }

    /// The two halves apart, as on two machines: the records of each half written, read back in
    /// the other order and joined give the graph of all the articles at once.
    @Test func recordsWrittenReadAndJoinedGiveTheBuiltGraph() throws {
        let pipeline = try NewsGraph()
        let built = try pipeline.graph(of: pipeline.extract(week))
        let first = try pipeline.extractRecords(Array(week.prefix(2)))
        let second = try pipeline.extractRecords(Array(week.dropFirst(2)))
        let read = RecordFiles.read([("second.jsonl", second), ("first.jsonl", first)], jobs: 2)
        #expect(read.failures.isEmpty)
        #expect(read.records.map(\.document.id) == ["w0", "w1", "w2", "w3"])
        #expect(try pipeline.graph(of: read.records) == built)
        #expect(try RecordMerger(options: NewsGraph.Options()).graph(of: read.records) == built)
        #expect(String(decoding: first, as: UTF8.self).split(separator: "\n").count == 2)
    }

    @Test func aBadLineAndAnArticleMetTwiceAreNamedByFileAndLine() throws {
        let good = try NewsGraph().extractRecords([cabinet])
        let read = RecordFiles.read([("a.jsonl", good), ("b.jsonl", Data("\nnot json\n".utf8) + good)], jobs: nil)
        #expect(read.records.map(\.document.id) == ["cabinet"])
        #expect(
            read.failures == [
                .badRecords(place: "b.jsonl:2", reason: "not JSON"),
                .badRecords(place: "b.jsonl:3", reason: "the article 'cabinet' is also at a.jsonl:1"),
            ])
        #expect(read.failures.map(\.description).first == "cannot read records b.jsonl:2: not JSON")
    }

    @Test func anArticleInWhichNothingIsFoundIsAWarning() throws {
        let weather = Article(id: "weather", path: "weather.txt", text: "The weather was fine all week.\n")
        var diagnostics: [Diagnostic] = []
        let graph = try NewsGraph.build(articles: [weather, cabinet]) { diagnostics.append($0) }
        #expect(
            diagnostics == [
                Diagnostic(
                    id: "article.no-entity", severity: .warning,
                    message:
                        "article weather.txt: no entity found (no person, body, country, place, meeting, policy or commodity)")
            ])
        #expect(graph.documents.map(\.id) == ["cabinet", "weather"])
    }

    @Test func theOptionsDecisionsShapeEveryGraph() throws {
        let decisions = try Decisions(files: [("decisions.tsv", #"label "Maria Lopez" "María López" her own spelling"# + "\n")])
        let pipeline = try NewsGraph(options: NewsGraph.Options(decisions: decisions))
        let record = pipeline.extract([cabinet])[0]
        for graph in [try pipeline.graph(of: [record]), try pipeline.graph(ofDocument: record)] {
            #expect(Harness.nodes(graph).filter { $0.hasSuffix("(person)") } == ["María López (person)"])
        }
        // A corpus must name what its decisions name; one article's graph may not.
        let other = pipeline.extract([week[0]])[0]
        #expect(throws: DecisionError.self) { try pipeline.graph(of: [other]) }
        #expect(Harness.nodes(try pipeline.graph(ofDocument: other)).contains("Ana Lima (person)"))
    }
}
