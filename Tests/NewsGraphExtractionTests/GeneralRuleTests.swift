import NewsGraphCore
import Testing
@testable import NewsGraphExtraction

/// Rules stated as the general phenomenon they stand for, each on sentences written for it,
/// with the exact nodes and edges expected.
@Suite struct GeneralRuleTests {
    typealias H = Harness

    @Test func anInvestigationIntoACountryTargetsIt() {
        assertExtraction(
            ["Customs officials opened an investigation into Moldova over wine labels."],
            nodes: ["Moldova (country)", "investigation into Moldova over wine labels (policy)", "wine (commodity)"],
            edges: [
                "investigation into Moldova over wine labels -targets-> Moldova",
                "investigation into Moldova over wine labels -covers-> wine",
            ])
    }

    @Test func tariffsOnImportsIntoACountryDoNotTargetIt() {
        assertExtraction(
            ["Peru imposed tariffs on imports into Peru."],
            nodes: ["Peru (country)", "Peru’s tariffs on imports into Peru (policy)"],
            edges: ["Peru -imposes-> Peru’s tariffs on imports into Peru"])
    }

    @Test func anOrganisationNamedWithItsWordsInAnotherOrderIsOneWhenTheTextTiesThemTogether() {
        assertExtraction(
            [
                "Anna Berg, director of the Baltic Energy Security Institute, said gas prices would rise.",
                "Anna Berg, director of the Institute for Baltic Energy Security, warned of shortages.",
            ],
            nodes: ["Anna Berg (person)", "Institute for Baltic Energy Security (agency)"],
            edges: ["Anna Berg -leads-> Institute for Baltic Energy Security"])
    }

    @Test func theSameWordsInAnotherOrderMayNameTwoBodies() {
        assertExtraction(
            [
                "Anna Berg, director of the Baltic Energy Security Institute, said gas prices would rise.",
                "Tom Lind, director of the Institute for Baltic Energy Security, warned of shortages.",
            ],
            nodes: [
                "Anna Berg (person)", "Tom Lind (person)", "Baltic Energy Security Institute (agency)",
                "Institute for Baltic Energy Security (agency)",
            ],
            edges: ["Anna Berg -leads-> Baltic Energy Security Institute", "Tom Lind -leads-> Institute for Baltic Energy Security"])
    }

    @Test func aGarbledGivenNameJoinsThePersonItStandsFor() throws {
        let graph = assertExtraction(
            "Vice Premier Wang Jianguo will attend the Shenzhen summit on Friday. Wang Jianguo said trade would grow.",
            "Trade Minister Ana Lima met Wang Lifan at the Shenzhen summit.",
            nodes: ["Wang Jianguo (person)", "Ana Lima (person)", "Shenzhen summit (meeting)", "Shenzhen (place)"],
            edges: [
                "Wang Jianguo -attends-> Shenzhen summit", "Ana Lima -attends-> Shenzhen summit",
                "Shenzhen summit -held_in-> Shenzhen",
            ],
            warnings: ["merge.garbled-name"])
        let person = try #require(H.node(graph, "Wang Jianguo"))
        #expect(person.mentions.map(\.text).contains("Wang Lifan"))
    }

    /// Reported as a possible duplicate, never merged as a garbled name.
    @Test func twoPeopleOfOneFamilyNamedSideBySideStayTwo() {
        assertExtraction(
            "Vice Premier Wang Jianguo will attend the Shenzhen summit on Friday. Wang Jianguo said trade would grow.",
            "Wang Jianguo and Wang Lifan attended the Shenzhen summit.",
            nodes: ["Wang Jianguo (person)", "Wang Lifan (person)", "Shenzhen summit (meeting)", "Shenzhen (place)"],
            edges: [
                "Wang Jianguo -attends-> Shenzhen summit", "Wang Lifan -attends-> Shenzhen summit",
                "Shenzhen summit -held_in-> Shenzhen",
            ],
            warnings: ["merge.possible-duplicate"])
    }

    @Test func wordsThatJudgeAPolicyDoNotTellItApart() {
        assertExtraction(
            ["The fragile truce between Armenia and Azerbaijan held. The truce was signed in May."],
            nodes: ["Armenia (country)", "Azerbaijan (country)", "truce (policy)"], edges: [])
        // The verb after the phrase is not the measure's ("... beef angered ranchers").
        assertExtraction(
            "Canada imposed sweeping tariffs on Brazilian beef. The tariffs on Brazilian beef angered ranchers.",
            nodes: ["Canada (country)", "Brazil (country)", "beef (commodity)", "tariffs on Brazilian beef (policy)"],
            edges: [
                "Canada -imposes-> tariffs on Brazilian beef", "tariffs on Brazilian beef -targets-> Brazil",
                "tariffs on Brazilian beef -covers-> beef",
            ])
    }

    @Test func aCommodityNamedAfterAnotherBelongsToItsFamily() throws {
        let lexicon = H.extractor.lexicon
        let pipes = try #require(lexicon.known.first { $0.name == "steel products" })
        #expect(pipes.attributes["family"] == "steel")
        let steel = try #require(lexicon.known.first { $0.name == "steel" })
        #expect(steel.attributes["family"] == nil)
    }

    @Test func peopleFamiliarWithAnythingHedgeAClaim() throws {
        let graph = assertExtraction(
            "Chile is considering export curbs on copper, according to people familiar with the plans.",
            nodes: ["Chile (country)", "export curbs on copper (policy)", "copper (commodity)"],
            edges: ["Chile -imposes-> export curbs on copper", "export curbs on copper -covers-> copper"])
        let edge = try #require(graph.edges.values.first { $0.type == .imposes })
        #expect(edge.attributes["hedged"] != nil)
    }
}

extension GeneralRuleTests {
    @Test func aNameEndingOrOpeningWithAPlaceWordIsAPlace() {
        assertExtraction(
            ["The river flows past Alder Creek toward Mount Korvatunturi, said Christopher Hill."],
            nodes: ["Alder Creek (place)", "Mount Korvatunturi (place)", "Christopher Hill (person)"], edges: [])
    }
}

extension GeneralRuleTests {
    /// Read by the rules alone: the relation classifier may read the sentence as placing Lyon
    /// in France, and its reading, not the gazetteer's, then gives the edge's basis.
    @Test func aCitysCountryFromTheGazetteerIsKnowledgeNotText() throws {
        let extractor = try Extractor(lexicon: Harness.extractor.lexicon, learnedRelations: false)
        let record = extractor.extract(Article(id: "t0", path: "t0.txt", text: "Ministers from France met in Lyon on Monday."))
        let graph = CorpusResolver(lexicon: extractor.lexicon).resolve([record])
        #expect(
            Harness.edges(graph).sorted() == ["France -attends-> Lyon talks", "Lyon -located_in-> France", "Lyon talks -held_in-> Lyon"])
        let edge = try #require(graph.edges.values.first { $0.type == .locatedIn })
        #expect(edge.attributes["basis"] == .string("knowledge"))
        // What a sentence states carries no such mark.
        let stated = try #require(graph.edges.values.first { $0.type == .attends })
        #expect(stated.attributes["basis"] == nil)
    }
}
