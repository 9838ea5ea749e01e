import NewsGraphCore

/// What the whole corpus says about one relation between two keys, summed over every sentence
/// that states it: the edge's evidence and every count its attributes are voted from.
///
/// As ``KeyFacts``, each field combines associatively and commutatively; the facts of the keys'
/// clusters combine the same way into one edge.
struct RelationFacts: Sendable {
    /// What one document says about attributing the relation: whether some sentence states it
    /// as fact, and the first (in code-point order) source some sentence attributes it to.
    struct Attribution: Hashable, Sendable {
        var isStated: Bool
        var source: String?
    }

    /// The documents that state the relation as fact in some sentence (not from knowledge or
    /// inference, not attributed): all the evidence's, as nearly always, or those listed.
    ///
    /// `all` holds exactly when every sentence states it, which is a logical and, so the
    /// same facts summed in any grouping take the same form.
    enum StatedDocuments: Hashable, Sendable {
        case all
        case only(Set<String>)
    }

    /// The first sentence that states it, by document and place in the record: an `edge-drop`
    /// decision names the first relation it removes.
    var first: FirstSeen
    /// Sentences that state it, repeats counted.
    var count: Int
    var evidence: UnionList<Evidence>
    var statuses: [String: Int]
    /// The statuses each document gives, so a disagreement between sources survives the vote.
    var documentStatuses: [String: Set<String>]
    var roles: [String: Int]
    var rules: Set<String>
    /// Every sentence hedges it; every sentence speaks of the past.
    var isHedged: Bool
    var isFormer: Bool
    /// Some sentence states it; some reading of a document infers it.
    var isStated: Bool
    var isInferred: Bool
    var attributedTo: Set<String>
    var statedDocuments: StatedDocuments
    /// The documents with a sentence that attributes it ("according to officials"), each with
    /// the first (in code-point order) source they attribute it to.
    var attributedDocuments: [String: String]

    /// What an attribution with no named source reads as ("reportedly", "it is understood").
    static let unnamedSource = "an unnamed source"

    /// The facts of one sentence: `relation`, the `index`th of `document`'s record.
    init(_ relation: LocalRelation, document: String, index: Int) {
        first = FirstSeen(document: document, index: index)
        count = 1
        evidence = UnionList([relation.evidence])
        statuses = [:]
        documentStatuses = [:]
        roles = [:]
        rules = []
        attributedTo = []
        attributedDocuments = [:]
        switch relation.attributes["basis"] {
        case .string("knowledge")?: (isStated, isInferred) = (false, false)
        case .string("inferred")?: (isStated, isInferred) = (false, true)
        default: (isStated, isInferred) = (true, false)
        }
        if case .string(let status)? = relation.attributes["status"] {
            statuses[status] = 1
            documentStatuses[relation.evidence.document] = [status]
        }
        if case .string(let role)? = relation.attributes["role"] { roles[role] = 1 }
        if case .string(let rule)? = relation.attributes["pattern"] { rules.insert(rule) }
        isHedged = relation.attributes["hedged"] == .bool(true)
        isFormer = relation.attributes["former"] == .bool(true)
        var who: String?
        if case .string(let name)? = relation.attributes["attributed_to"] {
            attributedTo.insert(name)
            who = name
        }
        statedDocuments = relation.attributes["basis"] == nil && !isHedged ? .all : .only([])
        if relation.attributes["basis"] == nil && isHedged {
            attributedDocuments[relation.evidence.document] = who ?? Self.unnamedSource
        }
    }

    /// Adds what `other` says of the same relation (or of another that becomes the same edge).
    mutating func combine(_ other: RelationFacts) {
        first = min(first, other.first)
        count += other.count
        // Before the evidence is joined: `all` means all of each side's own.
        if statedDocuments != .all || other.statedDocuments != .all {
            statedDocuments = .only(statedDocumentSet.union(other.statedDocumentSet))
        }
        // A sentence is evidence of what it states or what a reading of it infers; one that only
        // names a city whose country the gazetteer knows is evidence only while nothing better
        // is, or the edge would cite, as if they said so, sentences that merely name the city.
        // (The text's sentences where either side has some, every sentence where neither does:
        // the same in any grouping.)
        let isFromText = isStated || isInferred
        let otherIsFromText = other.isStated || other.isInferred
        if isFromText == otherIsFromText {
            evidence.formUnion(other.evidence)
        } else if otherIsFromText {
            evidence = other.evidence
        }
        statuses.merge(other.statuses, uniquingKeysWith: +)
        documentStatuses.merge(other.documentStatuses) { $0.union($1) }
        roles.merge(other.roles, uniquingKeysWith: +)
        rules.formUnion(other.rules)
        isHedged = isHedged && other.isHedged
        isFormer = isFormer && other.isFormer
        isStated = isStated || other.isStated
        isInferred = isInferred || other.isInferred
        attributedTo.formUnion(other.attributedTo)
        attributedDocuments.merge(other.attributedDocuments) { min($0, $1) }
    }

    /// The documents that state it as fact.
    var statedDocumentSet: Set<String> {
        switch statedDocuments {
        case .all: Set(evidence.elements.lazy.map(\.document))
        case .only(let documents): documents
        }
    }

    /// What each document with a sentence that states it or attributes it (not one from
    /// knowledge or inference only) says of its source.
    var documentAttributions: [String: Attribution] {
        let stated = statedDocumentSet
        var attributions: [String: Attribution] = [:]
        for document in stated { attributions[document] = Attribution(isStated: true, source: attributedDocuments[document]) }
        for (document, source) in attributedDocuments where !stated.contains(document) {
            attributions[document] = Attribution(isStated: false, source: source)
        }
        return attributions
    }
}
