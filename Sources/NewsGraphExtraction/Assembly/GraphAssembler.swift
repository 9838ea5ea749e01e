import Foundation
import NewsGraphCore

/// Resolved clusters → the graph: one node per cluster with its label, aliases, attributes
/// and every mention; one edge per (source, type, target) with every sentence that states it.
struct GraphAssembler {
    let lexicon: Lexicon

    /// - Parameter decisions: the labels the analyst gave clusters (by root) and the marks of the
    ///   decisions that shaped them; empty without a decisions file.
    func assemble(
        _ clusters: Clusters, _ records: [DocumentExtraction], diagnostics: [Diagnostic], decisions: DecisionOutcome = DecisionOutcome()
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
            let label = decisions.labels[root] ?? bestLabel(keys, clusters)
            prepared.append((root, keys, type, label))
            labelCounts["\(type.rawValue):\(label.lowercased())", default: 0] += 1
        }
        prepared.sort { ($0.type, $0.label, $0.root) < ($1.type, $1.label, $1.root) }
        for item in prepared {
            let members = item.keys.flatMap { clusters.members[$0] ?? [] }
            var attributes = mergedAttributes(members.map(\.entity))
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
            let mentions = Array(Set(members.flatMap(\.entity.mentions))).sorted()
            var aliases = Set(members.flatMap(\.entity.names))
            if [.person, .agency, .country, .place, .commodity].contains(item.type) {
                aliases.formUnion(mentions.map(\.text))
            }
            aliases.remove(label)
            aliases = aliases.filter { !$0.isEmpty && $0 != item.label }
            attributes["fallback-key"] = nil
            if let marks = decisions.marks[item.root] { attributes["decisions"] = .strings(marks) }
            let quantities = Set(members.flatMap { $0.entity.quantities ?? [] })
            nodes.append(
                Entity(
                    id: id, type: item.type, label: label, aliases: aliases.sorted(), attributes: attributes, mentions: mentions,
                    quantities: quantities.isEmpty ? nil : quantities.sorted()))
        }
        let countries = Set(nodes.lazy.filter { $0.type == .country }.map(\.id))
        let edges = OneCountryPerBody.kept(assembleEdges(records, clusters, idOfRoot), countries: countries)
        var graph = EntityGraph(documents: records.map(\.document), nodes: nodes, edges: edges, diagnostics: renamed(diagnostics, clusters, idOfRoot))
        graph.dropDanglingEdges()
        return graph.canonicalized()
    }

    /// The name most documents give first; for policies, prefer names from mentions that carry
    /// a distinguishing mark (a rate, a commodity) over the general ones.
    private func bestLabel(_ keys: [EntityKey], _ clusters: Clusters) -> String {
        let specific = keys.filter { key in
            !(key.type == .policy && (GeneralPolicies.isGeneral(key) || GeneralPolicies.author(key) != nil))
        }
        let pool = specific.isEmpty ? keys : specific
        var firstCounts: [String: Int] = [:]
        var anyCounts: [String: Int] = [:]
        for key in pool {
            for member in clusters.members[key] ?? [] {
                if let first = member.entity.names.first { firstCounts[first, default: 0] += 1 }
                for name in member.entity.names { anyCounts[name, default: 0] += 1 }
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

    /// Attribute values across documents: the most frequent value of each.
    private func mergedAttributes(_ entities: [LocalEntity]) -> Attributes {
        var values: [String: [String]] = [:]
        for entity in entities {
            for (name, value) in entity.attributes where !["leader", "form", "capital", "code", "fallback-key"].contains(name) || entity.type == .country && name == "code" {
                values[name, default: []].append(value)
            }
        }
        var out: Attributes = [:]
        for (name, list) in values {
            if name == "when" {
                var seen = Set<String>()
                out[name] = .strings(list.filter { seen.insert($0).inserted }.sorted())
            } else if let value = mostFrequent(list) {
                out[name] = .string(value)
            }
        }
        return out
    }

    /// `DOCUMENT=STATUS` for each document whose sentences all give one status, sorted, when
    /// those documents do not all give the same; else nil, so a graph whose sources agree keeps
    /// the bytes it had. A document that gives two statuses itself (a past measure and a new
    /// threat read as one) says nothing certain and is left out.
    static func statusBySource(_ pairs: [(document: String, status: String)]) -> [String]? {
        guard let first = pairs.first?.status, pairs.contains(where: { $0.status != first }) else { return nil }
        let byDocument = Dictionary(grouping: pairs, by: \.document).compactMapValues { pairs in
            Set(pairs.map(\.status)).count == 1 ? pairs[0].status : nil
        }
        guard Set(byDocument.values).count > 1 else { return nil }
        return byDocument.map { "\($0.key)=\($0.value)" }.sorted()
    }

    /// `DOCUMENT=stated` for each document that states the relation as fact in some sentence,
    /// `DOCUMENT=attributed to WHO` for each that only ever attributes it ("according to
    /// officials", "reportedly"), sorted, when both kinds of document exist; else nil, so a graph
    /// whose sources agree keeps the bytes it had.
    static func attributionBySource(_ pairs: [(document: String, attribution: String?)]) -> [String]? {
        guard pairs.contains(where: { $0.attribution == nil }), pairs.contains(where: { $0.attribution != nil }) else { return nil }
        let byDocument = Dictionary(grouping: pairs, by: \.document).mapValues { pairs -> String in
            if pairs.contains(where: { $0.attribution == nil }) { return "stated" }
            return "attributed to " + pairs.compactMap(\.attribution).sorted()[0]
        }
        guard Set(byDocument.values.map { $0 == "stated" }).count > 1 else { return nil }
        return byDocument.map { "\($0.key)=\($0.value)" }.sorted()
    }

    private func assembleEdges(_ records: [DocumentExtraction], _ clusters: Clusters, _ idOfRoot: [EntityKey: String]) -> [Relation] {
        struct Accumulator {
            /// In the order found, repeats included: sorted and deduplicated once, at the end.
            var evidence: [Evidence] = []
            var statuses: [String] = []
            /// Each status with the document that gives it, so a disagreement between sources
            /// survives the majority vote (`status_by_source`).
            var documentStatuses: [(document: String, status: String)] = []
            var roles: [String] = []
            var rules: Set<String> = []
            var hedged: [Bool] = []
            var former: [Bool] = []
            /// Whether some sentence states the relation, and whether a reading of a document
            /// infers it, rather than world knowledge alone.
            var isStated = false
            var isInferred = false

            mutating func add(_ relation: LocalRelation) {
                switch relation.attributes["basis"] {
                case .string("knowledge")?: break
                case .string("inferred")?: isInferred = true
                default: isStated = true
                }
                evidence.append(relation.evidence)
                if case .string(let status)? = relation.attributes["status"] {
                    statuses.append(status)
                    documentStatuses.append((relation.evidence.document, status))
                }
                if case .string(let role)? = relation.attributes["role"] { roles.append(role) }
                if case .string(let rule)? = relation.attributes["pattern"] { rules.insert(rule) }
                let isHedged = relation.attributes["hedged"] == .bool(true)
                hedged.append(isHedged)
                former.append(relation.attributes["former"] == .bool(true))
                var who: String?
                if case .string(let name)? = relation.attributes["attributed_to"] {
                    attributedTo.insert(name)
                    who = name
                }
                if relation.attributes["basis"] == nil {
                    documentAttributions.append((relation.evidence.document, isHedged ? (who ?? Self.unnamedSource) : nil))
                }
            }
            var attributedTo: Set<String> = []
            /// Each stated sentence's document with who it attributes the relation to (nil where
            /// it states it as fact), so sources that differ in attributing it can be told apart.
            var documentAttributions: [(document: String, attribution: String?)] = []
            /// What an attribution with no named source reads as ("reportedly", "it is understood").
            static let unnamedSource = "an unnamed source"
        }
        var edges: [String: (source: String, target: String, type: RelationType, acc: Accumulator)] = [:]
        for record in records {
            for relation in record.relations {
                guard let source = idOfRoot[clusters.find(relation.source)], let target = idOfRoot[clusters.find(relation.target)],
                    source != target
                else { continue }
                let id = Relation.id(source: source, type: relation.type, target: target)
                // Updated in place, not copied out and back with all its evidence.
                if edges[id] == nil { edges[id] = (source, target, relation.type, Accumulator()) }
                edges[id]!.acc.add(relation)
            }
        }
        return edges.map { id, entry in
            let evidence = Self.sortedUnique(entry.acc.evidence)
            // Sorted by document first, so each document's evidence is one run.
            let sources = zip(evidence, evidence.dropFirst()).count { $0.document != $1.document } + (evidence.isEmpty ? 0 : 1)
            var attributes: Attributes = ["sources": .int(sources)]
            if !entry.acc.isStated { attributes["basis"] = .string(entry.acc.isInferred ? "inferred" : "knowledge") }
            if let status = mostFrequent(entry.acc.statuses) { attributes["status"] = .string(status) }
            if let bySource = Self.statusBySource(entry.acc.documentStatuses) { attributes["status_by_source"] = .strings(bySource) }
            if let bySource = Self.attributionBySource(entry.acc.documentAttributions) {
                attributes["attribution_by_source"] = .strings(bySource)
            }
            if let role = mostFrequent(entry.acc.roles) { attributes["role"] = .string(role) }
            if !entry.acc.rules.isEmpty { attributes["rules"] = .strings(entry.acc.rules.sorted()) }
            // Past roles ("former minister") only when no source speaks of the present.
            if !entry.acc.former.isEmpty && entry.acc.former.allSatisfy({ $0 }) { attributes["former"] = .bool(true) }
            if !entry.acc.hedged.isEmpty && entry.acc.hedged.allSatisfy({ $0 }) {
                attributes["hedged"] = .bool(true)
                if !entry.acc.attributedTo.isEmpty { attributes["attributed_to"] = .strings(entry.acc.attributedTo.sorted()) }
            }
            return Relation(id: id, source: entry.source, target: entry.target, type: entry.type, attributes: attributes, evidence: evidence)
        }
    }

    /// Sorted, each once; of equal items the first found stays, as a set would keep it.
    private static func sortedUnique(_ evidence: [Evidence]) -> [Evidence] {
        var unique: [Evidence] = []
        for item in evidence.sorted() where unique.last != item { unique.append(item) }
        return unique
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
