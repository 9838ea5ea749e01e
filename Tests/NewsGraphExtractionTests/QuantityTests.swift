import NewsGraphCore
import Testing

private typealias H = Harness

/// Quantities (`QuantityRecognizer`): the numbers and dates a sentence states about a meeting
/// or a policy, each with its unit, bound, text, offsets and sentence, and none that the phrase
/// does not tie to the event.
@Suite struct QuantityTests {
    /// kind, unit, value, bound, text: what a test compares.
    private static func facts(_ entity: Entity?) -> [String] {
        (entity?.quantities ?? []).map { quantity in
            "\(quantity.kind.rawValue) \(quantity.unit) \(Quantity.format(quantity.value))"
                + (quantity.bound.map { " \($0.rawValue)" } ?? "") + " '\(quantity.text)'"
        }
    }

    @Test func ratesAfterALinkingWordAndInsideTheName() throws {
        let graph = H.graph("Peru imposed tariffs of 25% on copper imports. Chile threatened new 40 percent tariffs on lithium.")
        let peru = try #require(graph.nodes.values.first { $0.type == .policy && $0.label.contains("copper") })
        #expect(Self.facts(peru) == ["rate % 25 '25%'"])
        let chile = try #require(graph.nodes.values.first { $0.type == .policy && $0.label.contains("lithium") })
        #expect(Self.facts(chile) == ["rate % 40 '40 percent'"])
        // Offsets and the sentence: the text is the document's slice, the sentence holds it.
        let quantity = try #require(peru.quantities?.first)
        #expect(quantity.evidence?.sentence == "Peru imposed tariffs of 25% on copper imports.")
        #expect(quantity.start == 24 && quantity.end == 27)
    }

    @Test func boundsMoneyAndScales() throws {
        let graph = H.graph(
            "Kenya raised tariffs to about 35% on imported sugar. Japan announced subsidies of more than $2.5 billion for chip makers.")
        let tariffs = try #require(graph.nodes.values.first { $0.type == .policy && $0.label.contains("sugar") })
        #expect(Self.facts(tariffs) == ["rate % 35 approximately 'about 35%'"])
        let subsidies = try #require(graph.nodes.values.first { $0.type == .policy && $0.label.contains("subsidies") })
        #expect(Self.facts(subsidies) == ["money USD 2,500,000,000 at-least 'more than $2.5 billion'"])
    }

    @Test func durationsWrittenWithAHyphenOrAfterTheEvent() throws {
        let graph = H.graph("Ghana and Togo agreed a 45-day ceasefire along the border.")
        let ceasefire = try #require(graph.nodes.values.first { $0.type == .policy })
        #expect(Self.facts(ceasefire) == ["duration day 45 '45-day'"])
    }

    /// A number elsewhere in the sentence may measure anything: it is not the event's.
    @Test func aNumberTheEventDoesNotGovernIsLeftOut() throws {
        let graph = assertExtraction(
            "Tariffs on Chilean wine hit 40% of exporters, officials in Lima said on Tuesday.",
            nodes: ["Chile (country)", "Lima (place)", "wine (commodity)", "tariffs on Chilean wine (policy)"],
            edges: ["tariffs on Chilean wine -targets-> Chile", "tariffs on Chilean wine -covers-> wine"])
        for node in graph.nodes.values { #expect(Self.facts(node).filter { $0.hasPrefix("rate") }.isEmpty, "\(node.id)") }
        // The same number after a policy the text does find.
        let found = assertExtraction(
            "Peru imposed tariffs on Chilean wine. The tariffs hit 40% of exporters, officials in Lima said on Tuesday.",
            nodes: ["Peru (country)", "Chile (country)", "Lima (place)", "wine (commodity)", "tariffs on Chilean wine (policy)"],
            edges: [
                "Peru -imposes-> tariffs on Chilean wine", "tariffs on Chilean wine -targets-> Chile",
                "tariffs on Chilean wine -covers-> wine", "Lima -located_in-> Peru",
            ])
        #expect(Self.facts(H.node(found, "tariffs on Chilean wine")) == [])
    }

    @Test func datesAreKeptAsTheWordsSayThem() throws {
        let graph = H.graph(
            "Trade ministers will hold talks in Vienna on Friday.", "Trade ministers will hold talks in Vienna on 12 March.",
            "Trade ministers held talks in Vienna on March 14, 2024.")
        let talks = try #require(H.node(graph, "Vienna talks"))
        #expect(Self.facts(talks) == ["date weekday 5 'on Friday'", "date day 312 'on 12 March'", "date date 20,240,314 'on March 14, 2024'"])
    }

    /// "will arrive on Friday for talks": Friday is the arrival's; "by Friday" bounds, not dates.
    @Test func aDateOfAnotherVerbOrABoundIsNotTheEvents() throws {
        let graph = assertExtraction(
            "Trade ministers will arrive in Vienna on Friday for talks. A deal on tariffs is expected by Friday.",
            nodes: ["Vienna (place)", "Vienna talks (meeting)"], edges: ["Vienna talks -held_in-> Vienna"])
        for node in graph.nodes.values { #expect(Self.facts(node).filter { $0.hasPrefix("date") }.isEmpty, "\(node.id)") }
    }

    @Test func contradictionRespectsBoundsAndDatePrecision() {
        func rate(_ value: Double, _ bound: Quantity.Bound? = nil) -> Quantity {
            Quantity(kind: .rate, unit: "%", value: value, bound: bound, document: "d", start: 0, end: 1, text: "x")
        }
        func date(_ unit: String, _ value: Double) -> Quantity {
            Quantity(kind: .date, unit: unit, value: value, document: "d", start: 0, end: 1, text: "x")
        }
        #expect(rate(25).contradicts(rate(30)))
        #expect(!rate(25).contradicts(rate(25, .approximately)))
        #expect(!rate(100, .atLeast).contradicts(rate(120)))
        #expect(rate(100, .atMost).contradicts(rate(120)))
        #expect(date("month", 9).contradicts(date("day", 1010)))
        #expect(!date("month", 10).contradicts(date("day", 1010)))
        #expect(date("weekday", 5).contradicts(date("weekday", 6)))
        #expect(!date("weekday", 5).contradicts(date("day", 1010)))
        #expect(date("date", 20_251_010).contradicts(date("date", 20_241_010)))
        #expect(!rate(25).contradicts(Quantity(kind: .count, unit: "%", value: 30, document: "d", start: 0, end: 1, text: "x")))
    }
}
