import NewsGraphCore
import Testing
@testable import NewsGraphExtraction

/// Pronouns and descriptions that refer back: resolved where the article leaves one candidate,
/// with the sentence that names it kept as evidence.
@Suite struct ReferenceTests {
    typealias H = Harness

    @Test func aPronounRefersToTheOnePersonTheSentenceBeforeNames() throws {
        let graph = H.graph("Ana Lima arrived in Oslo on Monday. She joined Halvorsen Motors in 2019.")
        #expect(H.edges(graph) == ["Ana Lima -member_of-> Halvorsen Motors"])
        let edge = try #require(graph.edges.values.first)
        #expect(edge.evidence.map(\.sentence) == ["Ana Lima arrived in Oslo on Monday.", "She joined Halvorsen Motors in 2019."])
        // A pronoun is no name: the person's mentions are the names.
        #expect(H.node(graph, "Ana Lima")?.mentions.map(\.text) == ["Ana Lima"])
    }

    @Test func aPronounWithTwoCandidatesIsLeftAlone() {
        assertExtraction(
            "Ana Lima met Carla Mendes in Oslo on Monday. She joined Halvorsen Motors in 2019.",
            nodes: [
                "Ana Lima (person)", "Carla Mendes (person)", "Halvorsen Motors (agency)", "Oslo (place)", "Oslo talks (meeting)",
            ],
            edges: ["Ana Lima -attends-> Oslo talks", "Carla Mendes -attends-> Oslo talks", "Oslo talks -held_in-> Oslo"])
    }

    @Test func aPronounOfTheOtherSexIsLeftAlone() {
        assertExtraction(
            "Tom Berg arrived in Oslo on Monday. She joined Halvorsen Motors in 2019.",
            nodes: ["Tom Berg (person)", "Halvorsen Motors (agency)", "Oslo (place)"], edges: [])
    }

    /// "It" opening a sentence refers to the place or body the sentences before opened with,
    /// and the relation keeps both sentences.
    @Test func itRefersToWhatTheSentencesBeforeAreAbout() throws {
        let graph = H.graph(
            "Alder University is a private university. Its library holds rare maps. It is located in Lowther, a town in Cumbria.")
        #expect(
            H.ruleEdges(graph) == ["Alder University -located_in-> Cumbria", "Alder University -located_in-> Lowther", "Lowther -located_in-> Cumbria"])
        let edge = try #require(graph.edges["agency:alder-university--located_in--place:lowther"])
        #expect(
            edge.evidence.map(\.sentence) == ["Alder University is a private university.", "It is located in Lowther, a town in Cumbria."])
    }

    /// A sentence that opens with a person ends what "It" can refer to.
    @Test func itIsNoPersonsPronoun() {
        assertExtraction(
            "Alder University is a private university. Ana Lima taught there. It is located in Lowther, a town in Cumbria.",
            nodes: ["Alder University (agency)", "Ana Lima (person)", "Lowther (place)", "Cumbria (place)"],
            edges: ["Lowther -located_in-> Cumbria"])
    }

    @Test func theCompanyRefersToTheOneCompanyNamedSoFar() {
        assertExtraction(
            ["Halvorsen Motors makes trucks. The company joined the Nordic Industry Federation last year."],
            nodes: ["Halvorsen Motors (agency)", "Nordic Industry Federation (agency)"],
            edges: ["Halvorsen Motors -part_of-> Nordic Industry Federation"])
    }

    /// "the Ministry" after "the Ministry of Fisheries of Norland" is that ministry...
    @Test func aBodysNameCutBeforeItsOfPhraseNamesTheBody() {
        assertExtraction(
            ["The Ministry of Fisheries of Norland announced new quotas on Monday. The ministry said the Ministry would review them in May."],
            nodes: ["Ministry of Fisheries of Norland (agency)", "Ministry of Fisheries of Norland’s quotas (policy)"],
            edges: ["Ministry of Fisheries of Norland -imposes-> Ministry of Fisheries of Norland’s quotas"])
    }

    /// ...but beside two ministries so named, it names neither.
    @Test func aShortNameTwoBodiesShareStaysApart() {
        assertExtraction(
            ["The Ministry of Fisheries and the Ministry of Trade met on Monday. The Ministry said talks would continue."],
            nodes: ["Ministry (agency)", "Ministry of Fisheries (agency)", "Ministry of Trade (agency)"], edges: [])
    }
}
