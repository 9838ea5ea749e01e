import NewsGraphCore
import Testing

@testable import NewsGraphExtraction

/// Names no lexicon knows (`MentionRecognizer.nameMentions`): one test per rule of the cascade,
/// each on a sentence whose name only that rule can find or drop.
@Suite struct NameRuleTests {
    typealias H = Harness

    // MARK: What the words are

    /// Before any evidence around it: "KVRS said" would make a speaker of it.
    @Test func aShortWordInCapitalsIsABodysAcronymUnlessItNamesNoEntity() {
        assertExtraction(
            ["In Tallinn, the KVRS said GDP growth slowed."],
            nodes: ["KVRS (agency)", "Tallinn (place)"], edges: [])
    }

    /// Before any evidence around them: "Christian" would open a person's name.
    @Test func peoplesAndCampsAreNoNames() {
        assertExtraction(
            ["Christian Democrats won in Tallinn."],
            nodes: ["Tallinn (place)"], edges: [])
    }

    // MARK: The evidence around the words

    @Test func aBylineMakesItsNamesPeople() {
        assertExtraction(
            """
            By Kvaran Dahlvik
            Fish prices rose in Tallinn on Monday.
            """,
            nodes: ["Kvaran Dahlvik (person)", "Tallinn (place)"], edges: [])
    }

    @Test func whereAnalystsWorkIsABody() {
        assertExtraction(
            ["Prices will rise, according to analysts at Brennvik."],
            nodes: ["Brennvik (agency)"], edges: [])
    }

    @Test func aCompanyNounNamesACompanyAndANewspaperAMedium() throws {
        let graph = assertExtraction(
            ["The automaker Nordvik cut jobs, the newspaper Dagvik reported."],
            nodes: ["Nordvik (agency)", "Dagvik (agency)"], edges: [])
        #expect(H.node(graph, "Nordvik")?.attributes["kind"] == .string("company"))
        #expect(H.node(graph, "Dagvik")?.attributes["kind"] == .string("media"))
    }

    @Test func aFamilyNameWrittenFirstOpensAName() {
        assertExtraction(
            ["The office of Kwak Dongsu closed."],
            nodes: ["Kwak Dongsu (person)"], edges: [])
    }

    @Test func aFamilyNameEndsAName() {
        assertExtraction(
            ["The office of Dovrik Solberg closed."],
            nodes: ["Dovrik Solberg (person)"], edges: [])
    }

    @Test func aVerbOfSpeechMakesItsSubjectAPerson() {
        assertExtraction(
            ["The quota is too low, said Brekkestad."],
            nodes: ["Brekkestad (person)"], edges: [])
    }
}
