import NewsGraphCore
import Testing
@testable import NewsGraphExtraction

/// Who works for whom and what lies in what, on sentences written for the test, with the
/// exact nodes and edges expected.
@Suite struct AffiliationAndPlaceTests {
    typealias H = Harness

    // MARK: Membership and employment

    /// A body's possessive before a person's bare name says whom the person works for.
    @Test func aBodysPossessiveBeforeAName() {
        assertExtraction(
            "The Halvorsen Trust's Ana Lima said the fund would grow.",
            nodes: ["Halvorsen Trust (agency)", "Ana Lima (person)"], edges: ["Ana Lima -member_of-> Halvorsen Trust"])
    }

    @Test func aSpokeswomanForABody() {
        assertExtraction(
            ["Ana Lima, a spokeswoman for the Nordic Fisheries Council, said quotas would fall."],
            nodes: ["Ana Lima (person)", "Nordic Fisheries Council (agency)"],
            edges: ["Ana Lima -member_of-> Nordic Fisheries Council"])
    }

    @Test func aBodysStaffTitleBeforeTheName() {
        assertExtraction(
            ["Halvorsen Motors executive Ingrid Solberg resigned on Monday."],
            nodes: ["Ingrid Solberg (person)", "Halvorsen Motors (agency)"],
            edges: ["Ingrid Solberg -member_of-> Halvorsen Motors"])
    }

    @Test func aPlayerOfAClubNamedAfterItsCity() {
        assertExtraction(
            ["Lisbon Athletic striker Tomas Varga scored twice against Porto Rovers."],
            nodes: ["Tomas Varga (person)", "Lisbon Athletic (agency)", "Porto Rovers (agency)"],
            edges: ["Tomas Varga -member_of-> Lisbon Athletic"])
    }

    /// Two titled people after one body's name: the second holds a post in it too.
    @Test func theSecondOfTwoTitledPeopleAfterABody() {
        assertExtraction(
            ["Kestrel Bank chairperson Ben Ngubo and chief executive Brian Moletsi asked for the licence."],
            nodes: ["Kestrel Bank (agency)", "Ben Ngubo (person)", "Brian Moletsi (person)"],
            edges: ["Ben Ngubo -leads-> Kestrel Bank", "Brian Moletsi -leads-> Kestrel Bank"])
    }

    /// "X is a <body> <title>": the post in the body, said by the copula.
    @Test func aCopulaBeforeABodysTitle() {
        assertExtraction(
            ["Ana Lima is a Nordic Fisheries Council spokeswoman.", "Delia Garra was a long time Kestrel Bank analyst."],
            nodes: ["Ana Lima (person)", "Nordic Fisheries Council (agency)", "Delia Garra (person)", "Kestrel Bank (agency)"],
            edges: ["Ana Lima -member_of-> Nordic Fisheries Council", "Delia Garra -member_of-> Kestrel Bank"])
    }

    @Test func aPartysMember() {
        assertExtraction(
            ["Carla Mendes of the Green Alliance said the vote was rigged."],
            nodes: ["Carla Mendes (person)", "Green Alliance (agency)"],
            edges: ["Carla Mendes -member_of-> Green Alliance"])
    }

    /// A politician of a party, with the country's adjective before the word; "a member of" a
    /// few words on; a band named after its noun, whatever its last word ("Harbour").
    @Test func aPoliticianForAPartyAndAGuitaristForABand() {
        assertExtraction(
            [
                "Tomas Berglund was a Norwegian politician for the Centre Party.",
                "Piet Claes was a Belgian politician and a member of the Socialist Party.",
                "Lena Brandt is a guitarist for the band Night Harbour.",
            ],
            nodes: [
                "Tomas Berglund (person)", "Centre Party (agency)", "Norway (country)", "Piet Claes (person)",
                "Socialist Party (agency)", "Belgium (country)", "Lena Brandt (person)", "Night Harbour (agency)",
            ],
            edges: [
                "Tomas Berglund -member_of-> Centre Party", "Piet Claes -member_of-> Socialist Party",
                "Lena Brandt -member_of-> Night Harbour",
            ])
    }

    /// "X of the Y" before the verb of any clause, "who last played for", and a body said to
    /// consist of its people.
    @Test func membersNamedWithTheirClubOrBand() {
        assertExtraction(
            [
                "Tomas Varga of the Dunmore Rovers was named the best player.",
                "Lena Ostrova, a goalkeeper who last played for Kelby United, retired.",
                "Lindqvist is a rock band formed in 1990 consisting of Ada Brill and Tom Fenn.",
            ],
            nodes: [
                "Tomas Varga (person)", "Dunmore Rovers (agency)", "Lena Ostrova (person)", "Kelby United (agency)",
                "Lindqvist (agency)", "Ada Brill (person)", "Tom Fenn (person)",
            ],
            edges: [
                "Tomas Varga -member_of-> Dunmore Rovers", "Lena Ostrova -member_of-> Kelby United",
                "Ada Brill -member_of-> Lindqvist", "Tom Fenn -member_of-> Lindqvist",
            ])
    }

    /// Who heads a body, said with the title first ("the chief executive of X is Y") or after
    /// the body ("X, led by Y").
    @Test func theHeadOfABodyNamedAfterItsTitleOrAfterTheBody() {
        assertExtraction(
            ["The chief executive of Halvorsen Motors is Ana Lima. The Green Alliance, led by Carla Mendes, won the vote."],
            nodes: ["Halvorsen Motors (agency)", "Ana Lima (person)", "Green Alliance (agency)", "Carla Mendes (person)"],
            edges: ["Ana Lima -leads-> Halvorsen Motors", "Carla Mendes -leads-> Green Alliance"])
    }

    /// Who heads a body, said with a verb ("X, who heads Y,", "X ran Y until 2010"); not who
    /// led a part of it ("the Institute's Policy Office") or something at it.
    @Test func theHeadOfABodyNamedByAVerbOfLeading() {
        assertExtraction(
            [
                "Ana Lima, who heads the Tartu Chamber of Commerce, said exports fell.", "Carla Mendes ran Halvorsen Motors until 2010.",
                "Earlier, Tom Fenn led the Halvik Institute's policy office.", "Ada Brill led the protest outside the Green Alliance.",
            ],
            nodes: [
                "Ana Lima (person)", "Tartu Chamber of Commerce (agency)", "Carla Mendes (person)", "Halvorsen Motors (agency)",
                "Tom Fenn (person)", "Halvik Institute (agency)", "Ada Brill (person)", "Green Alliance (agency)",
            ],
            edges: ["Ana Lima -leads-> Tartu Chamber of Commerce", "Carla Mendes -leads-> Halvorsen Motors"])
    }

    /// Judges and justices sit on their court ("Supreme Court Justice X", "Judge X of the Y
    /// Court"); the title before a name and a body after it with "of" give the title's relation.
    @Test func aJudgeIsAMemberOfTheCourtNamedWithTheTitle() {
        assertExtraction(
            [
                "Estonia's Supreme Court Justice Ana Lima said the detention was illegal.",
                "Judge Carla Mendes of the Tartu District Court ruled on Monday.", "Director Tom Fenn of the Halvik Institute resigned.",
            ],
            nodes: [
                "Estonia (country)", "Supreme Court (agency)", "Ana Lima (person)", "Carla Mendes (person)",
                "Tartu District Court (agency)", "Tom Fenn (person)", "Halvik Institute (agency)",
            ],
            edges: [
                "Supreme Court -part_of-> Estonia", "Ana Lima -member_of-> Supreme Court", "Carla Mendes -member_of-> Tartu District Court",
                "Tom Fenn -leads-> Halvik Institute",
            ])
    }

    @Test func someoneWhoJoinedACompany() {
        assertExtraction(
            ["Ingrid Solberg joined Halvorsen Motors in 2019."],
            nodes: ["Ingrid Solberg (person)", "Halvorsen Motors (agency)"],
            edges: ["Ingrid Solberg -member_of-> Halvorsen Motors"])
    }

    @Test func aCountrysTitleInAnApposition() {
        assertExtraction(
            ["The French president, Emile Durand, said the plan was fair."],
            nodes: ["Emile Durand (person)", "France (country)"],
            edges: ["Emile Durand -leads-> France"])
        assertExtraction(
            ["Ana Lima, Britain's ambassador to Norway, left early."],
            nodes: ["Ana Lima (person)", "United Kingdom (country)", "Norway (country)"],
            edges: ["Ana Lima -represents-> United Kingdom"])
    }

    /// "X was the second President of Y", "X served as Y's finance minister": a copula gives the
    /// title's relation, across what stands between the subject and its verb.
    @Test func aCopulaGivesTheTitlesRelation() {
        assertExtraction(
            """
            Frederick Mwanza (April 30, 1943 - June 18, 2011) was a Zambian politician who was the second President of Zambia.
            Kvaran Dahlvik served as Norway's finance minister until 2010. Ana Souza became chairman of the Brennvik Institute.
            """,
            nodes: [
                "Frederick Mwanza (person)", "Zambia (country)", "Kvaran Dahlvik (person)", "Norway (country)",
                "Finance Ministry (agency)", "Ana Souza (person)", "Brennvik Institute (agency)",
            ],
            edges: [
                "Frederick Mwanza -leads-> Zambia", "Kvaran Dahlvik -represents-> Norway", "Kvaran Dahlvik -leads-> Finance Ministry",
                "Finance Ministry -part_of-> Norway", "Ana Souza -leads-> Brennvik Institute",
            ])
    }

    // MARK: Names

    @Test func aGivenNameBeforeAPlaceIsAPerson() {
        assertExtraction(
            ["Ana Lima arrived. Jordan Henderson scored."],
            nodes: ["Ana Lima (person)", "Jordan Henderson (person)"], edges: [])
    }

    /// A word of direction before a place makes a part of it, not a club.
    @Test func aPlaceWithAWordOfItsOwnIsAnOrganisationButNotWithADirection() {
        assertExtraction(
            ["Porto Rovers beat Lisbon Athletic on Sunday, while officials in West Lisbon watched."],
            nodes: ["Porto Rovers (agency)", "Lisbon Athletic (agency)", "West Lisbon (place)"], edges: [])
    }

    // MARK: What lies in what

    @Test func anAddressGoesFromTheSmallerToTheLarger() {
        assertExtraction(
            ["The plant is in Gahrivan, Kermanshah Province, Iran."],
            nodes: ["Gahrivan (place)", "Kermanshah Province (place)", "Iran (country)"],
            edges: [
                "Gahrivan -located_in-> Kermanshah Province", "Kermanshah Province -located_in-> Iran",
                "Gahrivan -located_in-> Iran",
            ])
    }

    /// Links stated one sentence at a time join: a quay in a town in a province is in the
    /// province, with both sentences as evidence.
    @Test func linksStatedApartJoinIntoAChain() throws {
        let graph = assertExtraction(
            "The cannery stands on Brennvik Quay in Gahrivan. Gahrivan is a town in Kermanshah Province.",
            nodes: ["Brennvik Quay (place)", "Gahrivan (place)", "Kermanshah Province (place)"],
            edges: [
                "Brennvik Quay -located_in-> Gahrivan", "Gahrivan -located_in-> Kermanshah Province",
                "Brennvik Quay -located_in-> Kermanshah Province",
            ])
        let joined = try #require(graph.edges["place:brennvik-quay--located_in--place:kermanshah-province"])
        #expect(joined.evidence.count == 2)
        #expect(joined.attributes["basis"] == nil)
    }

    /// A chain with a link only the gazetteer knows (Porto lies in Portugal) is inferred, not
    /// stated; its evidence opens with the sentence the text gives (the relation classifier,
    /// retrained whenever extraction changes, may add the sentence that names Portugal).
    @Test func aChainThroughTheGazetteerIsInferred() throws {
        let graph = assertExtraction(
            "The cannery stands on Brennvik Quay in Porto. Officials in Portugal welcomed the plan.",
            nodes: ["Brennvik Quay (place)", "Porto (place)", "Portugal (country)"],
            edges: ["Brennvik Quay -located_in-> Porto", "Porto -located_in-> Portugal", "Brennvik Quay -located_in-> Portugal"])
        let joined = try #require(graph.edges["place:brennvik-quay--located_in--country:portugal"])
        #expect(joined.attributes["basis"] == .string("inferred"))
        #expect(joined.evidence.first?.sentence == "The cannery stands on Brennvik Quay in Porto.")
    }

    /// An address states what the gazetteer also knows: the city lies in the country by the
    /// text, and the edge names both rules.
    @Test func anAddressStatesWhatTheGazetteerKnows() throws {
        let graph = assertExtraction(
            "Ana Lima moved to Vancouver, British Columbia, Canada in 2001.",
            nodes: ["Ana Lima (person)", "Vancouver (place)", "British Columbia (place)", "Canada (country)"],
            edges: [
                "Vancouver -located_in-> British Columbia", "British Columbia -located_in-> Canada",
                "Vancouver -located_in-> Canada",
            ])
        let edge = try #require(graph.edges["place:vancouver--located_in--country:canada"])
        #expect(edge.attributes["basis"] == nil)
        guard case .strings(let rules)? = edge.attributes["rules"] else {
            Issue.record("no rules on \(edge.id)")
            return
        }
        #expect(rules.contains("gazetteer") && rules.contains("place-implied"))
    }

    /// An edge one article states cites that article's sentence, not the sentences of another
    /// that only names the city, whose country the gazetteer knows.
    @Test func anEdgeTheTextStatesCitesOnlyTheSentencesThatStateIt() throws {
        let graph = Harness.graph(
            "The cannery stands in Porto, Portugal.", "Fishermen gathered in Porto on Monday to protest.")
        let edge = try #require(graph.edges["place:porto--located_in--country:portugal"])
        #expect(edge.attributes["basis"] == nil)
        #expect(edge.evidence.map(\.document) == ["t0"])
        #expect(edge.attributes["sources"] == .int(1))
    }

    /// A body another owns or runs as its part: a subsidiary, a division, an arm; or one
    /// owned or acquired by it.
    @Test func aSubsidiaryIsPartOfItsOwner() {
        assertExtraction(
            [
                "Kvist Shipping, a wholly owned subsidiary of Halvorsen Motors, builds ferries.",
                "Tallin Press, which is owned by the Avon Media Group, printed the story.",
                "Brenner Airways was acquired by Kestrel Holdings in 2019.",
            ],
            nodes: [
                "Kvist Shipping (agency)", "Halvorsen Motors (agency)", "Tallin Press (agency)", "Avon Media Group (agency)",
                "Brenner Airways (agency)", "Kestrel Holdings (agency)",
            ],
            edges: [
                "Kvist Shipping -part_of-> Halvorsen Motors", "Tallin Press -part_of-> Avon Media Group",
                "Brenner Airways -part_of-> Kestrel Holdings",
            ])
    }

    /// A unit's kind said after the name types the name ("a canton", "a prefecture") and
    /// its containment word reads the address.
    @Test func aCantonOrPrefectureIsAPlace() {
        assertExtraction(
            "Velmora is a canton in the far north of Ostland.",
            nodes: ["Velmora (place)", "Ostland (place)"],
            edges: ["Velmora -located_in-> Ostland"])
    }

    /// A body named with its seat ("the Porto-based ... firm X") lies there; a unit named with
    /// its country's possessive and what it is ("Norway's Velmora province") lies in it.
    @Test func aBodysSeatAndACountrysProvince() {
        assertExtraction(
            [
                "The Porto-based shipping company Kvist Shipping reported a loss.",
                "Fighting spread to Norway's Velmora province on Monday.",
            ],
            nodes: ["Porto (place)", "Kvist Shipping (agency)", "Norway (country)", "Velmora (place)"],
            edges: ["Kvist Shipping -located_in-> Porto", "Velmora -located_in-> Norway"])
    }

    /// A name no lexicon knows after a unit's noun and "of" is that unit: a place.
    @Test func theTownOfANameIsAPlace() {
        assertExtraction(
            "Troops will withdraw from the Norwegian town of Vardstad on Monday.",
            nodes: ["Norway (country)", "Vardstad (place)"],
            edges: ["Vardstad -located_in-> Norway"])
    }

    /// A capital written as an address is the city, not its government, wherever it stands.
    @Test func aCapitalBeforeItsOwnCountryIsTheCity() {
        assertExtraction(
            "The painter Rosa Quesada (born 1950 Havana, Cuba) lives in Tallinn.",
            nodes: ["Rosa Quesada (person)", "Havana (place)", "Cuba (country)", "Tallinn (place)"],
            edges: ["Havana -located_in-> Cuba"])
    }

    /// "San", "Santa" open a place's name, even before a given name; an island lies in its
    /// islands.
    @Test func aSaintsNameOpensAPlaceAndIslandsHoldAnIsland() {
        assertExtraction(
            "San Ignacio lies near Santa Elena. The port is on Vardo Island in the Brennvik Islands.",
            nodes: ["San Ignacio (place)", "Santa Elena (place)", "Vardo Island (place)", "Brennvik Islands (place)"],
            edges: ["Vardo Island -located_in-> Brennvik Islands"])
    }

    /// After "in", a name its words alone made a person's is a town when an address follows;
    /// without "in" a name and a country stay a person and her country.
    @Test func aNameAfterInWrittenAsAnAddressIsATown() {
        assertExtraction(
            "Kvaran Dahlvik was born in Terre Haute, Indiana. The winner was Ana Souza, Brazil.",
            nodes: ["Kvaran Dahlvik (person)", "Terre Haute (place)", "Indiana (place)", "Ana Souza (person)", "Brazil (country)"],
            edges: ["Terre Haute -located_in-> Indiana"])
    }

    /// No town of the list lies in the one after it.
    @Test func aListOfTownsIsNoAddress() {
        // A capital listed with towns is a town; one listed with another capital may be its
        // government ("Oslo and Beijing agreed").
        assertExtraction(
            "Trains run between Oslo, Bergen and Trondheim. Oslo and Beijing agreed on the deal.",
            nodes: ["Oslo (place)", "Bergen (place)", "Trondheim (place)", "Norway (country)", "China (country)"],
            edges: ["Oslo -located_in-> Norway", "Bergen -located_in-> Norway", "Trondheim -located_in-> Norway"])
    }

    /// A body named after a country or town the article names on its own belongs there; one
    /// named after a country the article names nowhere else adds no country.
    @Test func aBodyNamedAfterItsCountryOrTown() {
        assertExtraction(
            [
                "The Supreme Court of Norway ruled on Monday. Norway has a long coast.",
                "The University of Bergen said the study was done. Bergen is rainy. The Bank of Japan raised rates.",
            ],
            nodes: [
                "Supreme Court of Norway (agency)", "Norway (country)", "University of Bergen (agency)", "Bergen (place)",
                "Bank of Japan (agency)",
            ],
            edges: [
                "Supreme Court of Norway -part_of-> Norway", "University of Bergen -located_in-> Bergen",
                "Bergen -located_in-> Norway", "University of Bergen -located_in-> Norway",
            ])
    }

    /// A place named with its country's adjective and what it is.
    @Test func aPlaceNamedWithItsCountrysAdjective() {
        assertExtraction(
            [
                "Fighting went on in the Ukrainian city of Varnopil. Dorvik is a small Norwegian town.",
                "Goodooga is a village in the Australian state of New South Wales.",
            ],
            nodes: [
                "Ukraine (country)", "Varnopil (place)", "Dorvik (place)", "Norway (country)", "Goodooga (place)",
                "Australia (country)", "New South Wales (place)",
            ],
            edges: [
                "Varnopil -located_in-> Ukraine", "Dorvik -located_in-> Norway", "Goodooga -located_in-> New South Wales",
                "New South Wales -located_in-> Australia", "Goodooga -located_in-> Australia",
            ])
    }

    /// A county lies in the state an address names after it, and a town before it in both.
    @Test func anAddressNamesATownItsCountyAndItsState() {
        assertExtraction(
            "The mill stands in Harlow Springs, Tamsin County, Oregon.",
            nodes: ["Harlow Springs (place)", "Tamsin County (place)", "Oregon (place)"],
            edges: [
                "Harlow Springs -located_in-> Tamsin County", "Tamsin County -located_in-> Oregon", "Harlow Springs -located_in-> Oregon",
            ])
    }

    /// "the X village of Y": Y is a village in X; "the X province of Y": X is a province of Y.
    @Test func aPlaceNounAfterAPlaceSaysWhichOfTheTwoIsInTheOther() {
        assertExtraction(
            ["Rebels attacked the Oran County village of Vikstad on Monday."],
            nodes: ["Oran County (place)", "Vikstad (place)"], edges: ["Vikstad -located_in-> Oran County"])
        assertExtraction(
            ["The mill lies in the Tarrow province of Norway."],
            nodes: ["Tarrow (place)", "Norway (country)"], edges: ["Tarrow -located_in-> Norway"])
    }

    @Test func aTownSaidToBeInARegion() {
        assertExtraction(
            ["Vardeholm is a small town in the Oran County of Norway."],
            nodes: ["Vardeholm (place)", "Oran County (place)", "Norway (country)"],
            edges: [
                "Vardeholm -located_in-> Oran County", "Oran County -located_in-> Norway", "Vardeholm -located_in-> Norway",
            ])
    }
}

extension AffiliationAndPlaceTests {
    @Test func aNameTheTextDescribesTakesTheTypeOfItsDescription() {
        assertExtraction(
            ["Kvistad is a small coastal town. Norbrand, a shipping firm, moved there."],
            nodes: ["Kvistad (place)", "Norbrand (agency)"], edges: [])
    }

    /// A name whose words are a given name and a family name is still the club the text says it
    /// is; a noun that qualifies another ("a party member") describes no body.
    @Test func aDescriptionOutweighsTheWordsOfTheName() {
        assertExtraction(
            ["Harbor Hawks is a football club. Ana Lima, a party member, spoke. Maria Lopez is a bank analyst."],
            nodes: ["Harbor Hawks (agency)", "Ana Lima (person)", "Maria Lopez (person)"], edges: [])
    }

    /// One name in one article is one thing: where the article says it is a company, the
    /// mentions only a verb of speech typed are the company too.
    @Test func aBodyThatSpeaksIsStillTheBody() {
        let graph = assertExtraction(
            ["The service is run by the operator Trelvan. Trelvan said fares would rise. According to Trelvan, trains run late."],
            nodes: ["Trelvan (agency)"], edges: [])
        #expect(Harness.node(graph, "Trelvan")?.mentions.count == 3)
    }

    /// So is a town: the article says once what the name is, and its other mentions, which
    /// only the learned tagger read (one as a club's, one as nothing), are that town, not a
    /// second entity of another type nor dropped.
    @Test func aTownTheArticleDescribesOnceIsThatTownEverywhere() {
        let village = assertExtraction(
            [
                "Talvoni is a village on the eastern shore of Lake Merrow. The Talvoni Rowing Club was founded there in 1921. "
                    + "Talvoni hosted the regional rowing championship in 1990, and Talvoni is the site of a small museum. "
                    + "Visitors reach Talvoni by ferry."
            ],
            nodes: ["Talvoni (place)", "Lake Merrow (place)", "Talvoni Rowing Club (agency)"], edges: [])
        #expect(Harness.node(village, "Talvoni")?.mentions.count == 4)
        let port = assertExtraction(
            [
                "Brenhaven is a port town in the Outer Districts. The Brenhaven police station was the scene of a raid. "
                    + "Brenhaven is the site of one of the mission's posts. Brenhaven is also known as a diving destination."
            ],
            nodes: ["Brenhaven (place)", "Outer Districts (place)"], edges: ["Brenhaven -located_in-> Outer Districts"])
        #expect(Harness.node(port, "Brenhaven")?.mentions.count == 4)
    }

    /// A body's country in the noun that says what it is, before its name or in a description.
    @Test func aBodysCountryInTheNounThatSaysWhatItIs() {
        assertExtraction(
            ["German carmaker Velkor said sales fell. Cimatra was an Italian maker of bicycles."],
            nodes: ["Velkor (agency)", "Germany (country)", "Cimatra (agency)", "Italy (country)"],
            edges: ["Velkor -located_in-> Germany", "Cimatra -located_in-> Italy"])
    }
}

extension AffiliationAndPlaceTests {
    @Test func aCountrysMinistryWrittenInLowerCaseIsThatCountrys() {
        assertExtraction(
            ["Australia's trade ministry said exports rose."],
            nodes: ["Australia (country)", "Trade Ministry (agency)"], edges: ["Trade Ministry -part_of-> Australia"])
    }

    @Test func aMinistryATitleImpliesIsTheHoldersCountrysAndNoOneElses() {
        assertExtraction(
            [
                "Trade Minister Ana Lima of Norway said talks went well.", "Sweden's Trade Minister Tom Berg arrived.",
                "Trade Minister Carla Mendes arrived.",
            ],
            nodes: [
                "Ana Lima (person)", "Tom Berg (person)", "Carla Mendes (person)", "Norway (country)", "Sweden (country)",
                "Trade Ministry (Norway) (agency)", "Trade Ministry (Sweden) (agency)",
            ],
            edges: [
                "Ana Lima -represents-> Norway", "Ana Lima -leads-> Trade Ministry (Norway)", "Trade Ministry (Norway) -part_of-> Norway",
                "Tom Berg -represents-> Sweden", "Tom Berg -leads-> Trade Ministry (Sweden)", "Trade Ministry (Sweden) -part_of-> Sweden",
            ])
    }
}
