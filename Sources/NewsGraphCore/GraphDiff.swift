/// What changed between two builds of a graph (yesterday's briefing and today's): entities and
/// relations added and removed, entities whose id moved, whose names, role or status changed,
/// relations whose evidence grew or whose status changed, and merges that appeared or went.
///
/// Entities are matched by id; an old entity whose id is gone is matched to the one new entity
/// of the same type whose label or aliases share a name with it (ids move when a label is
/// re-chosen or a file is edited by hand), so a moved id reads as a move, not as one removal
/// and one addition. Relations are matched by source, type and target after that mapping, not by
/// their ids, which hand-made files may number freely.
public struct GraphDiff: Codable, Hashable, Sendable {
    /// An entity as the diff names it.
    public struct EntityRef: Codable, Hashable, Sendable {
        public var id: String
        public var type: EntityType
        public var label: String
        /// The articles that mention it, in the graph it comes from.
        public var documents: [String]
    }

    /// A relation as the diff names it.
    public struct RelationRef: Codable, Hashable, Sendable {
        public var id: String
        public var source: String
        public var target: String
        public var type: RelationType
        public var sourceLabel: String
        public var targetLabel: String
        public var documents: [String]
    }

    /// An entity whose id moved: the same entity by its label or aliases.
    public struct Move: Codable, Hashable, Sendable {
        public var oldID: String
        public var newID: String
        public var label: String
        /// The shared name that matched them.
        public var matchedBy: String

        public init(oldID: String, newID: String, label: String, matchedBy: String) {
            self.oldID = oldID
            self.newID = newID
            self.label = label
            self.matchedBy = matchedBy
        }
    }

    /// One field of a matched entity or relation that differs: `label`, `type`, `aliases` or an
    /// attribute name (`role`, `status`, ...), with the old and new values (empty when absent).
    public struct FieldChange: Codable, Hashable, Sendable {
        public var subject: String
        public var label: String
        public var field: String
        public var old: [String]
        public var new: [String]

        public init(subject: String, label: String, field: String, old: [String], new: [String]) {
            self.subject = subject
            self.label = label
            self.field = field
            self.old = old
            self.new = new
        }
    }

    /// A matched relation whose evidence now comes from other articles.
    public struct EvidenceChange: Codable, Hashable, Sendable {
        public var relation: RelationRef
        /// Articles that state it now and did not before.
        public var addedDocuments: [String]
        /// Articles that stated it before and no longer do.
        public var removedDocuments: [String]
        /// The sentences of the added articles.
        public var addedEvidence: [Evidence]
    }

    /// A matched entity now mentioned by other articles.
    public struct SourceChange: Codable, Hashable, Sendable {
        public var entity: EntityRef
        public var addedDocuments: [String]
        public var removedDocuments: [String]
    }

    public var documentsAdded: [Document]
    public var documentsRemoved: [Document]
    public var entitiesAdded: [EntityRef]
    public var entitiesRemoved: [EntityRef]
    public var entitiesMoved: [Move]
    public var entitiesChanged: [FieldChange]
    public var entitySourcesChanged: [SourceChange]
    public var relationsAdded: [RelationRef]
    public var relationsRemoved: [RelationRef]
    public var relationsChanged: [FieldChange]
    public var evidenceChanged: [EvidenceChange]
    /// Merge diagnostics (`merge.*`) of the new graph that the old one lacks, and the reverse.
    public var mergesAdded: [Diagnostic]
    public var mergesRemoved: [Diagnostic]

    /// Whether the two graphs hold the same entities, relations, sources and merges.
    public var isEmpty: Bool {
        documentsAdded.isEmpty && documentsRemoved.isEmpty && entitiesAdded.isEmpty && entitiesRemoved.isEmpty
            && entitiesMoved.isEmpty && entitiesChanged.isEmpty && entitySourcesChanged.isEmpty && relationsAdded.isEmpty && relationsRemoved.isEmpty
            && relationsChanged.isEmpty && evidenceChanged.isEmpty && mergesAdded.isEmpty && mergesRemoved.isEmpty
    }
}

extension GraphDiff {
    /// The attributes whose change a reader of a briefing cares about; bookkeeping attributes
    /// (`rules`, `sources`) change with every added article and would drown them.
    static let comparedAttributes: Set<String> = ["role", "status", "kind", "when", "rate", "attributed_to", "hedged", "basis"]

    /// Compares `old` with `new`.
    ///
    /// - Complexity: O((n + e) log(n + e)) in the entities and relations of both graphs, plus
    ///   the names of unmatched entities.
    public init(old: EntityGraph, new: EntityGraph) {
        let old = old.canonicalized()
        let new = new.canonicalized()
        documentsAdded = new.documents.filter { document in !old.documents.contains { $0.id == document.id } }
        documentsRemoved = old.documents.filter { document in !new.documents.contains { $0.id == document.id } }

        // Old id -> new id: by id, then by a shared name among the entities left over.
        var mapping: [String: String] = [:]
        for id in old.nodes.keys where new.nodes[id] != nil { mapping[id] = id }
        let unmatchedNew = new.nodes.values.filter { old.nodes[$0.id] == nil }
        var moves: [Move] = []
        var claimed = Set<String>()
        for entity in old.nodes.values where mapping[entity.id] == nil {
            let names = Self.names(of: entity)
            let candidates = unmatchedNew.filter { candidate in
                candidate.type == entity.type && !claimed.contains(candidate.id)
                    && !Self.names(of: candidate).isDisjoint(with: names)
            }
            // Only an unambiguous match is a move: two candidates could be two entities.
            guard candidates.count == 1, let match = candidates.first else { continue }
            claimed.insert(match.id)
            mapping[entity.id] = match.id
            let shared = Self.names(of: match).intersection(names).sorted().first ?? ""
            moves.append(Move(oldID: entity.id, newID: match.id, label: match.label, matchedBy: shared))
        }
        entitiesMoved = moves.sorted { ($0.newID, $0.oldID) < ($1.newID, $1.oldID) }
        let matchedNew = Set(mapping.values)
        entitiesRemoved = old.nodes.values.filter { mapping[$0.id] == nil }.map(Self.ref).sorted { $0.id < $1.id }
        entitiesAdded = new.nodes.values.filter { !matchedNew.contains($0.id) }.map(Self.ref).sorted { $0.id < $1.id }

        var changed: [FieldChange] = []
        var sourceChanges: [SourceChange] = []
        for (oldID, newID) in mapping {
            guard let before = old.nodes[oldID], let after = new.nodes[newID] else { continue }
            func note(_ field: String, _ a: [String], _ b: [String]) {
                if a != b { changed.append(FieldChange(subject: newID, label: after.label, field: field, old: a, new: b)) }
            }
            note("label", [before.label], [after.label])
            note("type", [before.type.rawValue], [after.type.rawValue])
            note("aliases", before.aliases.sorted(), after.aliases.sorted())
            Self.attributeChanges(before.attributes, after.attributes, note: note)
            let was = Set(before.sourceDocuments)
            let now = Set(after.sourceDocuments)
            if was != now {
                sourceChanges.append(
                    SourceChange(
                        entity: Self.ref(after), addedDocuments: now.subtracting(was).sorted(),
                        removedDocuments: was.subtracting(now).sorted()))
            }
        }
        entitiesChanged = changed.sorted(by: Self.precedes)
        entitySourcesChanged = sourceChanges.sorted { $0.entity.id < $1.entity.id }

        // Relations keyed by what they say, with old endpoints mapped onto new ids.
        func key(_ relation: Relation, mapped: Bool) -> String {
            let source = mapped ? mapping[relation.source] ?? "old:" + relation.source : relation.source
            let target = mapped ? mapping[relation.target] ?? "old:" + relation.target : relation.target
            return Relation.id(source: source, type: relation.type, target: target)
        }
        let oldByKey = Dictionary(old.edges.values.map { (key($0, mapped: true), $0) }, uniquingKeysWith: { first, _ in first })
        let newByKey = Dictionary(new.edges.values.map { (key($0, mapped: false), $0) }, uniquingKeysWith: { first, _ in first })
        relationsAdded = newByKey.filter { oldByKey[$0.key] == nil }.values.map { Self.ref($0, in: new) }.sorted { $0.id < $1.id }
        relationsRemoved = oldByKey.filter { newByKey[$0.key] == nil }.values.map { Self.ref($0, in: old) }.sorted { $0.id < $1.id }
        var relationChanges: [FieldChange] = []
        var evidence: [EvidenceChange] = []
        for (key, after) in newByKey {
            guard let before = oldByKey[key] else { continue }
            let label = Self.ref(after, in: new)
            Self.attributeChanges(before.attributes, after.attributes) { field, a, b in
                if a != b {
                    relationChanges.append(
                        FieldChange(
                            subject: after.id, label: "\(label.sourceLabel) \(after.type.phrase) \(label.targetLabel)",
                            field: field, old: a, new: b))
                }
            }
            let was = Set(before.sourceDocuments)
            let now = Set(after.sourceDocuments)
            if was != now {
                let added = now.subtracting(was)
                evidence.append(
                    EvidenceChange(
                        relation: label, addedDocuments: added.sorted(), removedDocuments: was.subtracting(now).sorted(),
                        addedEvidence: after.evidence.filter { added.contains($0.document) }))
            }
        }
        relationsChanged = relationChanges.sorted(by: Self.precedes)
        evidenceChanged = evidence.sorted { $0.relation.id < $1.relation.id }

        // Merges compared by what they say; subjects are rewritten to new ids first.
        func merges(_ graph: EntityGraph, mapped: Bool) -> Set<Diagnostic> {
            Set(
                graph.diagnostics.filter { $0.id.hasPrefix("merge.") }.map { diagnostic in
                    var diagnostic = diagnostic
                    if mapped { diagnostic.subjects = diagnostic.subjects.map { mapping[$0] ?? $0 } }
                    return diagnostic
                })
        }
        let mergesBefore = merges(old, mapped: true)
        let mergesAfter = merges(new, mapped: false)
        mergesAdded = mergesAfter.subtracting(mergesBefore).sorted()
        mergesRemoved = mergesBefore.subtracting(mergesAfter).sorted()
    }

    static func precedes(_ a: FieldChange, _ b: FieldChange) -> Bool { (a.subject, a.field) < (b.subject, b.field) }

    /// An entity's label and aliases, case-folded: the names a moved id is matched by.
    static func names(of entity: Entity) -> Set<String> {
        Set(([entity.label] + entity.aliases).map { $0.lowercased() }.filter { !$0.isEmpty })
    }

    static func ref(_ entity: Entity) -> EntityRef {
        EntityRef(id: entity.id, type: entity.type, label: entity.label, documents: entity.sourceDocuments.sorted())
    }

    static func ref(_ relation: Relation, in graph: EntityGraph) -> RelationRef {
        RelationRef(
            id: relation.id, source: relation.source, target: relation.target, type: relation.type,
            sourceLabel: graph.nodes[relation.source]?.label ?? relation.source,
            targetLabel: graph.nodes[relation.target]?.label ?? relation.target,
            documents: relation.sourceDocuments.sorted())
    }

    static func attributeChanges(_ before: Attributes, _ after: Attributes, note: (String, [String], [String]) -> Void) {
        for name in Set(before.keys).union(after.keys).intersection(comparedAttributes).sorted() {
            note(name, before[name].map(values) ?? [], after[name].map(values) ?? [])
        }
    }

    static func values(_ value: AttributeValue) -> [String] {
        if case .strings(let list) = value { return list }
        return [value.text]
    }
}
