import Foundation
import NewsGraphCore

/// Resolved clusters → the graph: one node per cluster with its label, aliases, attributes
/// and every mention; one edge per (source, type, target) with every sentence that states it.
///
/// Everything it reads of the corpus is a key's or a relation's summed facts
/// (``CorpusSummary``): counts of names and attribute values, unions of mentions and evidence.
struct GraphAssembler {
    let lexicon: Lexicon

    /// - Parameters:
    ///   - summary: taken apart as the graph takes its mentions and evidence, so that a summary
    ///     no one else holds is not in memory twice, once as sets and once as the graph's lists.
    ///   - decisions: the labels the analyst gave clusters (by root) and the marks of the
    ///     decisions that shaped them; empty without a decisions file.
    func assemble(
        _ clusters: Clusters, _ summary: consuming CorpusSummary, diagnostics: [Diagnostic], decisions: DecisionOutcome = DecisionOutcome()
    ) -> EntityGraph {
        // Cluster root -> member keys, dropping clusters with no evidence of their own.
        var groups: [EntityKey: [EntityKey]] = [:]
        for key in clusters.keys { groups[clusters.find(key), default: []].append(key) }
        groups = groups.filter { _, keys in keys.contains { !clusters.entities[$0]!.isWeak } }

        var nodes: [Entity] = []
        var idOfRoot: [EntityKey: String] = [:]
        var usedIDs = Set<String>()
        var labelCounts: [String: Int] = [:]
        var prepared: [(root: EntityKey, keys: [EntityKey], type: EntityType, label: String)] = []
        for (root, keys) in groups {
            let type = clusters.entities[root]!.type
            let label = decisions.labels[root] ?? bestLabel(keys, clusters, summary)
            prepared.append((root, keys, type, label))
            labelCounts["\(type.rawValue):\(label.lowercased())", default: 0] += 1
        }
        prepared.sort { ($0.type, $0.label, $0.root) < ($1.type, $1.label, $1.root) }
        for item in prepared {
            let mentionSets = item.keys.map { summary.takeMentions(of: $0) }
            let members = item.keys.map { summary.keys[$0]! }
            var attributes = mergedAttributes(members)
            var label = item.label
            // Two different bodies with one name: say whose ("Foreign Ministry (China)").
            if labelCounts["\(item.type.rawValue):\(label.lowercased())", default: 0] > 1, let country = attributes["country"]?.stringValue {
                label += " (\(country))"
            }
            var id = Slug.id(item.type, label)
            var suffix = 2
            while usedIDs.contains(id) {
                id = Slug.id(item.type, label) + "-\(suffix)"
                suffix += 1
            }
            usedIDs.insert(id)
            idOfRoot[item.root] = id
            var union = mentionSets.first ?? UnionList()
            for more in mentionSets.dropFirst() { union.formUnion(more) }
            let mentions = union.elements
            var aliases = Set(members.flatMap(\.names.keys))
            if [.person, .agency, .country, .place, .commodity].contains(item.type) {
                aliases.formUnion(mentions.map(\.text))
            }
            aliases.remove(label)
            aliases = aliases.filter { !$0.isEmpty && $0 != item.label }
            attributes["fallback-key"] = nil
            if let marks = decisions.marks[item.root] { attributes["decisions"] = .strings(marks) }
            let quantities = Set(members.flatMap(\.quantities))
            nodes.append(
                Entity(
                    id: id, type: item.type, label: label, aliases: aliases.sorted(), attributes: attributes, mentions: mentions,
                    quantities: quantities.isEmpty ? nil : quantities.sorted()))
        }
        let countries = Set(nodes.lazy.filter { $0.type == .country }.map(\.id))
        let documents = summary.documents.values.map(\.document)
        let edges = OneCountryPerBody.kept(assembleEdges(&summary, clusters, idOfRoot), countries: countries)
        var graph = EntityGraph(
            documents: documents, nodes: nodes, edges: edges,
            diagnostics: renamed(diagnostics, clusters, idOfRoot))
        graph.dropDanglingEdges()
        return graph.canonicalized()
    }

    /// The name most documents give first; for policies, prefer names from mentions that carry
    /// a distinguishing mark (a rate, a commodity) over the general ones.
    private func bestLabel(_ keys: [EntityKey], _ clusters: Clusters, _ summary: CorpusSummary) -> String {
        let specific = keys.filter { key in
            !(key.type == .policy && (GeneralPolicies.isGeneral(key) || GeneralPolicies.author(key) != nil))
        }
        let pool = specific.isEmpty ? keys : specific
        var firstCounts: [String: Int] = [:]
        var anyCounts: [String: Int] = [:]
        for key in pool {
            for (name, count) in summary.keys[key]?.names ?? [:] {
                if count.first > 0 { firstCounts[name, default: 0] += count.first }
                anyCounts[name, default: 0] += count.any
            }
        }
        let type = clusters.entities[keys[0]]!.type
        let candidates = anyCounts.keys.filter { !$0.isEmpty }
        guard !candidates.isEmpty else { return clusters.displayName(keys[0]) }
        return candidates.sorted { a, b in
            if type == .person {
                let fullA = a.contains(" ")
                let fullB = b.contains(" ")
                if fullA != fullB { return fullA }
            }
            let scoreA = (firstCounts[a] ?? 0, anyCounts[a] ?? 0)
            let scoreB = (firstCounts[b] ?? 0, anyCounts[b] ?? 0)
            if scoreA != scoreB { return scoreA > scoreB }
            if a.count != b.count { return a.count > b.count }
            return a < b
        }[0]
    }

    /// Attribute values across documents: the most frequent value of each (the facts count
    /// only those a node keeps, ``KeyFacts/unkept``); every date of `when`.
    private func mergedAttributes(_ members: [KeyFacts]) -> Attributes {
        var values: [String: [String: Int]] = members.count == 1 ? members[0].attributes : [:]
        if members.count > 1 {
            for member in members { values.merge(member.attributes) { $0.merging($1, uniquingKeysWith: +) } }
        }
        var out: Attributes = [:]
        for (name, counts) in values {
            if name == "when" {
                out[name] = .strings(counts.keys.sorted())
            } else if let value = mostFrequent(counts) {
                out[name] = .string(value)
            }
        }
        return out
    }

    /// `DOCUMENT=STATUS` for each document whose sentences all give one status, sorted, when
    /// those documents do not all give the same; else nil, so a graph whose sources agree keeps
    /// the bytes it had. A document that gives two statuses itself (a past measure and a new
    /// threat read as one) says nothing certain and is left out.
    static func statusBySource(_ statuses: [String: Set<String>]) -> [String]? {
        guard statuses.count > 0, statuses.values.reduce(into: Set<String>(), { $0.formUnion($1) }).count > 1 else { return nil }
        let byDocument = statuses.compactMapValues { $0.count == 1 ? $0.first! : nil }
        guard Set(byDocument.values).count > 1 else { return nil }
        return byDocument.map { "\($0.key)=\($0.value)" }.sorted()
    }

    /// `DOCUMENT=stated` for each document that states the relation as fact in some sentence,
    /// `DOCUMENT=attributed to WHO` for each that only ever attributes it ("according to
    /// officials", "reportedly"), sorted, when both kinds of document exist; else nil, so a graph
    /// whose sources agree keeps the bytes it had.
    static func attributionBySource(_ attributions: [String: RelationFacts.Attribution]) -> [String]? {
        guard attributions.values.contains(where: \.isStated), attributions.values.contains(where: { $0.source != nil }) else { return nil }
        let byDocument = attributions.mapValues { $0.isStated ? "stated" : "attributed to " + $0.source! }
        guard Set(byDocument.values.map { $0 == "stated" }).count > 1 else { return nil }
        return byDocument.map { "\($0.key)=\($0.value)" }.sorted()
    }

    /// One edge per (source node, type, target node): the facts of every relation between the
    /// keys of the two clusters, combined.
    /// Each relation's facts are taken out of `summary` as they are combined.
    private func assembleEdges(_ summary: inout CorpusSummary, _ clusters: Clusters, _ idOfRoot: [EntityKey: String]) -> [Relation] {
        var edges: [String: (source: String, target: String, type: RelationType, facts: RelationFacts)] = [:]
        while let (relation, facts) = summary.relations.popFirst() {
            guard let source = idOfRoot[clusters.find(relation.source)], let target = idOfRoot[clusters.find(relation.target)],
                source != target
            else { continue }
            let id = Relation.id(source: source, type: relation.type, target: target)
            // Combined in place, not copied out and back with all its evidence.
            if edges[id] == nil { edges[id] = (source, target, relation.type, facts) } else { edges[id]!.facts.combine(facts) }
        }
        var relations: [Relation] = []
        relations.reserveCapacity(edges.count)
        while let (id, entry) = edges.popFirst() {
            let facts = entry.facts
            let evidence = facts.evidence.elements
            // Sorted by document first, so each document's evidence is one run.
            let sources = zip(evidence, evidence.dropFirst()).count { $0.document != $1.document } + (evidence.isEmpty ? 0 : 1)
            var attributes: Attributes = ["sources": .int(sources)]
            if !facts.isStated { attributes["basis"] = .string(facts.isInferred ? "inferred" : "knowledge") }
            if let status = mostFrequent(facts.statuses) { attributes["status"] = .string(status) }
            if let bySource = Self.statusBySource(facts.documentStatuses) { attributes["status_by_source"] = .strings(bySource) }
            // Only a document that attributes it can make the sources differ.
            if !facts.attributedDocuments.isEmpty, let bySource = Self.attributionBySource(facts.documentAttributions) {
                attributes["attribution_by_source"] = .strings(bySource)
            }
            if let role = mostFrequent(facts.roles) { attributes["role"] = .string(role) }
            if !facts.rules.isEmpty { attributes["rules"] = .strings(facts.rules.sorted()) }
            // Past roles ("former minister") only when no source speaks of the present.
            if facts.isFormer { attributes["former"] = .bool(true) }
            if facts.isHedged {
                attributes["hedged"] = .bool(true)
                if !facts.attributedTo.isEmpty { attributes["attributed_to"] = .strings(facts.attributedTo.sorted()) }
            }
            relations.append(Relation(id: id, source: entry.source, target: entry.target, type: entry.type, attributes: attributes, evidence: evidence))
        }
        return relations
    }

    /// Diagnostics name document-level keys as printed; readers want node ids.
    private func renamed(_ diagnostics: [Diagnostic], _ clusters: Clusters, _ idOfRoot: [EntityKey: String]) -> [Diagnostic] {
        guard !diagnostics.isEmpty else { return diagnostics }
        let keyPrinted = Dictionary(clusters.keys.map { ($0.description, $0) }, uniquingKeysWith: min)
        return diagnostics.map { diagnostic in
            var copy = diagnostic
            copy.subjects = diagnostic.subjects.map { subject in keyPrinted[subject].flatMap { idOfRoot[clusters.find($0)] } ?? subject }
            return copy
        }
    }
}
