import NewsGraphCore

extension CorpusResolver {
    /// The graph of `records` with the analyst's decisions applied inside resolution, so that
    /// edges, counts of sources, views and captions follow them and every rebuild keeps them.
    ///
    /// `drop` removes the entities it names before anything is joined (as if no article named
    /// them); `same` joins before the rules run, and `different` (with types or labels that
    /// disagree) refuses any join a rule asks for; `type`, `label` and `edge-drop` apply to the
    /// clusters the rules leave. Each decision adds a `decision.*` diagnostic citing its line,
    /// and each node a decision shaped lists it in its `decisions` attribute. Without
    /// decisions the graph is the one ``resolve(_:)`` gives, byte for byte.
    ///
    /// - Parameter requiringMatches: whether a decision naming no entity of `records` is an
    ///   error (a corpus), or is left out (one article's graph, which names some of them).
    /// - Throws: ``DecisionError`` naming the line of a decision that names no entity or
    ///   relation, or that contradicts another (joins what a `different` keeps apart, drops what
    ///   another decision keeps, types or labels one entity two ways).
    public func resolve(
        _ records: [DocumentExtraction], decisions: Decisions, requiringMatches: Bool = true
    ) throws(DecisionError) -> EntityGraph {
        try resolve(CorpusSummary(firstOf: records), decisions: decisions, requiringMatches: requiringMatches)
    }

    /// The graph of the summarised corpus with the analyst's decisions: what
    /// ``resolve(_:decisions:requiringMatches:)`` gives for its records.
    public func resolve(
        _ summary: consuming CorpusSummary, decisions: Decisions, requiringMatches: Bool = true
    ) throws(DecisionError) -> EntityGraph {
        guard !decisions.isEmpty else { return resolve(summary) }
        summary.normalize()
        var plan = try DecisionPlan(decisions, summary, requiringMatches: requiringMatches)
        let summary = plan.summary
        var clusters = Clusters(summary)
        try plan.constrain(&clusters)
        let diagnostics = applyRules(&clusters, summary)
        let outcome = try plan.settle(&clusters, summary, requiringMatches: requiringMatches)
        return GraphAssembler(lexicon: lexicon).assemble(
            clusters, outcome.summary, diagnostics: diagnostics + outcome.diagnostics, decisions: outcome)
    }
}

/// What decisions give the graph assembler: labels by cluster root, the marks of the decisions
/// that shaped each cluster, their diagnostics, and the summary less the relations dropped.
struct DecisionOutcome {
    var labels: [EntityKey: String] = [:]
    var marks: [EntityKey: [String]] = [:]
    var diagnostics: [Diagnostic] = []
    var summary = CorpusSummary()
}

/// Decisions bound to the document-level keys of one summarised corpus.
struct DecisionPlan {
    /// A decision that applies, with the keys each of its references names.
    struct Bound {
        var decision: Decision
        var keys: [Set<EntityKey>]
    }

    private(set) var bound: [Bound] = []
    /// The summary, less the entities `drop` decisions name and their relations.
    private(set) var summary: CorpusSummary
    private var dropDiagnostics: [Diagnostic] = []
    /// A name of each matched key, for messages.
    private var nameOfKey: [EntityKey: String] = [:]

    init(_ decisions: Decisions, _ summary: CorpusSummary, requiringMatches: Bool) throws(DecisionError) {
        let references = Set(decisions.items.flatMap(\.references).map(Decision.normalized))
        let (matched, names) = Self.keys(named: references, in: summary)
        nameOfKey = names
        for decision in decisions.items {
            let keys = decision.references.map { matched[Decision.normalized($0)] ?? [] }
            if let missing = keys.firstIndex(where: \.isEmpty) {
                guard requiringMatches else { continue }
                let name = decision.references[missing]
                let close = Self.namesLike(name, in: summary)
                throw .at(
                    decision, "no entity is named '\(name)'" + (close.isEmpty ? "" : " (close: \(close.joined(separator: ", ")))")
                )
            }
            if case .different(let a, let b) = decision.action, let shared = keys[0].intersection(keys[1]).min() {
                throw .at(
                    decision, "'\(a)' and '\(b)' both name '\(nameOfKey[shared] ?? shared.description)': name each by a name only it has")
            }
            bound.append(Bound(decision: decision, keys: keys))
        }
        self.summary = summary
        try drop()
    }

    // MARK: Matching names to keys

    /// The keys each reference (normalized) names: node ids first (`type:slug` of a name, or of
    /// a name with its country as a label that needs one has it), then names, then the text of
    /// mentions; the first that names any key wins, as `ego:NAME` finds nodes. Also a name of
    /// each matched key: the name its first occurrence gives first.
    ///
    /// A key's names, types and countries are read as sets over the corpus, so a `type:slug`
    /// of one occurrence's name with another occurrence's country would match too; extraction
    /// gives every occurrence of a key one type, and a country is part of a body's key.
    static func keys(named references: Set<String>, in summary: CorpusSummary) -> (
        [String: Set<EntityKey>], [EntityKey: String]
    ) {
        var byID: [String: Set<EntityKey>] = [:]
        var byName: [String: Set<EntityKey>] = [:]
        var byMention: [String: Set<EntityKey>] = [:]
        var idsByType: [EntityType: Set<String>] = [:]
        for reference in references {
            guard let colon = reference.firstIndex(of: ":"), let type = EntityType(rawValue: String(reference[..<colon])) else {
                continue
            }
            idsByType[type, default: []].insert(reference)
        }
        var nameOfKey: [EntityKey: String] = [:]
        for (key, facts) in summary.keys {
            var found = false
            for name in facts.names.keys where !name.isEmpty {
                let normalized = Decision.normalized(name)
                if references.contains(normalized) {
                    byName[normalized, default: []].insert(key)
                    found = true
                }
                for type in facts.types {
                    guard let ids = idsByType[type] else { continue }
                    var candidates = [Slug.id(type, name)]
                    for country in (facts.attributes["country"] ?? [:]).keys {
                        candidates.append(Slug.id(type, "\(name) (\(country))"))
                    }
                    for id in candidates where ids.contains(id) {
                        byID[id, default: []].insert(key)
                        found = true
                    }
                }
            }
            for mention in facts.mentions.elements {
                let normalized = Decision.normalized(mention.text)
                if references.contains(normalized) {
                    byMention[normalized, default: []].insert(key)
                    found = true
                }
            }
            if found { nameOfKey[key] = facts.firstNames.first ?? key.description }
        }
        var matched: [String: Set<EntityKey>] = [:]
        for reference in references {
            matched[reference] = byID[reference] ?? byName[reference] ?? byMention[reference]
        }
        return (matched, nameOfKey)
    }

    /// Up to three names in `summary` like `name`, for a hint.
    static func namesLike(_ name: String, in summary: CorpusSummary) -> [String] {
        var names = Set<String>()
        for facts in summary.keys.values { names.formUnion(facts.names.keys) }
        return Decision.closeNames(to: name, among: names)
    }

    // MARK: Drop

    /// Removes the entities `drop` decisions name, and every relation to or from them.
    private mutating func drop() throws(DecisionError) {
        var droppedBy: [EntityKey: Int] = [:]
        for (index, item) in bound.enumerated() {
            guard case .drop = item.decision.action else { continue }
            for key in item.keys[0] where droppedBy[key] == nil { droppedBy[key] = index }
        }
        guard !droppedBy.isEmpty else { return }
        // A dropped entity cannot be joined, typed, labelled or have a relation dropped too.
        for (index, item) in bound.enumerated() {
            switch item.decision.action {
            case .drop, .different: continue
            case .same, .type, .label, .dropEdge: break
            }
            for (position, keys) in item.keys.enumerated() {
                guard let drop = keys.compactMap({ droppedBy[$0] }).min() else { continue }
                throw contradiction([drop, index], "'\(item.decision.references[position])' cannot be dropped and kept")
            }
        }
        var mentions: [Int: (count: Int, documents: Set<String>, types: Set<EntityType>)] = [:]
        for (key, number) in droppedBy {
            guard let facts = summary.keys[key] else { continue }
            mentions[number, default: (0, [], [])].count += facts.mentionCount
            mentions[number]!.documents.formUnion(facts.documents.elements)
            mentions[number]!.types.formUnion(facts.types)
        }
        summary.remove(Set(droppedBy.keys))
        for (number, item) in bound.enumerated() {
            guard case .drop(let name) = item.decision.action, let counts = mentions[number] else { continue }
            let types = counts.types.sorted().map(\.rawValue).joined(separator: ", ")
            dropDiagnostics.append(
                Diagnostic(
                    id: "decision.drop", severity: .note,
                    message:
                        "dropped '\(name)' (\(types); \(Self.count(counts.count, "mention")) in \(Self.count(counts.documents.count, "article"))), as decided: \(item.decision.reason)",
                    decision: item.decision.origin))
        }
    }

    // MARK: Before the rules

    /// Tags the keys of `different`, `type` and `label` decisions, then joins what `same`
    /// decisions join, before any rule runs.
    mutating func constrain(_ clusters: inout Clusters) throws(DecisionError) {
        var constraints = ClusterConstraints()
        for (index, item) in bound.enumerated() {
            switch item.decision.action {
            case .different:
                for key in item.keys[0] { constraints.tag(key, .side(decision: index, first: true)) }
                for key in item.keys[1] { constraints.tag(key, .side(decision: index, first: false)) }
            case .type(_, let type):
                for key in item.keys[0] {
                    if let (decisions, _) = ClusterConstraints.conflict(constraints.tags(of: key), [.type(type, decision: index)])
                    {
                        throw contradiction(decisions, "one entity cannot have two types")
                    }
                    constraints.tag(key, .type(type, decision: index))
                }
            case .label(_, let label):
                for key in item.keys[0] {
                    if let (decisions, _) = ClusterConstraints.conflict(
                        constraints.tags(of: key), [.label(label, decision: index)])
                    {
                        throw contradiction(decisions, "one entity cannot have two labels")
                    }
                    constraints.tag(key, .label(label, decision: index))
                }
            case .same, .drop, .dropEdge:
                break
            }
        }
        clusters.constraints = constraints
        for (index, item) in bound.enumerated() {
            guard case .same(let a, let b) = item.decision.action else { continue }
            let keys = item.keys[0].union(item.keys[1]).sorted()
            for key in keys.dropFirst() where !clusters.union(keys[0], key) {
                let refusal = clusters.constraints!.takeLastRefusal()!
                let why =
                    refusal.isDifferent
                    ? "joining '\(a)' and '\(b)' joins what it keeps apart"
                    : "joining '\(a)' and '\(b)' joins entities it gives another type or label"
                throw contradiction(refusal.decisions + [index], why)
            }
        }
    }

    /// The error for decisions (by index) that contradict each other, at the last one's line.
    private func contradiction(_ indices: [Int], _ why: String) -> DecisionError {
        let decisions = Set(indices).sorted().map { bound[$0].decision }
        let later = decisions.last!
        let earlier = decisions.dropLast().map { "\($0.location) (\($0.origin.text))" }.joined(separator: " and ")
        return .at(later, "contradicts \(earlier): \(why)")
    }

    // MARK: After the rules

    /// Applies `type`, `label` and `edge-drop` to the clusters the rules leave, and reports
    /// every decision.
    mutating func settle(
        _ clusters: inout Clusters, _ summary: CorpusSummary, requiringMatches: Bool
    ) throws(DecisionError) -> DecisionOutcome {
        var outcome = DecisionOutcome(diagnostics: dropDiagnostics, summary: summary)
        var membersOfRoot: [EntityKey: [EntityKey]] = [:]
        for key in clusters.keys { membersOfRoot[clusters.find(key), default: []].append(key) }
        var marks: [EntityKey: Set<String>] = [:]
        func roots(_ keys: Set<EntityKey>) -> [EntityKey] { Set(keys.map { clusters.find($0) }).sorted() }
        let refusals = clusters.constraints?.refusals ?? []
        var edgeDrops: [EdgeDrop: Int] = [:]
        for (index, item) in bound.enumerated() {
            let decision = item.decision
            func note(_ id: String, _ message: String, _ subjects: [EntityKey]) {
                outcome.diagnostics.append(
                    Diagnostic(
                        id: id, severity: .note, message: message, subjects: subjects.map(\.description), decision: decision.origin))
            }
            switch decision.action {
            case .same(let a, let b):
                let shaped = roots(item.keys[0].union(item.keys[1]))
                for root in shaped { marks[root, default: []].insert(decision.mark) }
                note("decision.same", "joined '\(a)' and '\(b)' as one entity, as decided: \(decision.reason)", shaped)
            case .different(let a, let b):
                let sideA = roots(item.keys[0])
                let sideB = roots(item.keys[1])
                for root in sideA + sideB { marks[root, default: []].insert(decision.mark) }
                let refused = refusals.filter { $0.isDifferent && $0.decisions == [index] }
                let overruled = refused.compactMap(\.overruled?.message)
                var message = "kept '\(a)' and '\(b)' apart, as decided: \(decision.reason)"
                if !overruled.isEmpty {
                    message += "; without the decision the resolver would have \(overruled.joined(separator: "; and "))"
                } else if !refused.isEmpty {
                    message += "; without the decision the resolver's rules would have joined them"
                } else {
                    message += "; no rule would have joined them"
                }
                note("decision.different", message, sideA + sideB)
            case .type(let a, let type):
                let shaped = roots(item.keys[0])
                let before = Set(shaped.map { clusters.entities[$0]!.type }).sorted().map(\.rawValue)
                for root in shaped {
                    marks[root, default: []].insert(decision.mark)
                    for key in membersOfRoot[root] ?? [root] { clusters.entities[key]!.type = type }
                }
                let was = before == [type.rawValue] ? "already" : "was \(before.joined(separator: ", "))"
                note(
                    "decision.type", "typed '\(a)' as \(type.rawValue) (\(was)), as decided" + Self.because(decision.reason),
                    shaped)
            case .label(let a, let label):
                let shaped = roots(item.keys[0])
                for root in shaped {
                    marks[root, default: []].insert(decision.mark)
                    outcome.labels[root] = label
                }
                note(
                    "decision.label",
                    "labelled '\(a)' '\(label)', its other names kept as aliases, as decided" + Self.because(decision.reason),
                    shaped)
            case .dropEdge(_, let type, _):
                for source in roots(item.keys[0]) {
                    for target in roots(item.keys[1]) where edgeDrops[EdgeDrop(source, type, target)] == nil {
                        edgeDrops[EdgeDrop(source, type, target)] = index
                    }
                }
            case .drop:
                break
            }
        }
        // Joins refused because decisions type or label two clusters differently.
        for refusal in refusals where !refusal.isDifferent {
            let decisions = refusal.decisions.map { bound[$0].decision }
            var message =
                "kept '\(clusters.displayName(refusal.a))' and '\(clusters.displayName(refusal.b))' apart: "
                + decisions.map { "\($0.place) (\($0.origin.text))" }.joined(separator: " and ")
                + " make them two entities"
            if let overruled = refusal.overruled {
                message += "; without the decisions the resolver would have \(overruled.message)"
            }
            outcome.diagnostics.append(
                Diagnostic(
                    id: "decision.kept-apart", severity: .note, message: message, subjects: [refusal.a, refusal.b].sorted().map(\.description),
                    decision: decisions.last!.origin))
        }
        if !edgeDrops.isEmpty { try dropEdges(edgeDrops, &outcome, clusters, requiringMatches: requiringMatches) }
        outcome.marks = marks.mapValues { $0.sorted() }
        return outcome
    }

    /// A relation an `edge-drop` decision removes, between cluster roots.
    private struct EdgeDrop: Hashable {
        var source: EntityKey
        var type: RelationType
        var target: EntityKey

        init(_ source: EntityKey, _ type: RelationType, _ target: EntityKey) {
            self.source = source
            self.type = type
            self.target = target
        }
    }

    /// Removes the relations `edge-drop` decisions name, reporting how many sentences each removed.
    private func dropEdges(
        _ edgeDrops: [EdgeDrop: Int], _ outcome: inout DecisionOutcome, _ clusters: Clusters, requiringMatches: Bool
    ) throws(DecisionError) {
        // Each decision's count of sentences and articles, and the relation it removes first
        // (in the records' order), whose keys its diagnostic names.
        var removed: [Int: (sentences: Int, documents: Set<String>, first: FirstSeen, source: EntityKey, target: EntityKey)] = [:]
        var dropped: [RelationTriple] = []
        for (relation, facts) in outcome.summary.relations {
            guard let decision = edgeDrops[EdgeDrop(clusters.find(relation.source), relation.type, clusters.find(relation.target))]
            else { continue }
            dropped.append(relation)
            let documents = Set(facts.evidence.elements.map(\.document))
            if var counts = removed[decision] {
                counts.sentences += facts.count
                counts.documents.formUnion(documents)
                if facts.first < counts.first { (counts.first, counts.source, counts.target) = (facts.first, relation.source, relation.target) }
                removed[decision] = counts
            } else {
                removed[decision] = (facts.count, documents, facts.first, relation.source, relation.target)
            }
        }
        for relation in dropped { outcome.summary.relations[relation] = nil }
        for (index, item) in bound.enumerated() {
            guard case .dropEdge(let source, let type, let target) = item.decision.action else { continue }
            let phrase = "'\(source)' \(type.phrase) '\(target)'"
            guard let counts = removed[index] else {
                if requiringMatches { throw .at(item.decision, "no article states \(phrase)") }
                continue
            }
            outcome.diagnostics.append(
                Diagnostic(
                    id: "decision.edge-drop", severity: .note,
                    message:
                        "dropped the relation \(phrase) (\(Self.count(counts.sentences, "sentence")) in \(Self.count(counts.documents.count, "article"))), as decided"
                        + Self.because(item.decision.reason),
                    subjects: [counts.source.description, counts.target.description], decision: item.decision.origin))
        }
    }

    static func because(_ reason: String) -> String { reason.isEmpty ? "" : ": \(reason)" }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
