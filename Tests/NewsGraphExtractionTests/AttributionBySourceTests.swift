import NewsGraphCore
import Testing

private typealias H = Harness

/// `attribution_by_source`: which articles state a relation as fact and which only attribute it,
/// kept when both kinds exist.
@Suite struct AttributionBySourceTests {
    @Test func oneArticleStatesWhatAnotherAttributes() throws {
        let graph = H.graph(
            "Canada imposed 25% tariffs on Chinese steel on Monday.",
            "According to trade officials, Canada imposed 25% tariffs on Chinese steel.",
            "Canada reportedly imposed 25% tariffs on Chinese steel.")
        let imposes = try #require(graph.edges.values.first { $0.type == .imposes })
        #expect(
            imposes.attributes["attribution_by_source"]
                == .strings(["t0=stated", "t1=attributed to trade officials", "t2=attributed to an unnamed source"]))
    }

    @Test func articlesThatAllStateItAddNothing() throws {
        let graph = H.graph(
            "Canada imposed 25% tariffs on Chinese steel on Monday.", "Canada imposed 25% tariffs on Chinese steel, it said.")
        let imposes = try #require(graph.edges.values.first { $0.type == .imposes })
        #expect(imposes.attributes["attribution_by_source"] == nil)
    }

    /// An article that states it once as fact states it, whatever else it attributes.
    @Test func anArticleThatStatesItOnceStatesIt() throws {
        let graph = H.graph(
            "Canada reportedly imposed 25% tariffs on Chinese steel. Canada imposed 25% tariffs on Chinese steel in May.",
            "Canada imposed 25% tariffs on Chinese steel, it said.")
        let imposes = try #require(graph.edges.values.first { $0.type == .imposes })
        #expect(imposes.attributes["attribution_by_source"] == nil)
    }
}
