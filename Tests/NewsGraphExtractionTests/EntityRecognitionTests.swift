import NewsGraphCore
import Testing
@testable import NewsGraphExtraction

/// One test per recognition rule, with sentences written for the test.
@Suite struct EntityRecognitionTests {
    typealias H = Harness

    // MARK: Titles and roles

    @Test func aTitleGivesRoleAgencyAndCountryButStaysOutOfTheLabel() throws {
        let graph = assertExtraction(
            "German Finance Minister Anna Kessler said on Monday that the budget was balanced.",
            nodes: ["Anna Kessler (person)", "Finance Ministry (agency)", "Germany (country)"],
            edges: [
                "Anna Kessler -represents-> Germany", "Anna Kessler -leads-> Finance Ministry",
                "Finance Ministry -part_of-> Germany",
            ])
        let person = try #require(H.node(graph, "Anna Kessler"))
        #expect(person.attributes["role"] == .string("Finance Minister"))
    }

    @Test func anAppositionAfterTheNameGivesTheRoleAndTheBody() {
        assertExtraction(
            "“Prices will rise,” said Mark Ellison, director of the Energy Program at the Halvorsen Institute.",
            nodes: ["Mark Ellison (person)", "Energy Program (agency)", "Halvorsen Institute (agency)"],
            edges: ["Mark Ellison -leads-> Energy Program", "Energy Program -part_of-> Halvorsen Institute"])
    }

    @Test func anAppositionBeforeTheNameGivesTheCountry() {
        assertExtraction(
            "Norway’s chief fisheries negotiator, Ingrid Solberg, arrived late.",
            nodes: ["Ingrid Solberg (person)", "Norway (country)"], edges: ["Ingrid Solberg -represents-> Norway"])
    }

    @Test func aSeniorFellowIsAMember() {
        assertExtraction(
            "Carl Brandt, a senior fellow at the Lindqvist Institute, disagreed.",
            nodes: ["Carl Brandt (person)", "Lindqvist Institute (agency)"],
            edges: ["Carl Brandt -member_of-> Lindqvist Institute"])
    }

    @Test func aTitleWrittenBeforeTheNameOpensTheMentionButNotTheLabel() throws {
        let graph = H.graph("Former Fisheries Minister Ingrid Solberg met the fisheries minister, Arne Dahl, in Tromsø.")
        let solberg = try #require(H.node(graph, "Ingrid Solberg"))
        // A word putting the title in the past is not how the text refers to her.
        #expect(solberg.mentions.map(\.text) == ["Fisheries Minister Ingrid Solberg"])
        // A title set apart by a comma, or written in lower case, is no part of the mention.
        let dahl = try #require(H.node(graph, "Arne Dahl"))
        #expect(dahl.mentions.map(\.text) == ["Arne Dahl"])
    }

    // MARK: Short forms

    @Test func aLaterSurnameJoinsTheFullName() throws {
        let graph = assertExtraction(
            "Trade Minister Paula Oyelaran opened the session. Later, Oyelaran left for Lagos.",
            nodes: ["Paula Oyelaran (person)", "Lagos (place)"], edges: [])
        let person = try #require(H.node(graph, "Paula Oyelaran"))
        #expect(person.mentions.map(\.text) == ["Trade Minister Paula Oyelaran", "Oyelaran"])
    }

    @Test func aFamilyNameWrittenFirstJoinsToo() throws {
        let graph = H.graph("Chinese Commerce Minister Zhou Minghao met reporters. Zhou said exports would grow.")
        let person = try #require(H.node(graph, "Zhou Minghao"))
        #expect(person.mentions.count == 2)
    }

    /// A person called by the given name that opens one full name given before it joins it;
    /// a given name two full names open stays apart.
    @Test func aLaterGivenNameJoinsTheOneFullNameItOpens() throws {
        let graph = assertExtraction(
            [
                "Former leader Moqtavi Brekkestad appeared in court on Monday. Moqtavi told the judge he was innocent.",
                "Ana Lima and Ana Souza wrote the report. Ana said it was late.",
            ],
            nodes: ["Moqtavi Brekkestad (person)", "Ana Lima (person)", "Ana Souza (person)", "Ana (person)"], edges: [])
        #expect(H.node(graph, "Moqtavi Brekkestad")?.mentions.map(\.text) == ["Moqtavi Brekkestad", "Moqtavi"])
    }

    @Test func aShortSurnameThatIsAWordJoinsOnlyInsideASentence() throws {
        let graph = H.graph("""
            Vice Premier He Jianming flew in on Monday. He said little.
            The talks between Ana Lima, Tom Berg and He ended early.
            """)
        let person = try #require(H.node(graph, "He Jianming"))
        #expect(person.mentions.map(\.text) == ["Vice Premier He Jianming", "He"])
    }

    @Test func aSurnameInOneArticleJoinsTheFullNameInAnother() throws {
        let graph = H.graph(
            "Defence Minister Pieter Vantongeren arrived in Brussels.",
            "Vantongeren told reporters the deal was close.")
        let person = try #require(H.node(graph, "Pieter Vantongeren"))
        #expect(Set(person.mentions.map(\.document)) == ["t0", "t1"])
    }

    // MARK: Spelling variants

    @Test func twoSpellingsOfOneOfficialMergeWhenTheEvidenceAgrees() throws {
        let graph = H.graph(
            "Energy Secretary Mara Velasquez met Canadian Energy Minister Paul Girard in Ottawa.",
            "Energy Secretary Mara Velazquez met Paul Girard again.")
        let people = graph.nodes.values.filter { $0.type == .person }.map(\.label).sorted()
        #expect(people == ["Mara Velasquez", "Paul Girard"] || people == ["Mara Velazquez", "Paul Girard"])
        let merged = try #require(graph.nodes.values.first { $0.label.hasPrefix("Mara") })
        #expect(merged.aliases.contains { $0.hasPrefix("Mara Vel") })
        #expect(graph.diagnostics.contains { $0.id == "merge.spelling-variant" })
    }

    @Test func twoPeopleWhoShareASurnameNeverMergeOnIt() {
        assertExtraction(
            "Senator Paul Hartmann and his sister, Mayor Lena Hartmann, spoke in Hamburg.",
            nodes: ["Paul Hartmann (person)", "Lena Hartmann (person)", "Hamburg (place)"], edges: [])
    }

    @Test func closeSpellingsWithNothingInCommonAreKeptApartAndReported() {
        assertExtraction(
            "Actor John Smyth opened a theatre in Leeds.", "Economist John Smith criticised the budget in Ottawa.",
            nodes: ["John Smyth (person)", "John Smith (person)", "Leeds (place)", "Ottawa (place)"], edges: [],
            warnings: ["merge.refused"])
    }

    // MARK: Countries and places

    @Test func everyFormOfACountryResolvesToOneNode() throws {
        let graph = H.graph("""
            The United Kingdom agreed, and the U.K. said so. The U. K. side and the UK team met Britain’s envoy, and British officials left.
            """)
        let countries = graph.nodes.values.filter { $0.type == .country }
        #expect(countries.map(\.label) == ["United Kingdom"])
        #expect(countries[0].mentions.count == 6)
    }

    @Test func aCapitalActingIsItsCountryAndACapitalVisitedIsAPlace() {
        assertExtraction(
            "Moscow cut off gas supplies to the region. Officials later held talks in Geneva.",
            nodes: ["Russia (country)", "Geneva (place)", "Geneva talks (meeting)"], edges: ["Geneva talks -held_in-> Geneva"])
    }

    @Test func aCityLiesInItsCountryWhenTheCountryIsNamed() throws {
        let graph = assertExtraction(
            "Swiss mediators hosted talks in Geneva.",
            nodes: ["Switzerland (country)", "Geneva (place)", "Geneva talks (meeting)"],
            edges: ["Geneva -located_in-> Switzerland", "Geneva talks -held_in-> Geneva", "Switzerland -attends-> Geneva talks"])
        let geneva = try #require(H.node(graph, "Geneva"))
        #expect(geneva.attributes["country"] == .string("Switzerland"))
    }

    @Test func lexiconNamesMatchWrittenInEitherUnicodeForm() throws {
        // "Bogotá" with its accent as a code point of its own after the "a" (NFD), as some text comes.
        let graph = H.graph("Colombian mediators hosted talks in Bogota\u{301}.")
        let city = try #require(H.node(graph, "Bogotá"))
        #expect(city.attributes["country"] == .string("Colombia"))
    }

    @Test func demonymsAreMentionsOfTheirCountry() throws {
        let graph = H.graph("Japanese cars sold well while Russian officials complained.")
        #expect(H.node(graph, "Japan")?.mentions.first?.text == "Japanese")
        #expect(H.node(graph, "Russia")?.mentions.first?.text == "Russian")
    }

    // MARK: Organisations

    @Test func organisationWordsMakeAgenciesOfTheRightKind() {
        let graph = H.graph("""
            The Norwegian Fisheries Ministry, Bergen University, the Center for Arctic Policy Studies and Kvist Shipping Inc. signed the letter.
            """)
        func kind(_ label: String) -> AttributeValue? { H.node(graph, label)?.attributes["kind"] }
        #expect(kind("Norwegian Fisheries Ministry") == .string("government"))
        #expect(kind("Bergen University") == .string("university"))
        #expect(kind("Center for Arctic Policy Studies") == .string("think-tank"))
        #expect(kind("Kvist Shipping Inc.") == .string("company"))
        #expect(H.edges(graph).contains("Norwegian Fisheries Ministry -part_of-> Norway"))
    }

    @Test func anAcronymDefinedInTheTextResolvesLater() throws {
        let graph = H.graph("The Council for Maritime Research (CMR) published a report. CMR said fish stocks fell.")
        let agency = try #require(H.node(graph, "Council for Maritime Research"))
        #expect(agency.mentions.map(\.text).contains("CMR"))
        #expect(H.node(graph, "CMR") == nil)
    }

    @Test func aNewsAgencyAndAnAppAreAgencies() {
        let graph = H.graph("Officials told Reuters that the messaging app Chatterly would be banned.")
        #expect(H.node(graph, "Reuters")?.attributes["kind"] == .string("media"))
        #expect(H.node(graph, "Chatterly")?.type == .agency)
    }

    // MARK: Noise

    /// Not "Fishing Talks Stall Again", "Deadline Looms", "Analysts", "He", "Add" or "Leave a Reply".
    @Test func headlinesFurnitureAndSentenceOpenersAreNotNodes() {
        assertExtraction(
            """
            Fishing Talks Stall Again As Deadline Looms
            Analysts said the fishing talks in Oslo stalled. He blamed the weather.
            Add a comment
            Leave a Reply
            """,
            nodes: ["Oslo (place)", "Oslo talks (meeting)"], edges: ["Oslo talks -held_in-> Oslo"])
    }
}

extension EntityRecognitionTests {
    @Test func aSyllableHyphenedToANameIsPartOfItButAnAdjectiveIsNot() {
        assertExtraction(
            ["Yun Sol-mi met Mr. Varga-Lindqvist in Busan. Oslo-based firms backed the U.S.-led plan."],
            nodes: [
                "Yun Sol-mi (person)", "Varga-Lindqvist (person)", "Busan (place)", "Oslo (place)", "United States (country)",
                "Busan talks (meeting)",
            ],
            edges: [
                "Yun Sol-mi -attends-> Busan talks", "Varga-Lindqvist -attends-> Busan talks", "Busan talks -held_in-> Busan",
            ])
    }
}
