import Foundation
import NewsGraphCore

/// Where the articles of one build disagree (`newsgraph compare`, the brief's "Where the
/// sources differ"): names one entity is written under, spellings the resolver kept apart,
/// claims only some of the articles that cover the same entities make, statuses, and the
/// numbers and dates sources give one node (its `quantities`).
///
/// Every finding comes from what the graph records per article (mentions, evidence sentences,
/// the resolver's diagnostics), never from knowing a story. Precision comes first: a claim is
/// reported only when other articles name both of its ends and still do not state it.
public struct SourceComparison: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable {
        /// One entity written differently across sources (a merged spelling variant).
        case names
        /// Two spellings the resolver kept apart but that may be one entity.
        case nearNames = "near-names"
        /// A relation stated by one source while others covering both ends do not state it.
        case claim
        /// A measure's status (enacted, threatened, ...) differing between sources
        /// (`status_by_source`, which extraction records only when they differ).
        case status
        /// One quantity about one node (a rate, a sum, a count, a duration) given differently.
        case numbers
        /// One event or measure dated differently.
        case dates
        /// A relation one source states as fact while another only attributes it ("according
        /// to officials"): `attribution_by_source`.
        case attribution
    }

    /// One side of a disagreement: a value (a spelling, "states it", "does not state it"),
    /// the articles that give it and their sentences.
    public struct Side: Codable, Hashable, Sendable {
        public var value: String
        public var documents: [String]
        public var evidence: [Evidence]
    }

    public struct Finding: Codable, Hashable, Sendable {
        public var kind: Kind
        /// Node ids, then the relation id for a claim.
        public var subjects: [String]
        /// What the finding is about, for a heading.
        public var title: String
        /// Why it is reported.
        public var reason: String
        public var sides: [Side]
        /// How many articles cover it: name the entity, or both ends of the relation.
        public var sources: Int
        /// How many relations its entities take part in: the second key of importance.
        public var links: Int
    }

    /// The articles compared, by id.
    public var articles: [String]
    /// Most sources first, then most links.
    public var findings: [Finding]

    /// - Complexity: O(n + e) in the graph's entities and relations, times the articles per entity.
    public init(_ graph: EntityGraph, settings: ComparisonSettings = .standard) {
        let graph = graph.canonicalized()
        articles = graph.documents.map(\.id)
        let degrees = graph.degrees
        var findings: [Finding] = []

        // Where a mention sits, the sentence that holds it: the evidence of any relation whose
        // sentence span covers it.
        var sentences: [String: [Evidence]] = [:]
        for relation in graph.edges.values {
            for evidence in relation.evidence { sentences[evidence.document, default: []].append(evidence) }
        }
        func sentence(around mention: Mention) -> Evidence? {
            sentences[mention.document]?.filter { $0.start <= mention.start && mention.end <= $0.end }
                .min { ($0.end - $0.start, $0.start) < ($1.end - $1.start, $1.start) }
        }
        /// A side per spelling: the mentions written exactly so, with their sentences.
        func spellings(_ names: [String], of entities: [Entity]) -> [Side] {
            names.map { name in
                // Written so, perhaps after a title ("Finance Minister Ana Lima"), or as the
                // name's last word where no other spelling ends with it (a surname alone).
                let last = name.split(separator: " ").last.map(String.init) ?? name
                let ownLast = names.filter { $0.hasSuffix(" " + last) || $0 == last }.count == 1
                let mentions = entities.flatMap(\.mentions).filter { mention in
                    mention.text == name || mention.text.hasSuffix(" " + name) || (ownLast && mention.text == last)
                }
                // One sentence per article: the first that writes it so.
                var seen = Set<String>()
                let evidence = mentions.sorted { ($0.document, $0.start) < ($1.document, $1.start) }
                    .compactMap(sentence(around:)).filter { seen.insert($0.document).inserted }
                return Side(value: name, documents: Array(Set(mentions.map(\.document))).sorted(), evidence: evidence.sorted())
            }
        }

        for diagnostic in graph.diagnostics {
            let merged = settings.nameMerges.contains(diagnostic.id)
            let near = settings.nameNearMerges.contains(diagnostic.id)
            guard merged || near else { continue }
            var ids: [String] = []
            for id in diagnostic.subjects where graph.nodes[id] != nil && !ids.contains(id) { ids.append(id) }
            let entities = ids.compactMap { graph.nodes[$0] }
            guard let first = entities.first else { continue }
            let names = Self.quotedNames(diagnostic.message, among: entities)
            let sides = spellings(names, of: entities).filter { !$0.documents.isEmpty }
            // A disagreement needs two spellings each written in some article.
            guard sides.count >= 2 else { continue }
            let documents = Set(entities.flatMap(\.sourceDocuments))
            findings.append(
                Finding(
                    kind: merged ? .names : .nearNames, subjects: ids,
                    title: merged ? first.label : entities.map(\.label).joined(separator: " / "),
                    reason: merged
                        ? "Sources write one \(first.type.rawValue) differently; merged (\(diagnostic.message))."
                        : "Kept apart, but may be one \(first.type.rawValue) (\(diagnostic.message)).",
                    sides: sides, sources: documents.count, links: ids.reduce(0) { $0 + degrees[$1, default: 0] }))
        }

        for relation in graph.edges.values where settings.claimRelations.contains(relation.type) {
            // A lexicon's or a classifier's relation is no source's claim.
            guard relation.attributes["basis"] == nil,
                let source = graph.nodes[relation.source], let target = graph.nodes[relation.target]
            else { continue }
            let stating = Set(relation.sourceDocuments)
            guard !stating.isEmpty, stating.count <= settings.claimMaxStating else { continue }
            let covering = Set(source.sourceDocuments).intersection(target.sourceDocuments)
            let silent = covering.subtracting(stating)
            guard silent.count >= settings.claimMinSilent else { continue }
            // An article that names both ends in one sentence may state the relation in words the
            // extractor missed: then whether it is silent is unclear, and nothing is reported.
            // A mention outside every evidence sentence (one with no relation) has no known
            // sentence: then two mentions close together count as together.
            let together = silent.contains { document in
                source.mentions.contains { a in
                    guard a.document == document else { return false }
                    return target.mentions.contains { b in
                        guard b.document == document else { return false }
                        if let first = sentence(around: a), let second = sentence(around: b) { return first == second }
                        return abs(a.start - b.start) < settings.claimNearbyCharacters
                    }
                }
            }
            guard !together else { continue }
            let phrase = "\(source.label) \(relation.type.phrase) \(target.label)"
            var statement = relation.type.phrase
            if let status = relation.attributes["status"]?.text, !status.isEmpty { statement += " (\(status))" }
            findings.append(
                Finding(
                    kind: .claim, subjects: [source.id, target.id, relation.id], title: phrase,
                    reason:
                        "Stated by \(Self.count(stating.count, "source")); \(Self.count(silent.count, "other source")) name both but never together in a sentence, and do not state it.",
                    sides: [
                        Side(value: "states: \(statement)", documents: stating.sorted(), evidence: relation.evidence),
                        Side(value: "names both, never in one sentence", documents: silent.sorted(), evidence: []),
                    ],
                    sources: covering.count, links: degrees[source.id, default: 0] + degrees[target.id, default: 0]))
        }

        findings += Self.singleSourceFindings(graph, settings, degrees)
        findings += Self.bySourceFindings(graph, degrees)
        findings += Self.quantityFindings(graph, degrees)

        self.findings = findings.sorted { a, b in
            if a.sources != b.sources { return a.sources > b.sources }
            if a.links != b.links { return a.links > b.links }
            if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
            return a.subjects.lexicographicallyPrecedes(b.subjects)
        }
    }

    /// The names a resolver diagnostic quotes ('Ana Lima' and 'Anna Lima'), in the order it
    /// quotes them: the entities' names found quoted in it, so a name with an apostrophe of its
    /// own is whole; else what stands between single quotes.
    static func quotedNames(_ message: String, among entities: [Entity]) -> [String] {
        let candidates = Set(entities.flatMap { [$0.label] + $0.aliases + $0.mentions.map(\.text) }).filter { !$0.isEmpty }
        let found = candidates.compactMap { name -> (Int, String)? in
            message.range(of: "'\(name)'").map { (message.distance(from: message.startIndex, to: $0.lowerBound), name) }
        }.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.1)
        if found.count >= 2 { return found }
        return quotedNames(message)
    }

    static func quotedNames(_ message: String) -> [String] {
        let parts = message.split(separator: "'", omittingEmptySubsequences: false).map(String.init)
        var names: [String] = []
        for index in stride(from: 1, to: parts.count - 1, by: 2) where !names.contains(parts[index]) && !parts[index].isEmpty {
            names.append(parts[index])
        }
        return names
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
