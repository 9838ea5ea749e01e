import NewsGraphCore

/// Graphs written for the tests: small, every node type, and text built to break exporters.
public enum SampleGraphs {
    /// Labels that must come out escaped in every format, never as markup.
    public static let hostileLabels: [String] = [
        #"Say "hi" & <b>bold</b>"#,
        "<script>alert(1)</script>",
        "end ]]> of CDATA",
        "two\nlines",
        #"back\slash \N \l"#,
        "中文 and é",
        "bell\u{07}char",
        "onload=\"alert(2)\" x='y'",
    ]

    /// Two documents, one node of each type and one edge of most relation types.
    public static let small: EntityGraph = {
        let d1 = Document(id: "a1", path: "articles/a1.txt", title: "Ministers meet in Oslo")
        let d2 = Document(id: "a2", path: "articles/a2.txt", title: "Tariff row deepens")
        func m(_ doc: String, _ start: Int, _ text: String) -> Mention {
            Mention(document: doc, start: start, end: start + text.unicodeScalars.count, text: text)
        }
        func ev(_ doc: String, _ start: Int, _ sentence: String) -> Evidence {
            Evidence(document: doc, start: start, end: start + sentence.unicodeScalars.count, sentence: sentence)
        }
        let nodes = [
            Entity(
                id: "person:ana-lima", type: .person, label: "Ana Lima", aliases: ["Lima"],
                attributes: ["role": .string("Trade Minister")],
                mentions: [m("a1", 0, "Ana Lima"), m("a2", 10, "Lima")]),
            Entity(
                id: "agency:trade-ministry", type: .agency, label: "Trade Ministry",
                attributes: ["kind": .string("government")], mentions: [m("a1", 20, "Trade Ministry")]),
            Entity(id: "country:norway", type: .country, label: "Norway", mentions: [m("a1", 40, "Norway")]),
            Entity(id: "place:oslo", type: .place, label: "Oslo", mentions: [m("a1", 50, "Oslo")]),
            Entity(
                id: "meeting:oslo-talks", type: .meeting, label: "Oslo talks",
                attributes: ["date": .string("2024-03-01")], mentions: [m("a1", 60, "talks")]),
            Entity(
                id: "policy:steel-tariffs", type: .policy, label: "25% tariffs on steel",
                attributes: ["status": .string("threatened")], mentions: [m("a2", 30, "tariffs")]),
            Entity(id: "commodity:steel", type: .commodity, label: "steel", mentions: [m("a2", 45, "steel")]),
        ]
        let s1 = ev("a1", 0, "Ana Lima met officials in Oslo.")
        let s2 = ev("a2", 0, "Lima threatened 25% tariffs on steel.")
        let edges = [
            Relation(source: "person:ana-lima", target: "agency:trade-ministry", type: .memberOf,
                     attributes: ["role": .string("Trade Minister")], evidence: [s1]),
            Relation(source: "person:ana-lima", target: "country:norway", type: .represents, evidence: [s1]),
            Relation(source: "agency:trade-ministry", target: "country:norway", type: .partOf, evidence: [s1]),
            Relation(source: "person:ana-lima", target: "meeting:oslo-talks", type: .attends, evidence: [s1]),
            Relation(source: "meeting:oslo-talks", target: "place:oslo", type: .heldIn, evidence: [s1]),
            Relation(source: "place:oslo", target: "country:norway", type: .locatedIn, evidence: [s1]),
            Relation(source: "person:ana-lima", target: "policy:steel-tariffs", type: .imposes,
                     attributes: ["status": .string("threatened"), "hedged": .bool(false)], evidence: [s2]),
            Relation(source: "policy:steel-tariffs", target: "commodity:steel", type: .covers, evidence: [s2]),
        ]
        return EntityGraph(documents: [d1, d2], nodes: nodes, edges: edges).canonicalized()
    }()

    /// A graph whose every label, alias, attribute and sentence is hostile text.
    public static let hostile: EntityGraph = {
        let doc = Document(id: "h<1>", path: "bad & \"path\".txt", title: "<script>alert(1)</script> & \"title\"")
        var nodes: [Entity] = []
        var edges: [Relation] = []
        for (index, label) in hostileLabels.enumerated() {
            let type = EntityType.allCases[index % EntityType.allCases.count]
            let id = "\(type.rawValue):hostile-\(index)"
            nodes.append(
                Entity(
                    id: id, type: type, label: label, aliases: [label + " alias"],
                    attributes: ["role": .string(label)],
                    mentions: [Mention(document: doc.id, start: index, end: index + 1, text: label)]))
            if index > 0 {
                edges.append(
                    Relation(
                        source: nodes[index - 1].id, target: id, type: .discusses,
                        attributes: ["attributed_to": .string(label)],
                        evidence: [Evidence(document: doc.id, start: 0, end: 1, sentence: label)]))
            }
        }
        return EntityGraph(documents: [doc], nodes: nodes, edges: edges).canonicalized()
    }()
}
