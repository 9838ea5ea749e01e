import Foundation
import NewsGraphCore
import Testing
@testable import NewsGraphExtraction

@Suite struct RelationPatternTests {
    @Test func theShippedPatternFileParses() throws {
        #expect(Harness.extractor.patterns.count > 30)
        #expect(Harness.extractor.patterns.contains { $0.name == "attends.meet" })
    }

    @Test func elementsParseToWhatTheyMean() throws {
        let pattern = try RelationPattern.parseLine(
            "x.test [actor+:a] will? <speech> ~3! met|meets [meeting:m] => a attends m {status}", number: 1)
        #expect(pattern.elements == [
            .mention(classes: [.actor], capture: "a", list: true, optional: false),
            .words(["will"], optional: true),
            .cue(["speech"], optional: false),
            .gap(3, exclusive: true),
            .words(["met", "meets"], optional: false),
            .mention(classes: [.meeting], capture: "m", list: false, optional: false),
        ])
        #expect(pattern.outputs == [RelationPattern.Output(source: "a", relation: .typed(.attends), target: "m", attributes: ["status": ""])])
    }

    @Test func aRoleOutputNamesItsTitleCapture() throws {
        let pattern = try RelationPattern.parseLine("x.role [title:t] of [agency:o] , [person:p] => p ROLE[t] o", number: 1)
        #expect(pattern.outputs.map(\.relation) == [.role(titleCapture: "t")])
    }

    @Test func mistakesAreReportedWithTheLine() {
        let cases = [
            ("bad [actor:a] met [meeting:m]", "expected 'name elements => relations'"),
            ("bad [actress:a] met [meeting:m] => a attends m", "unknown mention class 'actress' (person, agency, country, place, meeting, policy, commodity, actor, location, title, measure, accord)"),
            ("bad [actor:a] met [meeting:m] => a visits m", "unknown relation 'visits'"),
            ("bad [actor:a] met [meeting:m] => a attends x", "'x' is not captured by the pattern"),
            ("bad [actor:a] ~0 [meeting:m] => a attends m", "a gap is ~N or ~N!, N > 0"),
        ]
        for (line, reason) in cases {
            #expect(throws: ExtractionError.badPattern(path: "p.patterns", line: 3, reason: reason)) {
                try RelationPattern.parse("# header\n\n" + line, path: "p.patterns")
            }
        }
    }

    @Test func aUsersPatternFileAddsRelations() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("user-\(UUID().uuidString).patterns")
        defer { try? FileManager.default.removeItem(at: file) }
        try "supports.praise [actor+:a] ~2! extolled ~4 [policy:p] => a supports p\n".write(to: file, atomically: true, encoding: .utf8)
        let text = "Germany imposed a ban on coal imports. Austria extolled the ban on coal imports."
        let shipped: Set = ["Germany -imposes-> ban on coal imports", "ban on coal imports -covers-> coal"]
        assertExtraction(
            text, nodes: ["Germany (country)", "Austria (country)", "ban on coal imports (policy)", "coal (commodity)"],
            edges: shipped)
        let extractor = try Extractor(lexicon: Harness.extractor.lexicon, patternFiles: [file.path])
        let record = extractor.extract(Article(id: "t0", path: "t0.txt", text: text))
        let graph = CorpusResolver(lexicon: extractor.lexicon).resolve([record])
        #expect(Set(Harness.edges(graph)) == shipped.union(["Austria -supports-> ban on coal imports"]))
    }

    @Test func aUsersLexiconAddsEntities() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("user-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: file) }
        try """
            # my lexicon
            agency\tNordic Salmon Council\tNSC\tkind=international
            commodity\tsalmon\tfarmed salmon\tsector=agriculture
            """.write(to: file, atomically: true, encoding: .utf8)
        let lexicon = try Lexicon.standard(userFiles: [file.path])
        let extractor = try Extractor(lexicon: lexicon)
        let record = extractor.extract(Article(id: "t0", path: "t0.txt", text: "The NSC warned that salmon exports fell."))
        let graph = CorpusResolver(lexicon: lexicon).resolve([record])
        #expect(Harness.nodes(graph).contains("Nordic Salmon Council (agency)"))
        #expect(Harness.nodes(graph).contains("salmon (commodity)"))
    }

    @Test func aBadUserLexiconLineIsNamed() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("user-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: file) }
        try "starship\tEnterprise\t\t\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: ExtractionError.self) { try Lexicon.standard(userFiles: [file.path]) }
    }
}

extension RelationPatternTests {
    @Test func aPatternNamesTheCueClassesThatVetoIt() throws {
        let pattern = try RelationPattern.parseLine(
            "x.veto [actor+:a] ~4! <status-enacted> ~4! [measure:p] @unless <oppose|support> @leftmost => a imposes p", number: 1)
        #expect(pattern.vetoes == ["oppose", "support"])
        #expect(pattern.prefersLeftmost)
        #expect(pattern.elements.count == 5)
    }
}
