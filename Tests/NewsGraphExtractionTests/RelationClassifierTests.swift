import NewsGraphCore
import Testing
@testable import NewsGraphExtraction

/// The learned relation classifier: what its edges say of themselves, and the slots that keep
/// it from contradicting what the patterns read.
@Suite struct RelationClassifierTests {
    typealias H = Harness

    @Test func anInferredEdgeSaysSoAndCitesTheSentencesThatNameBoth() throws {
        let text = "Vardeholm is a fishing port. The town is the largest in northern Norway and lies on the coast."
        let graph = H.graph(text)
        #expect(H.edges(graph) == ["Vardeholm -located_in-> Norway"])
        let edge = try #require(graph.edges.values.first)
        #expect(edge.attributes["basis"] == .string("inferred"))
        #expect(edge.attributes["rules"] == .strings(["classifier"]))
        #expect(edge.evidence.map(\.sentence) == ["Vardeholm is a fishing port.", "The town is the largest in northern Norway and lies on the coast."])
    }

    @Test func aRelationFillsItsSlotsOnce() {
        let leads = RelationClassifier.slots("person:ana lima", .leads, "country:NO")
        #expect(leads.map(\.name) == ["serves>person:ana lima", "led<country:NO"])
        #expect(RelationClassifier.slots("person:ana lima", .represents, "country:NO").map(\.name) == ["serves>person:ana lima"])
        #expect(RelationClassifier.slots("place:vardeholm", .locatedIn, "country:NO").map(\.name) == ["country>place:vardeholm"])
        #expect(RelationClassifier.slots("place:vardeholm", .locatedIn, "place:oran county").isEmpty)
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
