import NewsGraphCore
import Testing

/// Meetings in date order where the articles say when, else in order of first mention.
@Suite struct ChronologyTests {
    @Test func datesAreReadFromISODatesAndMonthNames() {
        #expect(EventDate(parsing: "2024-03-01") == EventDate(year: 2024, month: 3, day: 1))
        #expect(EventDate(parsing: "held on 2025-10-24, a Friday") == EventDate(year: 2025, month: 10, day: 24))
        #expect(EventDate(parsing: "in May") == EventDate(month: 5))
        #expect(EventDate(parsing: "September") == EventDate(month: 9))
        #expect(EventDate(parsing: "on Friday") == nil)
        #expect(EventDate(parsing: "mayor") == nil)
        #expect(EventDate(parsing: "2024-13-01") == nil)
        #expect(EventDate(month: 5).description == "May")
        #expect(EventDate(year: 2024, month: 3, day: 1).description == "2024-03-01")
    }

    @Test func meetingsWithADateComeFirstThenByFirstMention() {
        func meeting(_ slug: String, _ attributes: Attributes, at start: Int, in document: String = "d1") -> Entity {
            Entity(
                id: "meeting:\(slug)", type: .meeting, label: slug, attributes: attributes,
                mentions: [Mention(document: document, start: start, end: start + 1, text: "x")])
        }
        let graph = EntityGraph(
            documents: [Document(id: "d1", path: "d1.txt", title: "One"), Document(id: "d2", path: "d2.txt", title: "Two")],
            nodes: [
                meeting("friday", ["when": .strings(["on Friday"])], at: 50),
                meeting("may", ["when": .strings(["Friday", "in May"])], at: 90),
                meeting("september", ["when": .string("September")], at: 5),
                meeting("undated-early", [:], at: 10),
                meeting("second-document", [:], at: 0, in: "d2"),
                Entity(id: "person:p", type: .person, label: "P"),
            ])
        #expect(
            graph.meetingsInTimeOrder().map(\.label) == ["may", "september", "undated-early", "friday", "second-document"])
    }
}
