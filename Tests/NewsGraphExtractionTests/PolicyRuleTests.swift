import NewsGraphCore
import Testing

@testable import NewsGraphExtraction

/// Policies beyond tariffs, and who stands where on them.
@Suite struct PolicyRuleTests {
    typealias H = Harness

    @Test func aCriticOfALiftingIsNeitherItsAuthorNorAFriendOfTheMeasure() {
        assertExtraction(
            ["Sweden criticised the lifting of the embargo on Cuba. Peru welcomed the lifting of the sanctions on Bolivia."],
            nodes: [
                "Sweden (country)", "Cuba (country)", "Peru (country)", "Bolivia (country)", "embargo on Cuba (policy)",
                "sanctions on Bolivia (policy)",
            ],
            edges: ["embargo on Cuba -targets-> Cuba", "sanctions on Bolivia -targets-> Bolivia"])
    }

    /// The country in a victim's title qualifies the person, not the measure: it is no target,
    /// and the label ends at its last word of content, not on "former Estonian".
    @Test func aCountryQualifyingAPersonsTitleIsNoPartOfTheMeasure() {
        assertExtraction(
            ["Officials backed the investigation into the March killing of former Estonian Defence Minister Kvaran Dahlvik."],
            nodes: [
                "investigation into March killing (policy)", "Kvaran Dahlvik (person)", "Estonia (country)",
                "Defence Ministry (agency)",
            ],
            edges: [
                "Kvaran Dahlvik -represents-> Estonia", "Kvaran Dahlvik -leads-> Defence Ministry", "Defence Ministry -part_of-> Estonia",
            ])
    }

    /// A sentence may open with the measure's own word, capitalised as any first word is.
    @Test func aMeasureOpeningItsSentenceIsStillAMeasure() {
        assertExtraction(
            ["Sanctions against Iran were lifted on Monday, officials said."],
            nodes: ["sanctions against Iran (policy)", "Iran (country)"], edges: ["sanctions against Iran -targets-> Iran"])
    }

    @Test func aMeasureImposedBySomeoneNamedAfterItIsTheirs() {
        assertExtraction(
            ["Norway condemned the tariffs imposed by Iceland."],
            nodes: ["Norway (country)", "Iceland (country)", "Iceland’s tariffs (policy)"],
            edges: ["Iceland -imposes-> Iceland’s tariffs", "Norway -opposes-> Iceland’s tariffs"])
    }

    @Test func aStatusComesFromThePolicysOwnClause() throws {
        let text = "After Chile lifted its ban on beef imports, Peru imposed new tariffs."
        assertExtraction(
            [text],
            nodes: [
                "Chile (country)", "Peru (country)", "beef (commodity)", "ban on beef imports (policy)",
                "Peru’s tariffs (policy)",
            ],
            edges: [
                "Chile -imposes-> ban on beef imports", "Peru -imposes-> Peru’s tariffs", "ban on beef imports -covers-> beef",
            ])
        let graph = H.graph(text)
        let tariffs = try #require(H.node(graph, "Peru’s tariffs"))
        #expect(tariffs.attributes["status"] == .string("enacted"))
        let ban = try #require(H.node(graph, "ban on beef imports"))
        #expect(ban.attributes["status"] == .string("lifted"))
    }

    @Test func oneVerbGovernsPoliciesJoinedByAnd() throws {
        let graph = H.graph("Canada imposed 25% tariffs on Chinese steel and sanctions on Iran.")
        let sanctions = try #require(H.node(graph, "sanctions on Iran"))
        #expect(sanctions.attributes["status"] == .string("enacted"))
    }

    @Test func aTargetIsNamedInsideItsPhraseNotAcrossAClause() {
        assertExtraction(
            ["Canada imposed sanctions on Iran, Iraq and Syria. Chile lifted its ban on beef imports, and Peru objected."],
            nodes: [
                "Canada (country)", "Iran (country)", "Iraq (country)", "Syria (country)", "Chile (country)", "Peru (country)",
                "beef (commodity)", "sanctions on Iran (policy)", "ban on beef imports (policy)",
            ],
            edges: [
                "Canada -imposes-> sanctions on Iran", "sanctions on Iran -targets-> Iran", "sanctions on Iran -targets-> Iraq",
                "sanctions on Iran -targets-> Syria", "Chile -imposes-> ban on beef imports",
                "ban on beef imports -covers-> beef",
            ])
    }

    @Test func aComplaintToATradeBodyAnswersTheMeasureItIsAgainst() {
        assertExtraction(
            ["Brazil filed a complaint with the WTO against Mexican sugar subsidies."],
            nodes: [
                "Brazil (country)", "Mexico (country)", "World Trade Organization (agency)", "sugar (commodity)",
                "Brazil’s complaint (policy)", "Mexican sugar subsidies (policy)",
            ],
            edges: [
                "Brazil -imposes-> Brazil’s complaint", "Brazil’s complaint -targets-> Mexico",
                "Brazil’s complaint -responds_to-> Mexican sugar subsidies", "Mexico -imposes-> Mexican sugar subsidies",
                "Mexican sugar subsidies -covers-> sugar",
            ])
    }

    @Test func debtReliefIsAimedAtWhomItRelieves() {
        assertExtraction(
            ["The Group of Eight agreed debt relief for Ghana."],
            nodes: ["Group of Eight (agency)", "Ghana (country)", "debt relief for Ghana (policy)"],
            edges: ["Group of Eight -imposes-> debt relief for Ghana", "debt relief for Ghana -targets-> Ghana"])
    }

    @Test func aBidToJoinABodyIsAimedAtTheBody() {
        assertExtraction(
            ["Estonia opposes Moldova's bid to join the European Union."],
            nodes: ["Estonia (country)", "Moldova (country)", "European Union (agency)", "bid to join European Union (policy)"],
            edges: [
                "Moldova -imposes-> bid to join European Union", "Estonia -opposes-> bid to join European Union",
                "bid to join European Union -targets-> European Union",
            ])
    }

    @Test func whoProposesACapAndWhoBacksIt() throws {
        let text = "The Commission proposed a spending cap, and Latvia backed the spending cap."
        assertExtraction(
            [text],
            nodes: ["Commission (agency)", "Latvia (country)", "Commission’s spending cap (policy)"],
            edges: ["Commission -imposes-> Commission’s spending cap", "Latvia -supports-> Commission’s spending cap"])
        let graph = H.graph(text)
        let edge = try #require(graph.edges.values.first { $0.type == .imposes })
        #expect(edge.attributes["status"] == .string("considered"))
    }

    @Test func aStanceInAClauseOfItsOwnLeavesTheSpeakerTheAuthor() {
        assertExtraction(
            ["Norway condemned the decision and is considering new export curbs on salmon."],
            nodes: ["Norway (country)", "Norway’s export curbs (policy)"],
            edges: ["Norway -imposes-> Norway’s export curbs"])
    }

    /// A measure's phrase ends where the sentence's verb starts: "sanctions against the country
    /// are an important way ..." is the sanctions against North Korea, not a phrase to the verb's end.
    @Test func aPhraseEndsAtTheSentencesVerb() {
        assertExtraction(
            ["Japan called for sanctions against North Korea. Officials said sanctions against the country are an important way to pressure North Korea."],
            nodes: ["Japan (country)", "North Korea (country)", "sanctions against North Korea (policy)"],
            edges: ["sanctions against North Korea -targets-> North Korea"])
    }

    /// A deal's purpose cut short ends on a word of content, not on a preposition.
    @Test func aPurposeEndsOnAWordOfContent() {
        assertExtraction(
            ["Norway and Sweden signed an agreement to guarantee steady grain deliveries by sea to Europe."],
            nodes: ["Europe (place)", "Norway (country)", "Sweden (country)", "agreement to guarantee steady grain deliveries (policy)"],
            edges: [])
    }

    /// "the restrictions" after "export controls": a definite noun of the policy's family is the
    /// same measure by another name; another country's restrictions, named as its own, are not.
    @Test func aDefiniteNounOfThePolicysFamilyRefersBackToIt() {
        assertExtraction(
            ["Norway imposed export controls. Sweden criticised the restrictions."],
            nodes: ["Norway (country)", "Sweden (country)", "Norway’s export controls (policy)"],
            edges: ["Norway -imposes-> Norway’s export controls", "Sweden -opposes-> Norway’s export controls"])
        assertExtraction(
            ["Norway imposed export controls. Sweden imposed restrictions."],
            nodes: [
                "Norway (country)", "Sweden (country)", "Norway’s export controls (policy)", "Sweden’s restrictions (policy)",
            ],
            edges: ["Norway -imposes-> Norway’s export controls", "Sweden -imposes-> Sweden’s restrictions"])
    }

    @Test func aPolicyNobodyHasIsNoPolicy() {
        assertExtraction(
            ["Norway ruled out any new tariffs on Swedish salmon."],
            nodes: ["Norway (country)", "Sweden (country)"], edges: [])
    }

    @Test func aGeneralWordBesideANamedPolicyIsNoPolicyOfItsOwn() {
        assertExtraction(
            ["Norway imposed tariffs on salmon and other trade restrictions."],
            nodes: ["Norway (country)", "Norway’s tariffs (policy)"], edges: ["Norway -imposes-> Norway’s tariffs"])
    }

    /// "to ban" is a verb; it names a policy only if what it stops is a commodity.
    @Test func aVerbNamesAPolicyOnlyWhenWhatItStopsIsACommodity() {
        assertExtraction(
            ["Norway plans to ban exports of copper. Sweden plans to ban the festival."],
            nodes: ["Norway (country)", "Sweden (country)", "copper (commodity)", "Norway’s ban (policy)"],
            edges: ["Norway -imposes-> Norway’s ban", "Norway’s ban -covers-> copper"])
    }

    /// A clause that says what is looked into ends the investigation's phrase ("into whether
    /// ..."), and who opens an investigation has enacted it.
    @Test func anInvestigationOpenedIsEnactedAndItsPhraseEndsAtAClause() {
        let graph = assertExtraction(
            ["Norway opened an investigation into whether Swedish firms broke the law."],
            nodes: ["Norway (country)", "Sweden (country)", "investigation (policy)"], edges: ["Norway -imposes-> investigation"])
        #expect(H.node(graph, "investigation")?.attributes["status"] == .string("enacted"))
    }

    /// Used as a verb after a modal, the trigger's subject imposes the policy, across the words
    /// that make it a verb ("said she would"), but not across a negation.
    @Test func theSubjectOfAPolicysVerbImposesIt() {
        assertExtraction(
            [
                "Norway will ban exports of copper.", "Ana Lima said she would ban imports of steel.",
                "Sweden would not ban exports of copper.",
            ],
            nodes: [
                "Norway (country)", "copper (commodity)", "Norway’s ban (policy)", "Ana Lima (person)", "steel (commodity)",
                "Lima’s ban (policy)", "Sweden (country)",
            ],
            edges: [
                "Norway -imposes-> Norway’s ban", "Norway’s ban -covers-> copper", "Ana Lima -imposes-> Lima’s ban",
                "Lima’s ban -covers-> steel",
            ])
    }
}
