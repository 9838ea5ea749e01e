import NewsGraphCore
import Testing

@testable import NewsGraphExtraction

/// The harness itself: `assertExtraction` must fail when the output is not exactly what is
/// expected, and every text given must be read.
@Suite struct ExtractionHarnessTests {
    @Test func everyTextGivenIsAnArticle() {
        let graph = Harness.graph(
            "Ana Lima arrived.", "Tom Berg left.", "Carla Mendes of the Green Alliance said the vote was rigged.")
        #expect(graph.documents.map(\.id) == ["t0", "t1", "t2"])
        #expect(Harness.edges(graph) == ["Carla Mendes -member_of-> Green Alliance"])
    }

    @Test func missingAndUnexpectedItemsFailApart() {
        withKnownIssue {
            assertExtraction(
                "Carla Mendes of the Green Alliance said the vote was rigged.",
                nodes: ["Carla Mendes (person)", "Green Party (agency)"], edges: [])
        } matching: { issue in
            let comment = issue.comments.map(\.rawValue).joined()
            return comment.contains("missing nodes:\n  - Green Party (agency)")
                && comment.contains("unexpected nodes:\n  + Green Alliance (agency)")
                || comment.contains("unexpected edges:\n  + Carla Mendes -member_of-> Green Alliance")
        }
    }

    @Test func aRuleThatFindsNothingFails() {
        withKnownIssue {
            assertExtraction("Nothing happened here.", nodes: ["Ana Lima (person)"], edges: [])
        }
    }

    @Test func harnessGraphsFailOnAnUnexpectedWarningToo() {
        withKnownIssue {
            _ = Harness.graph(
                "Actor John Smyth opened a theatre in Leeds.", "Economist John Smith criticised the budget in Ottawa.")
        } matching: { issue in
            issue.comments.map(\.rawValue).joined().contains("unexpected warning: [merge.refused]")
        }
        _ = Harness.graph(
            "Actor John Smyth opened a theatre in Leeds.", "Economist John Smith criticised the budget in Ottawa.",
            warnings: ["merge.refused"])
    }

    @Test func anUnexpectedWarningFailsAndAnExpectedOneMustBeGiven() {
        let texts = ["Actor John Smyth opened a theatre in Leeds.", "Economist John Smith criticised the budget in Ottawa."]
        let nodes: Set = ["John Smyth (person)", "John Smith (person)", "Leeds (place)", "Ottawa (place)"]
        withKnownIssue {
            assertExtraction(texts, nodes: nodes, edges: [])
        } matching: { issue in
            issue.comments.map(\.rawValue).joined().contains("unexpected warning: [merge.refused]")
        }
        withKnownIssue {
            assertExtraction(texts[0], nodes: ["John Smyth (person)", "Leeds (place)"], edges: [], warnings: ["merge.refused"])
        } matching: { issue in
            issue.comments.map(\.rawValue).joined().contains("expected a warning merge.refused, none was given")
        }
    }
}
