import NewsGraphCore

/// Which clusters the analyst's decisions keep apart, checked at every union.
///
/// A `different` decision tags the keys of its two sides; `type` and `label` decisions tag
/// their keys with the type or label they give. Two clusters may not join when one holds a
/// side of a `different` and the other its other side, or when they hold two types or two
/// labels: an analyst who typed them apart has said they are two entities. Tags live on roots
/// and follow unions, so a check costs the size of two small sets, whichever rule asks.
struct ClusterConstraints {
    enum Tag: Hashable {
        /// A key a `different` decision (by its index) names on its first side, or its second.
        case side(decision: Int, first: Bool)
        case type(EntityType, decision: Int)
        case label(String, decision: Int)

        var decision: Int {
            switch self {
            case .side(let decision, _), .type(_, let decision), .label(_, let decision): decision
            }
        }
    }

    /// A union a decision refused: the keys a rule (or a `same`) asked to join, the decisions
    /// that kept them apart, and what the rule would have reported had it joined them.
    struct Refusal {
        var a: EntityKey
        var b: EntityKey
        var decisions: [Int]
        /// True when a `different` refused it; false for types or labels that disagree.
        var isDifferent: Bool
        var overruled: Diagnostic?
    }

    /// The tags of each root that has any.
    private var tags: [EntityKey: Set<Tag>] = [:]
    private(set) var refusals: [Refusal] = []

    /// The tags of `key`'s entry, a root when tagged (tagging comes before any union).
    func tags(of key: EntityKey) -> Set<Tag> { tags[key] ?? [] }

    mutating func tag(_ key: EntityKey, _ tag: Tag) {
        tags[key, default: []].insert(tag)
    }

    /// The decisions that keep two clusters (by their tags) apart, or nil when nothing does.
    static func conflict(_ a: Set<Tag>, _ b: Set<Tag>) -> (decisions: [Int], isDifferent: Bool)? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        for tag in a.sorted(by: { $0.decision < $1.decision }) {
            switch tag {
            case .side(let decision, let first):
                if b.contains(.side(decision: decision, first: !first)) { return ([decision], true) }
            case .type(let type, let decision):
                for case .type(let other, let otherDecision) in b where other != type {
                    return ([decision, otherDecision].sorted(), false)
                }
            case .label(let label, let decision):
                for case .label(let other, let otherDecision) in b where other != label {
                    return ([decision, otherDecision].sorted(), false)
                }
            }
        }
        return nil
    }

    /// Whether the clusters rooted at `rootA` and `rootB` may join; a refusal is recorded, with
    /// the keys (`a`, `b`) the union was asked for.
    mutating func allowsJoining(_ rootA: EntityKey, _ rootB: EntityKey, _ a: EntityKey, _ b: EntityKey) -> Bool {
        guard let (decisions, isDifferent) = Self.conflict(tags[rootA] ?? [], tags[rootB] ?? []) else { return true }
        refusals.append(Refusal(a: a, b: b, decisions: decisions, isDifferent: isDifferent))
        return false
    }

    /// The root `from` joined `into`: its tags go with it.
    mutating func joined(_ from: EntityKey, into: EntityKey) {
        guard let moved = tags.removeValue(forKey: from) else { return }
        tags[into, default: []].formUnion(moved)
    }

    /// The last refusal, with what the rule that asked would have reported.
    mutating func noteOverruled(_ diagnostic: Diagnostic) {
        guard !refusals.isEmpty else { return }
        refusals[refusals.count - 1].overruled = diagnostic
    }

    /// Forgets the last refusal (a `same` decision's, which is reported as an error instead).
    mutating func takeLastRefusal() -> Refusal? { refusals.popLast() }
}

extension Clusters {
    /// Joins `a` and `b` as a rule found them to be one, and returns what the rule reports
    /// (`merge`), or nil when a decision kept them apart: the decision's diagnostic then
    /// reports the merge it overruled.
    mutating func union(_ a: EntityKey, _ b: EntityKey, reporting merge: Diagnostic) -> Diagnostic? {
        if union(a, b) { return merge }
        constraints?.noteOverruled(merge)
        return nil
    }
}
