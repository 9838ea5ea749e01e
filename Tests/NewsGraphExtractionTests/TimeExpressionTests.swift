import NewsGraphCore
import Testing
@testable import NewsGraphExtraction

@Suite struct TimeExpressionTests {
    @Test func calendarArithmeticRoundTrips() {
        let date = CalendarDate(year: 2024, month: 2, day: 29)
        #expect(date.isValid)
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        #expect(date.adding(days: 1).iso == "2024-03-01")
        #expect(CalendarDate(year: 1970, month: 1, day: 1).weekday == 3)  // a Thursday
        #expect(!CalendarDate(year: 2025, month: 4, day: 31).isValid)
    }

    @Test func aMeetingOnAWeekdayIsDatedFromTheArticlesDate() throws {
        // 20 October 2025 was a Monday.
        let graph = Harness.graph("""
            October 20, 2025
            Trade ministers will meet in Vienna on Friday to settle the dispute.
            """)
        let meeting = try #require(Harness.node(graph, "Vienna talks"))
        #expect(meeting.attributes["when"] == .strings(["on Friday"]))
        #expect(meeting.attributes["date"] == .string("2025-10-24"))
    }

    @Test func pastWeekdaysAndMonthsResolveBackwards() throws {
        let graph = Harness.graph("""
            Published 2025-10-22
            Finance ministers met in Oslo on Monday. Officials held talks in Bergen in May.
            """)
        #expect(Harness.node(graph, "Oslo talks")?.attributes["date"] == .string("2025-10-20"))
        #expect(Harness.node(graph, "Bergen talks")?.attributes["date"] == .string("2025-05"))
    }

    @Test func withoutAnArticleDateOnlyTheWordsAreKept() throws {
        let graph = Harness.graph("Trade ministers will meet in Vienna next Thursday.")
        let meeting = try #require(Harness.node(graph, "Vienna talks"))
        #expect(meeting.attributes["when"] == .strings(["next Thursday"]))
        #expect(meeting.attributes["date"] == nil)
    }

    @Test func aPolicysStartDateIsResolved() throws {
        let graph = Harness.graph("""
            March 3, 2026
            Canada will impose 25% tariffs on Chinese steel starting April 1.
            """)
        let policy = try #require(graph.nodes.values.first { $0.type == .policy })
        #expect(policy.attributes["when"] == .strings(["starting April 1"]))
        #expect(policy.attributes["date"] == .string("2026-04-01"))
    }

    /// A month's name that is a given name too opens a person's name before a capitalised word,
    /// and is the month after a word that opens a date or with its period.
    @Test func aMonthThatIsAGivenNameBeforeANameIsNoDate() throws {
        let graph = Harness.graph([
            "Chairman Jan Brekke met April Hale in Vienna on Monday.", "Ministers will meet in Vienna in April, Jan Brekke said.",
            "Talks in Vienna ended on Jan. 5, Jan Brekke said.",
        ])
        let meeting = try #require(Harness.node(graph, "Vienna talks"))
        #expect(meeting.attributes["when"] == .strings(["in April", "on Jan. 5", "on Monday"]))
        #expect(Harness.node(graph, "April Hale")?.type == .person)
    }
}
