import NewsGraphCore
import Testing

@testable import NewsGraphExtraction

/// Analyst decisions applied inside resolution, each on articles written for it: the graph
/// without the decision first (so the test fails if the rule it overrules stops firing), then
/// with it, nodes and edges exactly.
@Suite struct DecisionResolutionTests {
    typealias H = Harness

    /// Two officials of one family at one summit; one source names the second once, with no role.
    let summit = [
        "Deputy Premier Zhao Mingyu will attend the Harbin summit on Monday. Zhao Mingyu said exports would recover.",
        "Finance Minister Erik Dahl met Zhao Lihua at the Harbin summit.",
    ]
    /// One company written two ways.
    let company = [
        "The Halden Shipping Company said on Monday it would open a route to Tallinn.",
        "Halden Shipping Co. added two ships to its Tallinn route, said Mona Berg, chief executive of Halden Shipping Co.",
    ]
    /// A football club the text makes a place, and page furniture read as a person.
    let club = [
        "Supporters in Kvarnby Hawks celebrated on Sunday after the match in Bergen. Mayor Lina Holm of Bergen met the players.",
        "Trade Minister Ana Lima met Swedish Trade Minister Tom Berg in Oslo on Monday. Click Here To Subscribe said Tom Berg.",
    ]

    static func records(_ texts: [String]) -> [DocumentExtraction] {
        texts.enumerated().map { index, text in H.extractor.extract(Article(id: "t\(index)", path: "t\(index).txt", text: text)) }
    }

    static func decisions(_ text: String, file: String = "decisions.tsv") throws -> Decisions {
        try Decisions(files: [(file, text)])
    }

    static func resolve(_ texts: [String], _ decisions: String) throws -> EntityGraph {
        try CorpusResolver(lexicon: H.extractor.lexicon).resolve(records(texts), decisions: Self.decisions(decisions))
    }

    static func people(_ graph: EntityGraph) -> [String] { H.nodes(graph).filter { $0.hasSuffix("(person)") } }

    /// The message of the one thrown decision error.
    static func error(_ texts: [String], _ decisions: String) -> String? {
        do {
            _ = try resolve(texts, decisions)
            return nil
        } catch {
            return "\(error)"
        }
    }

    // MARK: different

    @Test func differentKeepsTwoPeopleOfOneFamilyAtOneMeetingApart() throws {
        let merged = H.graph(summit[0], summit[1], warnings: ["merge.garbled-name"])
        #expect(Self.people(merged) == ["Erik Dahl (person)", "Zhao Mingyu (person)"])
        #expect(merged.diagnostics.map(\.id) == ["merge.garbled-name"])

        let graph = try Self.resolve(
            summit, "# checked\ndifferent\tZhao Lihua\tZhao Mingyu\ttwo officials: the source names both\n")
        #expect(Self.people(graph) == ["Erik Dahl (person)", "Zhao Lihua (person)", "Zhao Mingyu (person)"])
        #expect(
            Set(H.edges(graph)) == [
                "Erik Dahl -attends-> Harbin summit", "Harbin summit -held_in-> Harbin",
                "Zhao Lihua -attends-> Harbin summit", "Zhao Mingyu -attends-> Harbin summit",
            ])
        // The refused merge is reported once, by the decision, with its line and what it overruled.
        #expect(graph.diagnostics.map(\.id) == ["decision.different"])
        let diagnostic = try #require(graph.diagnostics.first)
        #expect(
            diagnostic.decision
                == DecisionLine(
                    file: "decisions.tsv", line: 2,
                    text: #"different "Zhao Lihua" "Zhao Mingyu" two officials: the source names both"#))
        #expect(diagnostic.subjects == ["person:zhao-lihua", "person:zhao-mingyu"])
        #expect(
            diagnostic.message.contains("without the decision the resolver would have merged 'Zhao Lihua' into 'Zhao Mingyu'"))
        for id in ["person:zhao-lihua", "person:zhao-mingyu"] {
            #expect(graph.nodes[id]?.attributes["decisions"] == .strings(["decisions.tsv:2 different"]))
        }
        #expect(graph.nodes["person:erik-dahl"]?.attributes["decisions"] == nil)
    }

    @Test func differentThatNoRuleWouldBreakSaysSo() throws {
        let graph = try Self.resolve(summit, "different \"Erik Dahl\" \"Zhao Mingyu\" not one person\n")
        let diagnostic = try #require(graph.diagnostics.first { $0.id == "decision.different" })
        #expect(diagnostic.message.hasSuffix("; no rule would have joined them"))
        // The rules' own merge still happens.
        #expect(graph.diagnostics.contains { $0.id == "merge.garbled-name" })
    }

    // MARK: same

    @Test func sameJoinsACompanyWrittenTwoWays() throws {
        let apart = H.graph(company[0], company[1])
        #expect(
            H.nodes(apart).filter { $0.hasSuffix("(agency)") } == [
                "Halden Shipping Co. (agency)", "Halden Shipping Company (agency)",
            ])

        let graph = try Self.resolve(
            company, "same\tHalden Shipping Company\tHalden Shipping Co.\tone firm: Co. abbreviates Company\n")
        let agencies = graph.nodes.values.filter { $0.type == .agency }
        #expect(agencies.count == 1)
        let firm = try #require(agencies.first)
        #expect(Set([firm.label] + firm.aliases).isSuperset(of: ["Halden Shipping Co.", "Halden Shipping Company"]))
        #expect(Set(firm.mentions.map(\.document)) == ["t0", "t1"])
        #expect(H.edges(graph).contains("Mona Berg -leads-> \(firm.label)"))
        #expect(firm.attributes["decisions"] == .strings(["decisions.tsv:1 same"]))
        let diagnostic = try #require(graph.diagnostics.first { $0.id == "decision.same" })
        #expect(diagnostic.subjects == [firm.id])
        #expect(
            diagnostic.message
                == "joined 'Halden Shipping Company' and 'Halden Shipping Co.' as one entity, as decided: one firm: Co. abbreviates Company"
        )
    }

    // MARK: type, drop, label, edge-drop

    @Test func typeRetypesAClubTheTextMadeAPlace() throws {
        #expect(H.nodes(H.graph(club[0])).contains("Kvarnby Hawks (place)"))
        let graph = try Self.resolve(club, "type\t\"Kvarnby Hawks\"\tagency\ta football club\n")
        #expect(H.nodes(graph).contains("Kvarnby Hawks (agency)"))
        #expect(!H.nodes(graph).contains("Kvarnby Hawks (place)"))
        let node = try #require(graph.nodes["agency:kvarnby-hawks"])
        #expect(node.attributes["decisions"] == .strings(["decisions.tsv:1 type"]))
        let diagnostic = try #require(graph.diagnostics.first { $0.id == "decision.type" })
        #expect(diagnostic.message == "typed 'Kvarnby Hawks' as agency (was place), as decided: a football club")
        #expect(diagnostic.subjects == ["agency:kvarnby-hawks"])
    }

    @Test func dropRemovesAJunkNodeAndItsRelations() throws {
        #expect(H.nodes(H.graph(club[1])).contains("Click Here To Subscribe (person)"))
        let graph = try Self.resolve(club, "drop \"Click Here To Subscribe\" page furniture\n")
        #expect(!H.nodes(graph).contains { $0.hasPrefix("Click Here") })
        #expect(!graph.edges.values.contains { $0.source.contains("click") || $0.target.contains("click") })
        #expect(!graph.nodes.values.contains { node in node.mentions.contains { $0.text.contains("Click") } })
        let diagnostic = try #require(graph.diagnostics.first { $0.id == "decision.drop" })
        #expect(
            diagnostic.message == "dropped 'Click Here To Subscribe' (person; 1 mention in 1 article), as decided: page furniture"
        )
        #expect(diagnostic.subjects.isEmpty)
        // Everything else is as before.
        let before = H.graph(club[0], club[1])
        #expect(Set(H.nodes(graph)) == Set(H.nodes(before)).subtracting(["Click Here To Subscribe (person)"]))
        #expect(H.edges(graph) == H.edges(before))
    }

    @Test func labelShowsTheAnalystsNameAndKeepsTheOldOneAsAnAlias() throws {
        let graph = try Self.resolve(club, "label\tperson:tom-berg\tTomas Berg\n")
        let node = try #require(graph.nodes["person:tomas-berg"])
        #expect(node.label == "Tomas Berg")
        #expect(node.aliases.contains("Tom Berg"))
        #expect(graph.nodes["person:tom-berg"] == nil)
        #expect(H.edges(graph).contains("Tomas Berg -represents-> Sweden"))
        #expect(!H.edges(graph).contains { $0.hasPrefix("Tom Berg") })
        #expect(node.attributes["decisions"] == .strings(["decisions.tsv:1 label"]))
    }

    @Test func edgeDropRemovesOneCheckedRelation() throws {
        let before = H.graph(club[0], club[1])
        #expect(H.edges(before).contains("Tom Berg -represents-> Sweden"))
        let graph = try Self.resolve(club, "edge-drop\tTom Berg\trepresents\tSweden\the is Norwegian\n")
        #expect(Set(H.edges(graph)) == Set(H.edges(before)).subtracting(["Tom Berg -represents-> Sweden"]))
        #expect(Set(H.nodes(graph)) == Set(H.nodes(before)))
        let diagnostic = try #require(graph.diagnostics.first { $0.id == "decision.edge-drop" })
        #expect(
            diagnostic.message
                == "dropped the relation 'Tom Berg' represents 'Sweden' (1 sentence in 1 article), as decided: he is Norwegian")
        #expect(diagnostic.subjects == ["person:tom-berg", "country:sweden"])
    }

    @Test func typesThatDisagreeKeepApartWhatARuleWouldJoin() throws {
        let graph = try Self.resolve(
            summit,
            "type \"Zhao Lihua\" person\ntype \"Zhao Mingyu\" person\nlabel \"Zhao Lihua\" \"Zhao Lihua (trade envoy)\"\nlabel \"Zhao Mingyu\" \"Zhao Mingyu\"\n"
        )
        #expect(Self.people(graph) == ["Erik Dahl (person)", "Zhao Lihua (trade envoy) (person)", "Zhao Mingyu (person)"])
        let diagnostic = try #require(graph.diagnostics.first { $0.id == "decision.kept-apart" })
        #expect(diagnostic.message.contains("decisions.tsv:3"))
        #expect(diagnostic.message.contains("decisions.tsv:4"))
        #expect(diagnostic.message.contains("would have merged 'Zhao Lihua' into 'Zhao Mingyu'"))
    }

    // MARK: Nothing changes without decisions

    @Test func noDecisionsGiveTheGraphResolutionGives() throws {
        for texts in [summit, company, club] {
            let plain = CorpusResolver(lexicon: H.extractor.lexicon).resolve(Self.records(texts))
            let empty = try Self.resolve(texts, "# nothing decided yet\n\n")
            #expect(plain == empty)
            #expect(try Self.decisions("").isEmpty)
        }
    }

    @Test func oneArticlesGraphAppliesWhatItNamesAndSkipsTheRest() throws {
        let resolver = CorpusResolver(lexicon: H.extractor.lexicon)
        let decisions = try Self.decisions("label\tTom Berg\tTomas Berg\ndrop\tKvarnby Hawks\tnot here\n")
        let records = Self.records(club)
        let second = try resolver.resolve([records[1]], decisions: decisions, requiringMatches: false)
        #expect(second.nodes["person:tomas-berg"] != nil)
        #expect(second.diagnostics.map(\.id) == ["decision.label"])
        #expect(throws: DecisionError.self) { try resolver.resolve([records[1]], decisions: decisions) }
    }

    // MARK: Errors

    @Test func aNameNoArticleGivesIsAnErrorAtItsLine() {
        #expect(
            Self.error(summit, "# first\nsame\tZhao Mingyu\tZhao Minyu\tone person\n")
                == "cannot use decisions decisions.tsv:2: no entity is named 'Zhao Minyu' (close: Zhao Mingyu)")
        #expect(
            Self.error(summit, "edge-drop\tZhao Mingyu\tleads\tHarbin summit\n")
                == "cannot use decisions decisions.tsv:1: no article states 'Zhao Mingyu' leads 'Harbin summit'")
    }

    @Test func decisionsThatContradictEachOtherAreAnErrorAtTheLaterLine() {
        // Through a third name: same A C, same C B, different A B.
        #expect(
            Self.error(
                summit,
                "different\tZhao Lihua\tZhao Mingyu\ttwo\nsame\tZhao Lihua\tErik Dahl\tx\nsame\tErik Dahl\tZhao Mingyu\ty\n")
                == "cannot use decisions decisions.tsv:3: contradicts decisions.tsv:1 (different \"Zhao Lihua\" \"Zhao Mingyu\" two): joining 'Erik Dahl' and 'Zhao Mingyu' joins what it keeps apart"
        )
        #expect(
            Self.error(summit, "type\tZhao Lihua\tagency\nsame\tZhao Lihua\tZhao Mingyu\tone\ntype\tZhao Mingyu\tperson\n")
                == "cannot use decisions decisions.tsv:3: contradicts decisions.tsv:1 (type \"Zhao Lihua\" agency) and decisions.tsv:2 (same \"Zhao Lihua\" \"Zhao Mingyu\" one): joining 'Zhao Lihua' and 'Zhao Mingyu' joins entities it gives another type or label"
        )
        #expect(
            Self.error(club, "drop\tperson:tom-berg\tjunk\nlabel\tTom Berg\tTomas Berg\n")
                == "cannot use decisions decisions.tsv:2: contradicts decisions.tsv:1 (drop \"person:tom-berg\" junk): 'Tom Berg' cannot be dropped and kept"
        )
        #expect(
            Self.error(club, "type\tTom Berg\tagency\ntype\tperson:tom-berg\tperson\n")
                == "cannot use decisions decisions.tsv:2: contradicts decisions.tsv:1 (type \"Tom Berg\" agency): one entity cannot have two types"
        )
        #expect(
            Self.error(summit, "different\tDeputy Premier Zhao Mingyu\tZhao Mingyu\tx\n")
                == "cannot use decisions decisions.tsv:1: 'Deputy Premier Zhao Mingyu' and 'Zhao Mingyu' both name 'Zhao Mingyu': name each by a name only it has"
        )
        #expect(
            Self.error(summit, "drop\tZhao\tx\n")
                == "cannot use decisions decisions.tsv:1: no entity is named 'Zhao' (close: Zhao Lihua, Zhao Mingyu)")
    }
}
