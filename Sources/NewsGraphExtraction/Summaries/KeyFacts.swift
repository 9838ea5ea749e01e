import NewsGraphCore

/// What the whole corpus says about one document-level key, summed over every document that
/// names it: everything corpus resolution and graph assembly read about a key.
///
/// Each field combines associatively and commutatively (a sum, a set union, a logical and, the
/// one of the first occurrence), so the facts of a corpus are the same whichever parts they were
/// summed from, in whatever order. Resolution rules that are not associative themselves ("a
/// surname joins the only full name it fits") run once, over the summed facts.
struct KeyFacts: Sendable {
    /// Where the key is first named; the resolver orders keys by it, as it read records.
    var first: FirstSeen
    /// The first occurrence's type, names and attributes: a key's display name and its
    /// acronym are its first occurrence's.
    var firstType: EntityType
    var firstNames: [String]
    var firstAttributes: [String: String]
    /// No occurrence has evidence of its own.
    var isWeak: Bool
    /// Mentions over all occurrences, repeats counted: a name mentioned once may be garbled.
    var mentionCount: Int
    /// The documents that name the key, and those that name it with evidence of its own.
    var documents: UnionList<String>
    var strongDocuments: UnionList<String>
    /// The roles (lowercased) occurrences typed person give: "same role" tells spellings apart.
    var roles: Set<String>
    /// Each name with how often occurrences give it, first and at all.
    var names: [String: NameCount]
    /// Each attribute the node keeps, by name, with how many occurrences give each value.
    var attributes: [String: [String: Int]]
    /// The types occurrences give: decisions find keys by `type:slug` ids.
    var types: Set<EntityType>
    var mentions: UnionList<Mention>
    var quantities: Set<Quantity>

    /// Attributes an entity of a document carries that a node does not: what a lexicon says
    /// of a country (its leader, capital) or how it was named (a demonym).
    static let unkept: Set<String> = ["leader", "form", "capital", "code", "fallback-key"]

    /// The facts of one occurrence: `entity`, the `index`th of `document`'s record.
    init(_ entity: LocalEntity, document: String, index: Int) {
        first = FirstSeen(document: document, index: index)
        firstType = entity.type
        firstNames = entity.names
        firstAttributes = entity.attributes
        isWeak = entity.isWeak
        mentionCount = entity.mentions.count
        documents = UnionList([document])
        strongDocuments = UnionList(entity.isWeak ? [] : [document])
        roles = entity.type == .person ? Set(entity.attributes["role"].map { [$0.lowercased()] } ?? []) : []
        names = [:]
        for (position, name) in entity.names.enumerated() {
            names[name, default: NameCount()].any += 1
            if position == 0 { names[name]!.first += 1 }
        }
        attributes = [:]
        for (name, value) in entity.attributes where !Self.unkept.contains(name) || entity.type == .country && name == "code" {
            attributes[name, default: [:]][value, default: 0] += 1
        }
        types = [entity.type]
        // The record's one copy of the document id in every mention, not a copy each.
        mentions = UnionList(
            entity.mentions.map { mention in
                var mention = mention
                if mention.document == document { mention.document = document }
                return mention
            })
        quantities = Set(entity.quantities ?? [])
    }

    /// Adds what `other` says of the same key.
    mutating func combine(_ other: KeyFacts) {
        if other.first < first {
            first = other.first
            firstType = other.firstType
            firstNames = other.firstNames
            firstAttributes = other.firstAttributes
        }
        isWeak = isWeak && other.isWeak
        mentionCount += other.mentionCount
        documents.formUnion(other.documents)
        strongDocuments.formUnion(other.strongDocuments)
        roles.formUnion(other.roles)
        names.merge(other.names, uniquingKeysWith: +)
        attributes.merge(other.attributes) { $0.merging($1, uniquingKeysWith: +) }
        types.formUnion(other.types)
        mentions.formUnion(other.mentions)
        quantities.formUnion(other.quantities)
    }

    /// Sorts the lists summing left as they came, each in a list of just its size.
    mutating func normalize() {
        documents.normalize()
        strongDocuments.normalize()
        mentions.normalize()
    }

    /// The key's first occurrence as the resolver's clusters hold it: names and attributes,
    /// with weakness summed over the corpus, without mentions.
    func header(_ key: EntityKey) -> LocalEntity {
        LocalEntity(key: key, type: firstType, names: firstNames, mentions: [], attributes: firstAttributes, isWeak: isWeak)
    }
}
