import NewsGraphCore

/// A relation's facts as a summary file stores them: sets as sorted lists, so the same facts
/// are always the same bytes; `statedDocuments` only when not every document states it.
extension RelationFacts: Codable {
    private enum Field: String, CodingKey {
        case first, count, evidence, statuses, documentStatuses, roles, rules, isHedged, isFormer, isStated, isInferred,
            attributedTo, statedDocuments, attributedDocuments
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Field.self)
        first = try container.decode(FirstSeen.self, forKey: .first)
        count = try container.decode(Int.self, forKey: .count)
        evidence = try container.decode(UnionList<Evidence>.self, forKey: .evidence)
        statuses = try container.decode([String: Int].self, forKey: .statuses)
        documentStatuses = try container.decode([String: [String]].self, forKey: .documentStatuses).mapValues { Set($0) }
        roles = try container.decode([String: Int].self, forKey: .roles)
        rules = Set(try container.decode([String].self, forKey: .rules))
        isHedged = try container.decode(Bool.self, forKey: .isHedged)
        isFormer = try container.decode(Bool.self, forKey: .isFormer)
        isStated = try container.decode(Bool.self, forKey: .isStated)
        isInferred = try container.decode(Bool.self, forKey: .isInferred)
        attributedTo = Set(try container.decode([String].self, forKey: .attributedTo))
        statedDocuments = try container.decodeIfPresent([String].self, forKey: .statedDocuments).map { .only(Set($0)) } ?? .all
        attributedDocuments = try container.decode([String: String].self, forKey: .attributedDocuments)
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Field.self)
        try container.encode(first, forKey: .first)
        try container.encode(count, forKey: .count)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(statuses, forKey: .statuses)
        try container.encode(documentStatuses.mapValues { $0.sorted() }, forKey: .documentStatuses)
        try container.encode(roles, forKey: .roles)
        try container.encode(rules.sorted(), forKey: .rules)
        try container.encode(isHedged, forKey: .isHedged)
        try container.encode(isFormer, forKey: .isFormer)
        try container.encode(isStated, forKey: .isStated)
        try container.encode(isInferred, forKey: .isInferred)
        try container.encode(attributedTo.sorted(), forKey: .attributedTo)
        if case .only(let documents) = statedDocuments { try container.encode(documents.sorted(), forKey: .statedDocuments) }
        try container.encode(attributedDocuments, forKey: .attributedDocuments)
    }
}
