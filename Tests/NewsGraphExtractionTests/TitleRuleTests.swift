import NewsGraphCore
import Testing

@testable import NewsGraphExtraction

/// Titles widened to the words written with them (`MentionRecognizer.titleMentions`), one test
/// per rule, on sentences written for the test.
@Suite struct TitleRuleTests {
    typealias H = Harness

    @Test func aPortfolioAfterTheTitleNamesTheMinistry() throws {
        let graph = assertExtraction(
            ["Estonia's Minister for Foreign Affairs Kari Brekke arrived in Tallinn."],
            nodes: ["Kari Brekke (person)", "Estonia (country)", "Foreign Affairs Ministry (agency)", "Tallinn (place)"],
            edges: [
                "Kari Brekke -represents-> Estonia", "Kari Brekke -leads-> Foreign Affairs Ministry",
                "Foreign Affairs Ministry -part_of-> Estonia", "Tallinn -located_in-> Estonia",
            ])
        #expect(H.node(graph, "Kari Brekke")?.attributes["role"] == .string("Minister for Foreign Affairs"))
    }

    /// "Sen." is a title, "Sen" a name.
    @Test func anAbbreviatedTitleCountsOnlyWithItsPeriod() throws {
        let graph = assertExtraction(
            ["Sen. Dovrik Hale and Mara Sen met in Tallinn."],
            nodes: ["Dovrik Hale (person)", "Mara Sen (person)", "Tallinn (place)", "Tallinn talks (meeting)"],
            edges: [
                "Dovrik Hale -attends-> Tallinn talks", "Mara Sen -attends-> Tallinn talks", "Tallinn talks -held_in-> Tallinn",
            ])
        #expect(H.node(graph, "Dovrik Hale")?.attributes["role"] == .string("Sen."))
        #expect(H.node(graph, "Mara Sen")?.attributes["role"] == nil)
    }

    @Test func aHyphenJoinsTheWordsOfATitle() throws {
        let graph = assertExtraction(
            ["Secretary-General Dovrik Hale arrived in Tallinn."],
            nodes: ["Dovrik Hale (person)", "Tallinn (place)"], edges: [])
        #expect(H.node(graph, "Dovrik Hale")?.attributes["role"] == .string("Secretary-General"))
    }

    /// A party's candidate and a group's activist belong to it, as its staff do.
    @Test func aCandidateAndAnActivistBelongToTheirBody() {
        assertExtraction(
            ["Labour Party candidate Kvaran Dahlvik won the seat, and Greenpeace activist Ana Souza protested."],
            nodes: ["Labour Party (agency)", "Kvaran Dahlvik (person)", "Greenpeace (agency)", "Ana Souza (person)"],
            edges: ["Kvaran Dahlvik -member_of-> Labour Party", "Ana Souza -member_of-> Greenpeace"])
    }

    /// "for African Affairs": the words before "Affairs" name the portfolio, whatever they are.
    @Test func anAffairsPortfolioAfterTheTitleIsPartOfIt() throws {
        let graph = assertExtraction(
            ["The visit by Assistant Secretary of State for Baltic Affairs Kari Brekke was delayed."],
            nodes: ["Kari Brekke (person)"], edges: [])
        #expect(H.node(graph, "Kari Brekke")?.attributes["role"] == .string("Assistant Secretary of State for Baltic Affairs"))
    }

    /// "Cabinet Secretary", "Chief Cabinet Secretary": the word of the body a title is held in is
    /// part of the title, names no one, and is in the role; words that name the body stay a body.
    @Test func aBodysWordBeforeATitleIsPartOfIt() throws {
        let graph = assertExtraction(
            [
                "Chief Cabinet Secretary Kari Brekke said aid would continue.", "Party Chairman Dovrik Hale resigned on Monday.",
                "The Tallinn Harbour Committee Chairman Mara Sen resigned.",
            ],
            nodes: ["Kari Brekke (person)", "Dovrik Hale (person)", "Tallinn Harbour Committee (agency)", "Mara Sen (person)"],
            edges: ["Mara Sen -leads-> Tallinn Harbour Committee"])
        #expect(H.node(graph, "Kari Brekke")?.attributes["role"] == .string("Chief Cabinet Secretary"))
        #expect(H.node(graph, "Dovrik Hale")?.attributes["role"] == .string("Party Chairman"))
    }
}
