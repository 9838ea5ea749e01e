import NewsGraphCore
import Testing
@testable import NewsGraphExtraction

/// The learned relation classifier: what its edges say of themselves, and the slots that keep
/// it from contradicting what the patterns read.
@Suite struct RelationClassifierTests {
    typealias H = Harness

    /// Where a body is among towns and sites a sentence says: a body and a place are a
    /// candidate pair only where one sentence names both, as a person and a body are.
    @Test func aBodyAndAPlaceArePairedOnlyWithinASentence() {
        let text = "The Norvik Trust opened an office in Vardeholm. Storms hit Tampere on Monday."
        let pairs = H.extractor.relationCandidates(Article(id: "t0", path: "t0.txt", text: text))
            .filter { $0.source.type == .agency && $0.target.type == .place }
            .map { "\($0.source.name ?? "") > \($0.target.name ?? "")" }
        #expect(pairs == ["norvik trust > vardeholm"])
    }

    @Test func anInferredEdgeSaysSoAndCitesTheSentencesThatNameBoth() throws {
        let text = "Vardeholm is a fishing port. The town is the largest in northern Norway and lies on the coast."
        let graph = H.graph(text)
        #expect(H.edges(graph) == ["Vardeholm -located_in-> Norway"])
        let edge = try #require(graph.edges.values.first)
        #expect(edge.attributes["basis"] == .string("inferred"))
        #expect(edge.attributes["rules"] == .strings(["classifier"]))
        #expect(edge.evidence.map(\.sentence) == ["Vardeholm is a fishing port.", "The town is the largest in northern Norway and lies on the coast."])
    }

    /// The classifier gives only the readings its card lists: those it made right more often
    /// than wrong in cross-validation.
    @Test func aReadingTheCardDoesNotListIsNotGiven() throws {
        let text = "Vardeholm is a fishing port. The town is the largest in northern Norway and lies on the coast."
        let shipped = try #require(H.extractor.relationClassifier)
        #expect(shipped.readings.contains(RelationClassifier.Reading(.locatedIn, .place, .country)))
        var readings = shipped.readings
        readings.remove(RelationClassifier.Reading(.locatedIn, .place, .country))
        let without = RelationClassifier(model: shipped.model, threshold: shipped.threshold, readings: readings, lexicon: H.extractor.lexicon)
        let reading = H.extractor.using(without)
        let graph = CorpusResolver(lexicon: reading.lexicon).resolve([reading.extract(Article(id: "t0", path: "t0.txt", text: text))])
        #expect(H.edges(graph).isEmpty)
    }

    /// A body of nations works in many places; the classifier does not place it where it works.
    @Test func aBodyOfNationsIsNotReadAsLyingWhereItWorks() {
        let text = """
            The United Nations says thousands of refugees have begun returning to their villages in Darfur.

            The United Nations refugee agency said the returns to western Sudan were voluntary.

            Aid workers in Darfur said food supplies remained short.
            """
        #expect(H.edges(H.graph(text)) == ["Darfur -located_in-> Sudan"])
    }

    /// Nor is a body whose own name says it spans nations, though no lexicon lists it: it is no
    /// part of the country an article names it with.
    @Test func aBodyNamedAsSpanningNationsIsNoPartOfACountry() {
        let text = """
            Venezuela's government has waged a long campaign against the Harbour station.
            The Inter-American Commission on Harbour Rights says it is concerned about the case.
            Venezuelan President Ana Lima has threatened to close the station.
            """
        #expect(H.edges(H.graph(text)) == ["Ana Lima -leads-> Venezuela"])
    }

    /// A sea or an ocean of no one country is larger than any country: no country or town holds
    /// it, however near the text names them, also where the article's "the" joined the sea's
    /// other name ("the Atlantic").
    @Test func aSeaOfNoOneCountryLiesInNoCountryOrTown() {
        let graph = H.graph("The ship sank in the Atlantic Ocean off Portugal, officials in Lisbon said.")
        #expect(H.node(graph, "Atlantic Ocean")?.type == .place)
        #expect(!H.edges(graph).contains { $0.hasPrefix("Atlantic Ocean") })
    }

    @Test func aRelationFillsItsSlotsOnce() {
        let lima = EntityKey.person("ana lima")
        let norway = EntityKey.country("NO")
        let town = EntityKey.place("vardeholm")
        let leads = RelationClassifier.slots(lima, .leads, norway)
        #expect(leads.map(\.name) == [.init(.serves, lima), .init(.ledBy, norway)])
        #expect(leads.map(\.holder) == [norway, lima])
        #expect(RelationClassifier.slots(lima, .represents, norway).map(\.name) == [.init(.serves, lima)])
        #expect(RelationClassifier.slots(town, .locatedIn, norway).map(\.name) == [.init(.country, town)])
        #expect(RelationClassifier.slots(town, .locatedIn, .place("oran county")).isEmpty)
    }

    @Test func aPersonTheTitlesTieToACountryIsNotMadeTheLeaderOfAnother() {
        assertExtraction(
            ["Norway's trade minister Ana Lima met officials from Sweden in Oslo on Monday."],
            nodes: [
                "Ana Lima (person)", "Norway (country)", "Sweden (country)", "Oslo (place)", "Trade Ministry (agency)",
                "Oslo talks (meeting)",
            ],
            edges: [
                "Ana Lima -represents-> Norway", "Ana Lima -leads-> Trade Ministry", "Trade Ministry -part_of-> Norway",
                "Ana Lima -attends-> Oslo talks", "Oslo talks -held_in-> Oslo",
                "Oslo -located_in-> Norway",
            ])
    }
}
