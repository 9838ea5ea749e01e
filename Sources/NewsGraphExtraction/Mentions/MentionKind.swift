import NewsGraphCore

/// What a mention is, as the relation patterns' classes see it: its type, and for policies
/// whether it is an accord (a deal, truce or treaty) rather than a measure.
struct MentionKind: Hashable, Sendable {
    var type: EntityType
    var isAccord: Bool

    init(type: EntityType, isAccord: Bool = false) {
        self.type = type
        self.isAccord = isAccord
    }

    init(_ mention: MentionCandidate) {
        type = mention.type
        isAccord = mention.type == .policy && mention.attributes["_family"] == "accord"
    }
}
