import NewsGraphCore
import Testing

/// The decisions file: its two ways of separating fields, comments, reasons, the canonical
/// text, and one error per bad line, naming the file and the line.
@Suite struct DecisionsFileTests {
    static func read(_ text: String, path: String = "notes/decisions.tsv") throws -> [Decision] {
        try Decisions(files: [(path, text)]).items
    }

    static func error(_ text: String, path: String = "notes/decisions.tsv") -> String? {
        do {
            _ = try read(text, path: path)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func everyKindReadsWithTabsOrWithQuotedSpaces() throws {
        let tabs = try Self.read(
            """
            # Checked on Monday.
            same\tNordic Salmon Council\tNSC\tits site spells out NSC

            different\tPark Min-jun\tPark Seo-yeon\tsiblings, both ministers
            type\tHarbour Rovers\tAgency
            label\tperson:ana-lima\t"Ana Maria Lima"
            drop\tLeave A Reply\tpage furniture
            edge-drop\tAna Lima\tattends\tOslo talks\tshe sent a deputy\t(checked)
            """)
        let spaces = try Self.read(
            """
              # Checked on Monday.
            same "Nordic Salmon Council" NSC its site spells out NSC
            different "Park Min-jun"   "Park Seo-yeon" "siblings, both ministers"
            type "Harbour Rovers" agency
            LABEL person:ana-lima "Ana Maria Lima"\r
            drop "Leave A Reply" page furniture
            edge-drop "Ana Lima" attends "Oslo talks" she sent a deputy (checked)
            """)
        let expected: [Decision.Action] = [
            .same("Nordic Salmon Council", "NSC"), .different("Park Min-jun", "Park Seo-yeon"), .type("Harbour Rovers", .agency),
            .label("person:ana-lima", "Ana Maria Lima"), .drop("Leave A Reply"),
            .dropEdge(source: "Ana Lima", type: .attends, target: "Oslo talks"),
        ]
        #expect(tabs.map(\.action) == expected)
        #expect(spaces.map(\.action) == expected)
        #expect(
            tabs.map(\.reason) == [
                "its site spells out NSC", "siblings, both ministers", "", "", "page furniture", "she sent a deputy (checked)",
            ])
        #expect(spaces.map(\.reason) == tabs.map(\.reason))
        #expect(tabs.map(\.origin.line) == [2, 4, 5, 6, 7, 8])
        #expect(spaces.map(\.origin.line) == [2, 3, 4, 5, 6, 7])
        #expect(tabs.allSatisfy { $0.origin.file == "decisions.tsv" && $0.path == "notes/decisions.tsv" })
        #expect(
            tabs.map(\.origin.text) == [
                #"same "Nordic Salmon Council" "NSC" its site spells out NSC"#,
                #"different "Park Min-jun" "Park Seo-yeon" siblings, both ministers"#,
                #"type "Harbour Rovers" agency"#,
                #"label "person:ana-lima" "Ana Maria Lima""#,
                #"drop "Leave A Reply" page furniture"#,
                #"edge-drop "Ana Lima" attends "Oslo talks" she sent a deputy (checked)"#,
            ])
        #expect(tabs[1].mark == "decisions.tsv:4 different")
    }

    @Test func theCanonicalTextReadsBackAsTheSameDecision() throws {
        let odd = try Self.read("label\tBody \"Quoted\" \\ Name\tNew \"Name\"\n")
        #expect(odd[0].origin.text == #"label "Body \"Quoted\" \\ Name" "New \"Name\"""#)
        let again = try Self.read(odd[0].origin.text + "\n")
        #expect(again[0].action == odd[0].action)
        #expect(again[0].origin.text == odd[0].origin.text)
    }

    @Test func aByteOrderMarkAndWindowsLineEndsAreRead() throws {
        let items = try Self.read("\u{FEFF}drop\tX Y\tjunk\r\ndrop\tZ W\tjunk\r\n")
        #expect(items.map(\.action) == [.drop("X Y"), .drop("Z W")])
    }

    @Test func anEmptyFileOrOneOfCommentsHasNoDecisions() throws {
        #expect(try Decisions(files: [("d.tsv", "")]).isEmpty)
        #expect(try Decisions(files: [("d.tsv", "# nothing yet\n\n   \n\t# still nothing\n")]).isEmpty)
        #expect(Decisions().isEmpty)
    }

    @Test func eachBadLineIsOneErrorNamingTheFileAndLine() {
        let cases: [(String, String)] = [
            (
                "# ok\nmerge\tA\tB\tx\n",
                "notes/decisions.tsv:2: unknown decision 'merge' (choose same, different, type, label, drop or edge-drop)"
            ),
            ("same\tA B\tC D\n", "notes/decisions.tsv:1: 'same' needs a reason after its two entities"),
            ("different \"A B\" \"C D\"\n", "notes/decisions.tsv:1: 'different' needs a reason after its two entities"),
            ("drop\tJunk\n", "notes/decisions.tsv:1: 'drop' needs a reason after its entity"),
            ("same\tA B\n", "notes/decisions.tsv:1: 'same' takes two entities and a reason"),
            (
                "type\tA\trobot\n",
                "notes/decisions.tsv:1: unknown type 'robot' (choose person, agency, country, place, meeting, policy, commodity)"
            ),
            (
                "edge-drop\tA\tmet\tB\n",
                "notes/decisions.tsv:1: unknown relation 'met' (choose member_of, leads, represents, part_of, attends, held_in, located_in, produced, discusses, imposes, targets, covers, responds_to, opposes, supports)"
            ),
            ("label \"A B\n", "notes/decisions.tsv:1: a quote opened and not closed"),
            ("label \"A B\"x C\n", "notes/decisions.tsv:1: text after a closing quote in the same field"),
            ("same\tAna Lima\tana  lima\tx\n", "notes/decisions.tsv:1: 'same' names 'Ana Lima' twice"),
            ("label\t\"\"\tNew\n", "notes/decisions.tsv:1: 'label' takes an entity and its label; field 2 is empty"),
            ("drop\tA\u{07}B\tjunk\n", "notes/decisions.tsv:1: a control character (U+7) in the line"),
        ]
        for (text, message) in cases {
            #expect(Self.error(text) == "cannot use decisions " + message, "\(text.debugDescription)")
        }
    }

    @Test func decisionsThatContradictOnTheirFaceAreAnErrorAtTheLaterLine() {
        #expect(
            Self.error("same\tA\tB\tone\n# later\ndifferent\tb\tA\ttwo\n")
                == "cannot use decisions notes/decisions.tsv:3: contradicts notes/decisions.tsv:1 (same \"A\" \"B\" one): 'b' and 'A' cannot be both one entity and two"
        )
        #expect(
            Self.error("type\tA\tagency\ntype\ta\tplace\n")
                == "cannot use decisions notes/decisions.tsv:2: contradicts notes/decisions.tsv:1 (type \"A\" agency): 'a' cannot be both agency and place"
        )
        #expect(
            Self.error("label\tA\tX\nlabel\tA\tY\n")
                == "cannot use decisions notes/decisions.tsv:2: contradicts notes/decisions.tsv:1 (label \"A\" \"X\"): 'A' cannot be labelled both 'X' and 'Y'"
        )
        #expect(
            Self.error("drop\tA\tjunk\nlabel\tA\tX\n")
                == "cannot use decisions notes/decisions.tsv:2: contradicts notes/decisions.tsv:1 (drop \"A\" junk): 'A' cannot be dropped and kept"
        )
        #expect(
            Self.error("same\tA\tB\tone\ndrop\tB\tjunk\n")
                == "cannot use decisions notes/decisions.tsv:2: contradicts notes/decisions.tsv:1 (same \"A\" \"B\" one): 'B' cannot be dropped and kept"
        )
        // The same decision twice, or the same type twice, is no contradiction.
        #expect(
            Self.error(
                "same\tA\tB\tone\nsame\tB\tA\tagain\ntype\tA\tagency\ntype\tA\tagency\ndifferent\tA\tC\tx\ndrop\tC\tjunk\n")
                == nil)
    }

    @Test func twoFilesOfOneNameAreRefusedAndLinesCiteTheirFile() throws {
        #expect(
            throws: DecisionError.file(
                path: "b/decisions.tsv",
                reason: "another decisions file, a/decisions.tsv, has the same name; output cites decisions by file name")
        ) {
            try Decisions(files: [("a/decisions.tsv", "drop\tX\tjunk\n"), ("b/decisions.tsv", "drop\tY\tjunk\n")])
        }
        let both = try Decisions(files: [("a/decisions.tsv", "drop\tX\tjunk\n"), ("extra.tsv", "\ndrop\tY\tjunk\n")])
        #expect(both.items.map(\.place) == ["decisions.tsv:1", "extra.tsv:2"])
        #expect(
            throws: DecisionError.line(
                path: "extra.tsv", line: 1,
                reason: "contradicts a/decisions.tsv:1 (drop \"X\" junk): 'X' cannot be dropped and kept")
        ) {
            try Decisions(files: [("a/decisions.tsv", "drop\tX\tjunk\n"), ("extra.tsv", "label\tX\tZ\n")])
        }
    }
}
