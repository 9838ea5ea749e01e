import NewsGraphCore

/// A key's facts as a summary file stores them: sets as sorted lists, so the same facts are
/// always the same bytes.
extension KeyFacts: Codable {
    private enum Field: String, CodingKey {
        case first, firstType, firstNames, firstAttributes, isWeak, mentionCount, documents, strongDocuments, roles, names,
            attributes, types, mentions, quantities
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Field.self)
        first = try container.decode(FirstSeen.self, forKey: .first)
        firstType = try container.decode(EntityType.self, forKey: .firstType)
        firstNames = try container.decode([String].self, forKey: .firstNames)
        firstAttributes = try container.decode([String: String].self, forKey: .firstAttributes)
        isWeak = try container.decode(Bool.self, forKey: .isWeak)
        mentionCount = try container.decode(Int.self, forKey: .mentionCount)
        documents = try container.decode(UnionList<String>.self, forKey: .documents)
        strongDocuments = try container.decode(UnionList<String>.self, forKey: .strongDocuments)
        roles = Set(try container.decode([String].self, forKey: .roles))
        names = try container.decode([String: NameCount].self, forKey: .names)
        attributes = try container.decode([String: [String: Int]].self, forKey: .attributes)
        types = Set(try container.decode([EntityType].self, forKey: .types))
        mentions = try container.decode(UnionList<Mention>.self, forKey: .mentions)
        quantities = Set(try container.decode([Quantity].self, forKey: .quantities))
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Field.self)
        try container.encode(first, forKey: .first)
        try container.encode(firstType, forKey: .firstType)
        try container.encode(firstNames, forKey: .firstNames)
        try container.encode(firstAttributes, forKey: .firstAttributes)
        try container.encode(isWeak, forKey: .isWeak)
        try container.encode(mentionCount, forKey: .mentionCount)
        try container.encode(documents, forKey: .documents)
        try container.encode(strongDocuments, forKey: .strongDocuments)
        try container.encode(roles.sorted(), forKey: .roles)
        try container.encode(names, forKey: .names)
        try container.encode(attributes, forKey: .attributes)
        try container.encode(types.sorted(), forKey: .types)
        try container.encode(mentions, forKey: .mentions)
        try container.encode(quantities.sorted(), forKey: .quantities)
    }
}
