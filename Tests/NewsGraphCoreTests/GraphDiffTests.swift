import NewsGraphCore
import Testing

/// ``GraphDiff`` on small graphs written for the test: each case changes one thing and the
/// whole diff is compared, so a change reported twice or in the wrong place fails.
@Suite struct GraphDiffTests {
    static func mention(_ document: String, _ text: String) -> Mention {
        Mention(document: document, start: 0, end: text.unicodeScalars.count, text: text)
    }

    static func evidence(_ document: String, _ sentence: String) -> Evidence {
        Evidence(document: document, start: 0, end: sentence.unicodeScalars.count, sentence: sentence)
    }

    /// Ana Lima, trade minister of Norway, attends the Oslo talks; one article.
    static let base = EntityGraph(
        documents: [Document(id: "a1", path: "a1.txt", title: "Talks in Oslo")],
        nodes: [
            Entity(
                id: "person:ana-lima", type: .person, label: "Ana Lima", aliases: ["Lima"], attributes: ["role": .string("trade minister")],
                mentions: [mention("a1", "Ana Lima")]),
            Entity(id: "meeting:oslo-talks", type: .meeting, label: "Oslo talks", mentions: [mention("a1", "Oslo talks")]),
            Entity(id: "country:norway", type: .country, label: "Norway", mentions: [mention("a1", "Norway")]),
        ],
        edges: [
            Relation(
                source: "person:ana-lima", target: "meeting:oslo-talks", type: .attends,
                evidence: [evidence("a1", "Ana Lima attended the Oslo talks.")])
        ])

    @Test func aGraphAgainstItselfIsEmpty() {
        let diff = GraphDiff(old: Self.base, new: Self.base)
        #expect(diff.isEmpty)
        #expect(diff == GraphDiff(old: Self.base, new: Self.base.canonicalized()))
    }

    @Test func anAddedEntityAndRelation() {
        var new = Self.base
        new.nodes["person:tom-berg"] = Entity(id: "person:tom-berg", type: .person, label: "Tom Berg", mentions: [Self.mention("a1", "Tom Berg")])
        let relation = Relation(
            source: "person:tom-berg", target: "meeting:oslo-talks", type: .attends, evidence: [Self.evidence("a1", "Tom Berg came too.")])
        new.edges[relation.id] = relation
        let diff = GraphDiff(old: Self.base, new: new)
        #expect(diff.entitiesAdded.map(\.id) == ["person:tom-berg"])
        #expect(diff.relationsAdded.map(\.id) == ["person:tom-berg--attends--meeting:oslo-talks"])
        #expect(diff.relationsAdded.first?.sourceLabel == "Tom Berg")
        var rest = diff
        rest.entitiesAdded = []
        rest.relationsAdded = []
        #expect(rest.isEmpty)
    }

    @Test func aRemovedEntityTakesItsRelations() {
        var new = Self.base
        new.nodes.removeValue(forKey: "person:ana-lima")
        new.dropDanglingEdges()
        let diff = GraphDiff(old: Self.base, new: new)
        #expect(diff.entitiesRemoved.map(\.id) == ["person:ana-lima"])
        #expect(diff.relationsRemoved.map(\.id) == ["person:ana-lima--attends--meeting:oslo-talks"])
        var rest = diff
        rest.entitiesRemoved = []
        rest.relationsRemoved = []
        #expect(rest.isEmpty)
    }

    /// A hand-edited file (or a new label) moved Ana Lima's id; her label stayed: one entity,
    /// and her relation is not reported as removed and added.
    @Test func aMovedIdIsMatchedByItsLabel() {
        var new = Self.base
        var ana = new.nodes.removeValue(forKey: "person:ana-lima")!
        ana.id = "person:a-lima"
        new.nodes[ana.id] = ana
        new.edges = [:]
        let relation = Relation(
            source: "person:a-lima", target: "meeting:oslo-talks", type: .attends,
            evidence: [Self.evidence("a1", "Ana Lima attended the Oslo talks.")])
        new.edges[relation.id] = relation
        let diff = GraphDiff(old: Self.base, new: new)
        #expect(
            diff.entitiesMoved == [GraphDiff.Move(oldID: "person:ana-lima", newID: "person:a-lima", label: "Ana Lima", matchedBy: "ana lima")])
        var rest = diff
        rest.entitiesMoved = []
        #expect(rest.isEmpty)
    }

    /// Two new entities share the moved one's alias: no guess, a removal and two additions.
    @Test func anAmbiguousMoveIsNotGuessed() {
        var new = Self.base
        new.nodes.removeValue(forKey: "person:ana-lima")
        new.dropDanglingEdges()
        for (id, label) in [("person:ana-lima-1", "Ana Lima One"), ("person:ana-lima-2", "Ana Lima Two")] {
            new.nodes[id] = Entity(id: id, type: .person, label: label, aliases: ["Lima"])
        }
        let diff = GraphDiff(old: Self.base, new: new)
        #expect(diff.entitiesMoved.isEmpty)
        #expect(diff.entitiesRemoved.map(\.id) == ["person:ana-lima"])
        #expect(diff.entitiesAdded.map(\.id) == ["person:ana-lima-1", "person:ana-lima-2"])
    }

    /// A second article states the same relation and names Ana Lima with a new spelling and role.
    @Test func grownEvidenceAliasesAndRole() {
        var new = Self.base
        new.documents.append(Document(id: "a2", path: "a2.txt", title: "Oslo again"))
        new.nodes["person:ana-lima"]!.aliases.append("Anna Lima")
        new.nodes["person:ana-lima"]!.attributes["role"] = .string("foreign minister")
        new.nodes["person:ana-lima"]!.mentions.append(Self.mention("a2", "Anna Lima"))
        let sentence = Self.evidence("a2", "Anna Lima was at the Oslo talks.")
        new.edges["person:ana-lima--attends--meeting:oslo-talks"]!.evidence.append(sentence)
        let diff = GraphDiff(old: Self.base, new: new)
        #expect(diff.documentsAdded.map(\.id) == ["a2"])
        #expect(diff.evidenceChanged.count == 1)
        #expect(diff.evidenceChanged.first?.addedDocuments == ["a2"])
        #expect(diff.evidenceChanged.first?.removedDocuments == [])
        #expect(diff.evidenceChanged.first?.addedEvidence == [sentence])
        #expect(diff.entitySourcesChanged.map(\.entity.id) == ["person:ana-lima"])
        #expect(
            diff.entitiesChanged == [
                GraphDiff.FieldChange(subject: "person:ana-lima", label: "Ana Lima", field: "aliases", old: ["Lima"], new: ["Anna Lima", "Lima"]),
                GraphDiff.FieldChange(subject: "person:ana-lima", label: "Ana Lima", field: "role", old: ["trade minister"], new: ["foreign minister"]),
            ])
        #expect(diff.entitiesAdded.isEmpty && diff.relationsAdded.isEmpty && diff.mergesAdded.isEmpty)
    }

    @Test func aStatusChangeAndANewMerge() {
        var old = Self.base
        let tariff = Entity(id: "policy:tariff", type: .policy, label: "tariff")
        old.nodes[tariff.id] = tariff
        let imposes = Relation(source: "country:norway", target: "policy:tariff", type: .imposes, attributes: ["status": .string("threatened")])
        old.edges[imposes.id] = imposes
        var new = old
        new.edges[imposes.id]!.attributes["status"] = .string("enacted")
        let merge = Diagnostic(id: "merge.spelling-variant", severity: .note, message: "merged 'Anna Lima' and 'Ana Lima'", subjects: ["person:ana-lima"])
        new.diagnostics.append(merge)
        let diff = GraphDiff(old: old, new: new)
        #expect(diff.relationsChanged.map(\.field) == ["status"])
        #expect(diff.relationsChanged.first?.old == ["threatened"])
        #expect(diff.relationsChanged.first?.new == ["enacted"])
        #expect(diff.mergesAdded == [merge])
        #expect(diff.mergesRemoved.isEmpty)
    }
}
