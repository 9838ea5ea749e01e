import NewsGraphCore
import Testing

private typealias H = Harness

/// `status_by_source`: each article's status of a measure, kept when the articles disagree.
@Suite struct StatusBySourceTests {
    @Test func articlesThatDisagreeOnAStatusAreEachRecorded() throws {
        let graph = H.graph(
            "Canada imposed 25% tariffs on Chinese steel on Monday.",
            "Canada threatened 25% tariffs on Chinese steel on Monday.",
            "Canada threatened 25% tariffs on Chinese steel, officials said.")
        let imposes = try #require(graph.edges.values.first { $0.type == .imposes })
        #expect(imposes.attributes["status"] == .string("threatened"))
        #expect(imposes.attributes["status_by_source"] == .strings(["t0=enacted", "t1=threatened", "t2=threatened"]))
    }

    @Test func articlesThatAgreeAddNothing() throws {
        let graph = H.graph(
            "Canada imposed 25% tariffs on Chinese steel on Monday.", "Canada imposed 25% tariffs on Chinese steel, officials said.")
        let imposes = try #require(graph.edges.values.first { $0.type == .imposes })
        #expect(imposes.attributes["status"] == .string("enacted"))
        #expect(imposes.attributes["status_by_source"] == nil)
    }

    /// An article giving two statuses itself is left out: it says nothing certain.
    @Test func anArticleThatDisagreesWithItselfIsLeftOut() throws {
        let graph = H.graph(
            "Canada imposed 25% tariffs on Chinese steel on Monday. Canada threatened 25% tariffs on Chinese steel in May.",
            "Canada threatened 25% tariffs on Chinese steel, officials said.")
        let imposes = try #require(graph.edges.values.first { $0.type == .imposes })
        #expect(imposes.attributes["status_by_source"] == nil)
    }
}
