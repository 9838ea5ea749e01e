import NewsGraphCore
import NewsGraphExport
import Testing

/// ``SourceComparison`` on short invented stories told by three articles, each with one
/// planted disagreement; the whole list of findings is compared.
@Suite struct SourceComparisonTests {
    /// Builds a graph from sentences: each sentence is placed at its own offset in its article,
    /// every name in it becomes a mention, and the relations given cite the sentence.
    struct Story {
        var graph = EntityGraph()
        var offsets: [String: Int] = [:]

        mutating func sentence(
            _ document: String, _ text: String, names: [(id: String, type: EntityType, written: String)],
            relations: [(String, RelationType, String)] = [], attributes: Attributes = [:]
        ) {
            if !graph.documents.contains(where: { $0.id == document }) {
                graph.documents.append(Document(id: document, path: "\(document).txt", title: "Story \(document)"))
            }
            let start = offsets[document, default: 0]
            // Other sentences of the article stand between these: 300 code points of them.
            offsets[document] = start + text.unicodeScalars.count + 300
            let evidence = Evidence(document: document, start: start, end: start + text.unicodeScalars.count, sentence: text)
            for name in names {
                let offset = text.unicodeScalars.count - (text.range(of: name.written).map { text[$0.lowerBound...].unicodeScalars.count } ?? 0)
                let mention = Mention(document: document, start: start + offset, end: start + offset + name.written.unicodeScalars.count, text: name.written)
                if graph.nodes[name.id] == nil { graph.nodes[name.id] = Entity(id: name.id, type: name.type, label: name.written) }
                graph.nodes[name.id]!.mentions.append(mention)
            }
            for (source, type, target) in relations {
                let id = Relation.id(source: source, type: type, target: target)
                if graph.edges[id] == nil { graph.edges[id] = Relation(source: source, target: target, type: type, attributes: attributes) }
                graph.edges[id]!.evidence.append(evidence)
            }
        }
    }

    static let lima = (id: "person:ana-lima", type: EntityType.person, written: "Ana Lima")
    static let norway = (id: "country:norway", type: EntityType.country, written: "Norway")
    static let tariff = (id: "policy:fish-tariff", type: EntityType.policy, written: "fish tariff")
    static let talks = (id: "meeting:bergen-talks", type: EntityType.meeting, written: "Bergen talks")

    /// Three articles on Bergen talks. Only a1 says Norway imposed the fish tariff; a2 and a3
    /// name Norway and the tariff, never in one sentence. a3 spells the minister "Anna Lima".
    static func story(thirdSaysTogether: Bool = false) -> EntityGraph {
        var story = Story()
        story.sentence("a1", "Norway imposed a fish tariff on Monday.", names: [norway, tariff], relations: [(norway.id, .imposes, tariff.id)])
        story.sentence("a1", "Ana Lima attended the Bergen talks.", names: [lima, talks], relations: [(lima.id, .attends, talks.id)])
        story.sentence("a2", "Ana Lima spoke at the Bergen talks.", names: [lima, talks], relations: [(lima.id, .attends, talks.id)])
        story.sentence("a2", "The fish tariff was on the agenda.", names: [tariff], relations: [])
        story.sentence("a2", "Norway hosted the Bergen talks.", names: [norway, talks], relations: [(talks.id, .heldIn, norway.id)])
        let anna = (id: lima.id, type: EntityType.person, written: "Anna Lima")
        story.sentence("a3", "Anna Lima came to the Bergen talks.", names: [anna, talks], relations: [(lima.id, .attends, talks.id)])
        if thirdSaysTogether {
            story.sentence("a3", "Norway and the fish tariff were the talk of Bergen.", names: [norway, tariff], relations: [])
        } else {
            story.sentence("a3", "The fish tariff worries exporters.", names: [tariff], relations: [])
            story.sentence("a3", "Norway sent a minister to the Bergen talks.", names: [norway, talks], relations: [(talks.id, .heldIn, norway.id)])
        }
        story.graph.nodes[lima.id]!.aliases = ["Anna Lima"]
        story.graph.diagnostics = [
            Diagnostic(
                id: "merge.spelling-variant", severity: .note, message: "merged 'Anna Lima' and 'Ana Lima': 1 edit apart",
                subjects: [lima.id, lima.id])
        ]
        return story.graph
    }

    @Test func aMergedSpellingAndAClaimOnlyOneSourceMakes() {
        let comparison = SourceComparison(Self.story())
        #expect(comparison.articles == ["a1", "a2", "a3"])
        // Both covered by all three articles; the claim's entities have more links.
        #expect(comparison.findings.map(\.kind) == [.claim, .names])
        let names = comparison.findings[1]
        #expect(names.subjects == [Self.lima.id])
        #expect(names.sources == 3)
        #expect(names.sides.map(\.value) == ["Anna Lima", "Ana Lima"])
        #expect(names.sides.map(\.documents) == [["a3"], ["a1", "a2"]])
        #expect(names.sides[0].evidence.map(\.sentence) == ["Anna Lima came to the Bergen talks."])
        let claim = comparison.findings[0]
        #expect(claim.subjects == [Self.norway.id, Self.tariff.id, "country:norway--imposes--policy:fish-tariff"])
        #expect(claim.sources == 3)
        #expect(claim.sides.map(\.documents) == [["a1"], ["a2", "a3"]])
        #expect(claim.sides[0].evidence.map(\.sentence) == ["Norway imposed a fish tariff on Monday."])
    }

    /// a3 names Norway and the tariff in one sentence: it may say the same in other words, so
    /// the claim is not reported (precision first).
    @Test func noClaimWhenAnotherSourceNamesBothTogether() {
        let comparison = SourceComparison(Self.story(thirdSaysTogether: true))
        #expect(comparison.findings.map(\.kind) == [.names])
    }

    /// Relations no sentence states, and descriptive ones (where talks are held), are no claims.
    @Test func knowledgeAndDescriptiveRelationsAreNoClaims() {
        var graph = Self.story()
        graph.edges["country:norway--imposes--policy:fish-tariff"]!.attributes["basis"] = .string("knowledge")
        #expect(SourceComparison(graph).findings.map(\.kind) == [.names])
        var single = Self.story()
        single.edges.removeValue(forKey: "country:norway--imposes--policy:fish-tariff")
        // Only a2 and a3 say where the talks are held; a1 names the talks, not Norway... as a place of them.
        #expect(SourceComparison(single).findings.map(\.kind) == [.names])
    }

    /// A near-merge the resolver refused: both spellings, each with its article.
    @Test func aRefusedNearMerge() {
        var story = Story()
        let tom = (id: "person:tom-berg", type: EntityType.person, written: "Tom Berg")
        let tomas = (id: "person:tomas-berg", type: EntityType.person, written: "Tomas Berg")
        story.sentence("b1", "Tom Berg opened the Bergen talks.", names: [tom, Self.talks], relations: [(tom.id, .attends, Self.talks.id)])
        story.sentence("b2", "Tomas Berg closed the Bergen talks.", names: [tomas, Self.talks], relations: [(tomas.id, .attends, Self.talks.id)])
        story.graph.diagnostics = [
            Diagnostic(
                id: "merge.possible-duplicate", severity: .note, message: "'Tom Berg' and 'Tomas Berg' share the family name; not merged",
                subjects: [tom.id, tomas.id])
        ]
        let comparison = SourceComparison(story.graph)
        #expect(comparison.findings.map(\.kind) == [.nearNames])
        #expect(comparison.findings[0].sides.map(\.value) == ["Tom Berg", "Tomas Berg"])
        #expect(comparison.findings[0].sides.map(\.documents) == [["b1"], ["b2"]])
        #expect(comparison.findings[0].sources == 2)
    }

    @Test func aGraphOfOneArticleHasNoFindings() {
        var story = Story()
        story.sentence("c1", "Norway imposed a fish tariff.", names: [Self.norway, Self.tariff], relations: [(Self.norway.id, .imposes, Self.tariff.id)])
        #expect(SourceComparison(story.graph).findings.isEmpty)
    }

    /// a1 says the tariff was imposed, a2 and a3 that it is threatened.
    @Test func aStatusThatDisagrees() {
        var story = Story()
        story.sentence("s1", "Norway imposed a fish tariff.", names: [Self.norway, Self.tariff], relations: [(Self.norway.id, .imposes, Self.tariff.id)])
        story.sentence("s2", "Norway threatened a fish tariff.", names: [Self.norway, Self.tariff], relations: [(Self.norway.id, .imposes, Self.tariff.id)])
        story.sentence("s3", "Norway may impose a fish tariff.", names: [Self.norway, Self.tariff], relations: [(Self.norway.id, .imposes, Self.tariff.id)])
        let id = "country:norway--imposes--policy:fish-tariff"
        story.graph.edges[id]!.attributes["status_by_source"] = .strings(["s1=enacted", "s2=threatened", "s3=threatened"])
        let comparison = SourceComparison(story.graph)
        #expect(comparison.findings.map(\.kind) == [.status])
        let finding = comparison.findings[0]
        #expect(finding.subjects == [Self.norway.id, Self.tariff.id, id])
        #expect(finding.sides.map(\.value) == ["enacted", "threatened"])
        #expect(finding.sides.map(\.documents) == [["s1"], ["s2", "s3"]])
        #expect(finding.sides[0].evidence.map(\.sentence) == ["Norway imposed a fish tariff."])
        #expect(finding.sources == 3)
    }

    /// s1 states the tariff as fact; s2 and s3 attribute it ("according to officials").
    @Test func anAttributionThatDiffers() {
        var story = Story()
        story.sentence("s1", "Norway imposed a fish tariff.", names: [Self.norway, Self.tariff], relations: [(Self.norway.id, .imposes, Self.tariff.id)])
        story.sentence("s2", "Norway imposed a fish tariff, according to officials.", names: [Self.norway, Self.tariff], relations: [(Self.norway.id, .imposes, Self.tariff.id)])
        story.sentence("s=3", "Norway reportedly imposed a fish tariff.", names: [Self.norway, Self.tariff], relations: [(Self.norway.id, .imposes, Self.tariff.id)])
        let id = "country:norway--imposes--policy:fish-tariff"
        story.graph.edges[id]!.attributes["attribution_by_source"] = .strings(
            ["s1=stated", "s2=attributed to officials", "s=3=attributed to an unnamed source"])
        let comparison = SourceComparison(story.graph)
        #expect(comparison.findings.map(\.kind) == [.attribution])
        let finding = comparison.findings[0]
        #expect(finding.sides.map(\.value) == ["attributed to an unnamed source", "attributed to officials", "stated"])
        #expect(finding.sides.map(\.documents) == [["s=3"], ["s2"], ["s1"]])
        #expect(finding.sides[2].evidence.map(\.sentence) == ["Norway imposed a fish tariff."])
        #expect(finding.sources == 3)
    }
}
