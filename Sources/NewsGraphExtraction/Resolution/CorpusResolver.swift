import Foundation
import NewsGraphCore

/// Joins the documents' extractions into one graph: the same entity in several documents
/// becomes one node, whatever name each gives it.
///
/// Candidates are found by blocking (the same key; a surname and its full name; the same given
/// name with a close surname; an acronym and its expansion), never by comparing every pair.
/// Every merge that is not an exact match, and every near-merge refused, is reported.
public struct CorpusResolver {
    let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The graph of `records`, in any order; of two records of one document, the first given
    /// is kept (`newsgraph` refuses such input before it gets here).
    ///
    /// - Complexity: O(n log n) in the number of entities and relations, plus the blocks' pairs.
    public func resolve(_ records: [DocumentExtraction]) -> EntityGraph {
        resolve(CorpusSummary(firstOf: records))
    }

    /// The graph of the summarised corpus: the graph of its records, byte for byte, however the
    /// summary was summed.
    ///
    /// - Complexity: O(n log n) in the number of distinct keys and relations, plus the blocks'
    ///   pairs and the documents that name compared people and policies.
    /// - Parameter summary: taken apart as the graph is made: pass it with `consume` where it
    ///   is not needed after, and the graph takes its place in memory rather than adding to it.
    public func resolve(_ summary: consuming CorpusSummary) -> EntityGraph {
        summary.normalize()
        var clusters = Clusters(summary)
        let diagnostics = applyRules(&clusters, summary)
        return GraphAssembler(lexicon: lexicon).assemble(clusters, summary, diagnostics: diagnostics)
    }

    /// Joins the clusters every rule says are one entity, in a fixed order; returns the
    /// records' diagnostics and the rules'.
    func applyRules(_ clusters: inout Clusters, _ summary: CorpusSummary) -> [Diagnostic] {
        var diagnostics = summary.diagnostics
        mergeCountryVariants(&clusters)
        mergeAcronyms(&clusters)
        diagnostics += mergePeople(&clusters, summary)
        mergeAgencyWordOrder(&clusters, summary)
        mergeGeneralPolicies(&clusters, summary)
        remapMeetings(&clusters)
        return diagnostics
    }

    // MARK: Agencies

    /// "Commerce Department" joins "U.S. Commerce Department" when only one country has one.
    private func mergeCountryVariants(_ clusters: inout Clusters) {
        var byBase: [EntityKey: [EntityKey]] = [:]
        for key in clusters.keys {
            if let base = key.unqualified { byBase[base, default: []].append(key) }
        }
        for key in clusters.keys where key.type == .agency && key.agencyCountry == nil {
            if let variants = byBase[key], variants.count == 1 { clusters.union(key, variants[0]) }
        }
    }

    /// "IRSS" joins "Institute for Regional Security Studies" when the initials or a
    /// defined acronym say so, and only one agency fits.
    private func mergeAcronyms(_ clusters: inout Clusters) {
        var byAcronym: [String: Set<EntityKey>] = [:]
        for key in clusters.keys where key.type == .agency {
            let entity = clusters.entities[key]!
            if let acronym = entity.attributes["acronym"] { byAcronym[acronym.lowercased(), default: []].insert(clusters.find(key)) }
            for name in entity.names {
                if let initials = DocumentResolver.initials(of: name), initials.count >= 3 {
                    byAcronym[initials, default: []].insert(clusters.find(key))
                }
            }
        }
        for key in clusters.keys where key.type == .agency && key.agencyCountry == nil {
            guard let short = key.name, !short.contains(" "), let targets = byAcronym[short] else { continue }
            let others = targets.filter { $0 != clusters.find(key) }
            if others.count == 1 { clusters.union(key, others.first!) }
        }
    }

    /// Agencies whose names have the same words in another order, as sources render a name
    /// translated or from memory ("Nordic Fisheries Policy Forum", "Forum for Nordic Fisheries
    /// Policy"), and that the text ties to the same body or person: the same words alone may
    /// name two bodies ("Institute for Policy Studies", "Policy Studies Institute").
    private func mergeAgencyWordOrder(_ clusters: inout Clusters, _ summary: CorpusSummary) {
        var bySignature: [String: [EntityKey]] = [:]
        for key in clusters.keys.sorted() where key.type == .agency {
            guard let name = key.name else { continue }
            let words = name.split(separator: " ").map(String.init).filter { !lexicon.isFunctionWord($0) }
            guard words.count >= 3 else { continue }
            bySignature[words.sorted().joined(separator: " "), default: []].append(key)
        }
        let compared = Set(bySignature.values.filter { $0.count > 1 }.joined())
        guard !compared.isEmpty else { return }
        // The bodies and people each compared agency is related to.
        var neighbours: [EntityKey: Set<EntityKey>] = [:]
        for relation in summary.relations.keys {
            if compared.contains(relation.source) { neighbours[relation.source, default: []].insert(relation.target) }
            if compared.contains(relation.target) { neighbours[relation.target, default: []].insert(relation.source) }
        }
        for (_, keys) in bySignature.sorted(by: { $0.key < $1.key }) where keys.count > 1 {
            for (index, a) in keys.enumerated() {
                let aroundA = Set((neighbours[a] ?? []).map { clusters.find($0) })
                for b in keys[(index + 1)...] where clusters.find(a) != clusters.find(b) {
                    let aroundB = Set((neighbours[b] ?? []).map { clusters.find($0) })
                    if !aroundA.isDisjoint(with: aroundB) { clusters.union(a, b) }
                }
            }
        }
    }

    // MARK: People

    private func mergePeople(_ clusters: inout Clusters, _ summary: CorpusSummary) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let people = clusters.keys.filter { $0.type == .person }
        let full = people.filter { $0.name!.contains(" ") && !clusters.entities[$0]!.isWeak }
        let isFull = Set(full)
        // A surname alone joins the one full name it can belong to.
        var bySurname: [String: Set<EntityKey>] = [:]
        for key in full {
            let parts = Self.nameParts(key)
            bySurname[parts.last!, default: []].insert(key)
            if parts.count == 2, DocumentResolver(lexicon: lexicon).isFamilyNameFirst(parts) {
                bySurname[parts.first!, default: []].insert(key)
            }
        }
        for key in people where !isFull.contains(key) {
            guard let name = key.name, !name.contains(" "), let candidates = bySurname[name] else { continue }
            let roots = Set(candidates.map { clusters.find($0) })
            if roots.count == 1 { clusters.union(key, roots.first!) }
        }
        // Spelling variants: the same given name, a surname one or two edits away, and the same context.
        // Blocks: the first name and the surname's first letter (a variant keeps both), or for a
        // family name written first the family name alone (a garbled given name changes the rest).
        var byGiven: [String: [EntityKey]] = [:]
        for key in full.sorted() {
            let parts = Self.nameParts(key)
            let block = isFamilyNameFirst(key) ? parts[0] : "\(parts[0]) \(parts.last!.prefix(1))"
            byGiven[block, default: []].append(key)
        }
        // Only people who share a block are compared, so only their context is gathered.
        var context = PersonContext(of: Set(byGiven.values.filter { $0.count > 1 }.joined()), summary: summary)
        for (_, block) in byGiven.sorted(by: { $0.key < $1.key }) where block.count > 1 {
            for (i, a) in block.enumerated() {
                for b in block[(i + 1)...] where clusters.find(a) != clusters.find(b) {
                    let lastA = Self.nameParts(a).last!
                    let lastB = Self.nameParts(b).last!
                    let distance = EditDistance.between(lastA, lastB)
                    let nameA = clusters.displayName(a)
                    let nameB = clusters.displayName(b)
                    // Only the pairs the tests below can merge or report ask for the context: it
                    // reads every person named beside either, too much to ask of every pair.
                    let isVariant = distance <= 2 && distance * 3 <= max(lastA.count, lastB.count) && lastA.first == lastB.first
                    let isFamilyPair = lastA != lastB && isFamilyNameFirst(a) && isFamilyNameFirst(b)
                    guard isVariant || isFamilyPair else { continue }
                    let reasons = context.agreement(a, b, clusters)
                    if isVariant {
                        if reasons.isEmpty {
                            diagnostics.append(
                                Diagnostic(
                                    id: "merge.refused", severity: .warning,
                                    message: "'\(nameA)' and '\(nameB)' are spelled alike but share no role, body or company; kept apart",
                                    subjects: [a, b].sorted().map(\.description)))
                            continue
                        }
                        // A decision may keep the two apart: it reports the merge it refused.
                        let merge = Diagnostic(
                            id: "merge.spelling-variant", severity: .note,
                            message: "merged '\(nameA)' and '\(nameB)': \(distance) edit\(distance == 1 ? "" : "s") apart, \(reasons.joined(separator: ", "))",
                            subjects: [a, b].sorted().map(\.description))
                        if let merged = clusters.union(a, b, reporting: merge) { diagnostics.append(merged) }
                    } else if !reasons.isEmpty, let (garbled, kept) = garbledName(a, b, clusters, context) {
                        // Named once, with no role of its own, doing what the other does with the same
                        // people: a source garbled the given name.
                        let merge = Diagnostic(
                            id: "merge.garbled-name", severity: .warning,
                            message: "merged '\(clusters.displayName(garbled))' into '\(clusters.displayName(kept))': same family name, named once with no role of its own, \(reasons.joined(separator: ", ")); check the source",
                            subjects: [a, b].sorted().map(\.description))
                        if let merged = clusters.union(a, b, reporting: merge) { diagnostics.append(merged) }
                    } else if !reasons.isEmpty {
                        // Same family name, another given name, same company: a garbled name, or two people.
                        diagnostics.append(
                            Diagnostic(
                                id: "merge.possible-duplicate", severity: .warning,
                                message: "'\(nameA)' and '\(nameB)' share the family name and \(reasons.joined(separator: ", ")); not merged (different given names), check whether a source garbled one",
                                subjects: [a, b].sorted().map(\.description)))
                    }
                }
            }
        }
        return diagnostics
    }

    /// Of two people with one family name, the one that looks like a garbled copy of the other:
    /// a single mention, no role, a link (a meeting attended, a body joined) the other has too,
    /// and never named in one sentence with the other. Two officials of one family at the same
    /// meeting are named side by side ("Park Min-jun and Park Seo-yeon attended"); a garbled
    /// name stands where the other would.
    private func garbledName(_ a: EntityKey, _ b: EntityKey, _ clusters: Clusters, _ context: PersonContext) -> (EntityKey, EntityKey)? {
        func mentionCount(_ key: EntityKey) -> Int { context.mentionCounts[key] ?? 0 }
        let sharedLinks = (context.links[a] ?? []).intersection(context.links[b] ?? [])
        guard !sharedLinks.isEmpty, (context.sentences[a] ?? []).isDisjoint(with: context.sentences[b] ?? []) else { return nil }
        for (garbled, kept) in [(a, b), (b, a)] where mentionCount(garbled) == 1 && (context.roles[garbled] ?? []).isEmpty {
            if mentionCount(kept) > 1 { return (garbled, kept) }
        }
        return nil
    }

    private func isFamilyNameFirst(_ key: EntityKey) -> Bool {
        DocumentResolver(lexicon: lexicon).isFamilyNameFirst(Self.nameParts(key))
    }

    /// The words of a person's normalised name, given name first as written.
    private static func nameParts(_ key: EntityKey) -> [String] {
        (key.name ?? "").split(separator: " ").map(String.init)
    }

    // MARK: Policies and meetings

    /// "the truce", "the export blacklist": a policy with no mark of its own joins the one policy
    /// of its kind that has one, among the articles of its story; the same words in articles
    /// that share no story stay apart (`GeneralPolicies`).
    private func mergeGeneralPolicies(_ clusters: inout Clusters, _ summary: CorpusSummary) {
        var imposers: [EntityKey: Set<EntityKey>] = [:]
        for relation in summary.relations.keys where relation.type == .imposes {
            imposers[clusters.find(relation.target), default: []].insert(clusters.find(relation.source))
        }
        let story = StoryContext(summary, clusters)
        var byKind: [String: [EntityKey]] = [:]
        for key in clusters.keys {
            if let kind = key.policyKind { byKind[kind, default: []].append(key) }
        }
        for (_, keys) in byKind {
            // "ban on grain exports" joins "ban on grain exports (March)" when it
            // is the only policy of the kind whose marks include all of its own.
            // Candidates come from an index of marks, so this stays near linear in the keys.
            var marks: [EntityKey: Set<PolicyMark>] = [:]
            var keysByMark: [PolicyMark: [EntityKey]] = [:]
            for key in keys {
                let own = GeneralPolicies.distinguishingMarks(key)
                marks[key] = own
                for mark in own { keysByMark[mark, default: []].append(key) }
            }
            for key in keys.sorted() {
                guard let own = marks[key], let rarest = own.min(by: { keysByMark[$0]!.count < keysByMark[$1]!.count })
                else { continue }
                let wider = Set(keysByMark[rarest]!.filter { other in
                    other != key && marks[other]!.isStrictSuperset(of: own)
                }.map { clusters.find($0) })
                if wider.count == 1 { clusters.union(key, wider.first!) }
            }
            let general = keys.filter(GeneralPolicies.isGeneral).sorted()
            // "the truce" of two articles of one story is one truce; "the U.S. tariffs" too, when
            // both say the U.S. imposes them.
            let byAuthor = Dictionary(grouping: general) { GeneralPolicies.author($0)?.description ?? "" }
            for (_, sameAuthor) in byAuthor.sorted(by: { $0.key < $1.key }) {
                for (a, b) in story.pairsSharingAStory(sameAuthor) { clusters.union(a, b) }
            }
            let isGeneral = Set(general)
            let specific = Set(keys.filter { !isGeneral.contains($0) }.map { clusters.find($0) })
            let byImposer = Set(general.filter { GeneralPolicies.author($0) != nil }.map { clusters.find($0) })
            for key in general {
                if specific.count == 1 {
                    // Only within its story: "the truce" of another war is not this one.
                    guard story.shareAStory(key, specific.first!, among: keys, clusters) else { continue }
                    // "the U.S. restrictions" join the one specific policy only if the U.S. imposes it.
                    if let by = GeneralPolicies.author(key),
                        !(imposers[specific.first!] ?? []).contains(clusters.find(by))
                    {
                        continue
                    }
                    clusters.union(key, specific.first!)
                } else if specific.isEmpty, GeneralPolicies.author(key) == nil, byImposer.count == 1,
                    story.shareAStory(key, byImposer.first!, among: keys, clusters)
                {
                    // "the export blacklist" and "the U.S. export blacklist", nothing else of the kind.
                    clusters.union(key, byImposer.first!)
                }
            }
        }
    }

    /// Meeting keys name their anchors by entity keys; re-key them once people and agencies are
    /// resolved, so "Lima–Okafor meeting" is one meeting whichever spelling each article used.
    private func remapMeetings(_ clusters: inout Clusters) {
        var byKey: [EntityKey: EntityKey] = [:]
        for key in clusters.keys.sorted() where key.type == .meeting {
            let canonical = canonicalMeetingKey(key, clusters)
            if let other = byKey[canonical] { clusters.union(key, other) } else { byKey[canonical] = key }
        }
    }

    /// A meeting's key with each anchor that is an entity replaced by its cluster's root.
    private func canonicalMeetingKey(_ key: EntityKey, _ clusters: Clusters) -> EntityKey {
        switch key.meetingAnchor {
        case .people(let people):
            return .meeting(.people(keys: Set(people.map { clusters.find($0) }).sorted()), key.meetingClass)
        case .visit(let visitor, let destination):
            return .meeting(.visit(visitor: clusters.find(visitor), destination: destination.map { clusters.find($0) }), key.meetingClass)
        case .organisation(let body):
            return .meeting(.organisation(key: clusters.find(body)), key.meetingClass)
        case .place(let place):
            return .meeting(.place(key: clusters.find(place)), key.meetingClass)
        default:
            return key
        }
    }
}

/// Union-find over document-level keys.
struct Clusters {
    /// The analyst's decisions that keep clusters apart (`different`, and types or labels that
    /// disagree); nil without decisions, so unions cost what they did.
    var constraints: ClusterConstraints?
    /// Each key's first occurrence, as the summary gives it (``KeyFacts/header(_:)``).
    var entities: [EntityKey: LocalEntity] = [:]
    /// The keys in the order the records first name them.
    var keys: [EntityKey] = []
    private var parent: [EntityKey: EntityKey] = [:]
    /// Each union that joined two clusters, in order: the root that stopped being one and the
    /// root it joined. What was worked out from `find` is brought up to date by replaying them.
    private(set) var joins: [(from: EntityKey, into: EntityKey)] = []

    /// Every key of `summary` as a cluster of its own.
    init(_ summary: borrowing CorpusSummary) {
        keys = summary.keysInOrder
        entities.reserveCapacity(keys.count)
        parent.reserveCapacity(keys.count)
        for key in keys {
            entities[key] = summary.keys[key]!.header(key)
            parent[key] = key
        }
    }

    func find(_ key: EntityKey) -> EntityKey {
        var current = key
        while let next = parent[current], next != current { current = next }
        return current
    }

    /// Joins two clusters, unless a decision keeps them apart; the root is the lexically smaller
    /// key, so the result does not depend on order.
    ///
    /// - Returns: whether `a` and `b` are in one cluster now.
    @discardableResult
    mutating func union(_ a: EntityKey, _ b: EntityKey) -> Bool {
        let rootA = find(a)
        let rootB = find(b)
        guard rootA != rootB else { return true }
        guard parent[rootA] != nil, parent[rootB] != nil else { return false }
        if constraints != nil, !constraints!.allowsJoining(rootA, rootB, a, b) { return false }
        if rootA < rootB { parent[rootB] = rootA } else { parent[rootA] = rootB }
        joins.append(rootA < rootB ? (rootB, rootA) : (rootA, rootB))
        constraints?.joined(joins[joins.count - 1].from, into: joins[joins.count - 1].into)
        return true
    }

    func displayName(_ key: EntityKey) -> String { entities[key]?.names.first ?? key.description }
}

/// What the corpus says around a person: roles, the people named in the same documents, and
/// the bodies and meetings they are linked to, for deciding whether two spellings are one person.
struct PersonContext {
    /// A relation from a person: its type and the document-level key of what it goes to.
    struct Link: Hashable, Comparable {
        var type: RelationType
        var target: EntityKey

        static func < (lhs: Link, rhs: Link) -> Bool { (lhs.type.rawValue, lhs.target) < (rhs.type.rawValue, rhs.target) }
    }

    var roles: [EntityKey: Set<String>] = [:]
    /// Mentions of each person over the corpus, repeats counted.
    var mentionCounts: [EntityKey: Int] = [:]
    var links: [EntityKey: Set<Link>] = [:]
    /// The sentences ("document|start") that relate each person to something.
    var sentences: [EntityKey: Set<String>] = [:]
    /// The documents each compared person is named in (in id order), and the people (with
    /// evidence of their own) of each such document: a person's company is read from these when a
    /// pair is compared. Sets of company gathered per person held every pair of people an article
    /// names, which made one article naming thousands of people quadratic in time and memory
    /// (issue 15); and company is not a sum over keys, so a summary keeps it per document.
    private var recordsOf: [EntityKey: [String]] = [:]
    private var peopleOf: [String: [EntityKey]] = [:]

    /// The context of the people keyed `compared`, the only ones asked about: a frequent
    /// name's company across a corpus is large, and costly to gather for nobody.
    init(of compared: Set<EntityKey>, summary: CorpusSummary) {
        for key in compared {
            guard let facts = summary.keys[key] else { continue }
            if !facts.roles.isEmpty { roles[key] = facts.roles }
            mentionCounts[key] = facts.mentionCount
            recordsOf[key] = facts.documents.elements
            for document in recordsOf[key]! where peopleOf[document] == nil {
                peopleOf[document] = summary.documents[document]?.people ?? []
            }
        }
        for (relation, facts) in summary.relations where compared.contains(relation.source) || compared.contains(relation.target) {
            let stated = facts.evidence.elements.map { "\($0.document)|\($0.start)" }
            if compared.contains(relation.source) {
                links[relation.source, default: []].insert(Link(type: relation.type, target: relation.target))
                sentences[relation.source, default: []].formUnion(stated)
            }
            if compared.contains(relation.target) { sentences[relation.target, default: []].formUnion(stated) }
        }
    }

    /// The clusters of the people (with evidence of their own) a record names, and the five
    /// smallest of them, worked out once per record and kept up to date as clusters join: in one
    /// article naming thousands of people, working them out again after each join was quadratic.
    private var recordCompany: [String: (joins: Int, members: Set<EntityKey>, smallest: [EntityKey])] = [:]

    private mutating func company(ofRecord number: String, _ clusters: Clusters) -> (members: Set<EntityKey>, smallest: [EntityKey]) {
        guard var cached = recordCompany[number] else {
            let members = Set((peopleOf[number] ?? []).map { clusters.find($0) })
            let smallest = Self.smallest(5, of: members)
            recordCompany[number] = (clusters.joins.count, members, smallest)
            return (members, smallest)
        }
        if cached.joins == clusters.joins.count { return (cached.members, cached.smallest) }
        recordCompany[number] = nil  // the sets are changed in place, not copied
        for (from, into) in clusters.joins[cached.joins...] where cached.members.remove(from) != nil {
            cached.members.insert(into)
            // The root that remains is the lexically smaller key: it may join the smallest five.
            cached.smallest.removeAll { $0 == from }
            if !cached.smallest.contains(into) && (cached.smallest.count < 5 || into < cached.smallest[cached.smallest.count - 1]) {
                cached.smallest.insert(into, at: cached.smallest.firstIndex { into < $0 } ?? cached.smallest.count)
                if cached.smallest.count > 5 { cached.smallest.removeLast() }
            }
            if cached.smallest.count < min(5, cached.members.count) { cached.smallest = Self.smallest(5, of: cached.members) }
        }
        cached.joins = clusters.joins.count
        recordCompany[number] = cached
        return (cached.members, cached.smallest)
    }

    /// The clusters of the people named beside `key` in the records that name it, with `key`'s own.
    private mutating func company(of key: EntityKey, _ clusters: Clusters) -> Set<EntityKey> {
        let records = recordsOf[key] ?? []
        if records.count == 1 { return company(ofRecord: records[0], clusters).members }
        var company = Set<EntityKey>()
        for number in records { company.formUnion(self.company(ofRecord: number, clusters).members) }
        return company
    }

    /// Why `a` and `b` look like the same person, in words; empty when nothing agrees.
    ///
    /// The people named with both are those named in a record with each, less `a` and `b`
    /// themselves (by cluster). Two people of one record, the usual case within an article,
    /// share that record's company: its smallest clusters name it without building a set.
    mutating func agreement(_ a: EntityKey, _ b: EntityKey, _ clusters: Clusters) -> [String] {
        var reasons: [String] = []
        let sharedRoles = (roles[a] ?? []).intersection(roles[b] ?? [])
        if let role = sharedRoles.min() { reasons.append("same role (\(role))") }
        let excluded: Set<EntityKey> = [clusters.find(a), clusters.find(b)]
        let shared: [EntityKey]
        if let records = recordsOf[a], records.count == 1, recordsOf[b] == records {
            let company = company(ofRecord: records[0], clusters)
            shared = Array(company.smallest.filter { !excluded.contains($0) }.prefix(3))
        } else {
            let both = company(of: a, clusters).intersection(company(of: b, clusters)).subtracting(excluded)
            shared = Self.smallest(3, of: both)
        }
        if !shared.isEmpty {
            let names = shared.map { clusters.displayName($0) }
            reasons.append("named with the same people (\(names.joined(separator: ", ")))")
        }
        let sharedLinks = (links[a] ?? []).intersection(links[b] ?? [])
        // Said with the name a reader knows, not the key ("attends Geneva talks").
        if let link = sharedLinks.min() { reasons.append("same link (\(link.type.phrase) \(clusters.displayName(link.target)))") }
        return reasons
    }

    /// The `count` smallest of `keys`, in order, in one pass: sorting thousands to name three
    /// was most of a comparison.
    static func smallest(_ count: Int, of keys: Set<EntityKey>) -> [EntityKey] {
        var kept: [EntityKey] = []
        for key in keys where kept.count < count || key < kept[kept.count - 1] {
            kept.insert(key, at: kept.firstIndex { key < $0 } ?? kept.count)
            if kept.count > count { kept.removeLast() }
        }
        return kept
    }
}
