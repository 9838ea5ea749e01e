/// Which entities of an article the relation classifier compares with each one, found without
/// comparing every pair: a relation is stated, or implied, between entities named near each
/// other, so an entity is compared with those named within `RelationFeatures.window` sentences of
/// it, and with the article's topic (its first entity), which every other entity is compared with.
///
/// A sentence that names more than `crowd` entities is a list ("Ana Lima, Tom Berg, ... met in
/// Oslo"), not a statement about each pair: there an entity is compared with its `crowd`
/// neighbours in the list only, so a list of thousands of names costs linear time, not quadratic.
struct RelationNeighbours {
    static let crowd = 64

    private let order: [EntityKey]
    private let rank: [EntityKey: Int]
    private let sentencesOf: [EntityKey: [Int]]
    /// Sentences that name an entity, ascending, and the entities (their ranks in `order`) each
    /// names, in the order it names them.
    private let namingSentences: [Int]
    private let keysOf: [Int: [Int]]
    private let positionIn: [Int: [EntityKey: Int]]
    /// Every mention of a sentence, by start.
    private let mentionsOf: [Int: [Int]]
    private let mentions: [MentionCandidate]

    init(order: [EntityKey], ofKey: [EntityKey: [Int]], mentions: [MentionCandidate]) {
        self.order = order
        self.mentions = mentions
        rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        var keysOf: [Int: [Int]] = [:]
        var positionIn: [Int: [EntityKey: Int]] = [:]
        var sentencesOf: [EntityKey: [Int]] = [:]
        let compared = ofKey.values.joined().sorted {
            (mentions[$0].sentence, mentions[$0].start, $0) < (mentions[$1].sentence, mentions[$1].start, $1)
        }
        for index in compared {
            let mention = mentions[index]
            // Only keyed mentions are grouped in `ofKey`.
            let key = mention.key!
            guard positionIn[mention.sentence]?[key] == nil else { continue }
            positionIn[mention.sentence, default: [:]][key] = keysOf[mention.sentence]?.count ?? 0
            keysOf[mention.sentence, default: []].append(rank[key]!)
            sentencesOf[key, default: []].append(mention.sentence)
        }
        self.keysOf = keysOf
        self.positionIn = positionIn
        self.sentencesOf = sentencesOf
        namingSentences = keysOf.keys.sorted()
        var mentionsOf: [Int: [Int]] = [:]
        for index in mentions.indices { mentionsOf[mentions[index].sentence, default: []].append(index) }
        self.mentionsOf = mentionsOf.mapValues { $0.sorted { (mentions[$0].start, $0) < (mentions[$1].start, $1) } }
    }

    /// The entities `source` is compared with, in the order the article first names them.
    func of(_ source: EntityKey) -> [EntityKey] {
        let topic = order[0]
        if source == topic { return Array(order.dropFirst()) }
        var found: Set<Int> = [0]
        var covered = Int.min
        for sentence in sentencesOf[source] ?? [] {
            let lower = max(sentence - RelationFeatures.window, covered)
            let upper = sentence + RelationFeatures.window
            var cursor = Self.firstIndex(in: namingSentences, notBelow: lower)
            while cursor < namingSentences.count, namingSentences[cursor] <= upper {
                found.formUnion(keys(of: namingSentences[cursor], near: source))
                cursor += 1
            }
            covered = upper + 1
        }
        found.remove(rank[source]!)
        return found.sorted().map { order[$0] }
    }

    /// How many mentions of a sentence lie wholly inside `span` of tokens, counted up to `limit`.
    func mentionsWithin(_ span: Range<Int>, of sentence: Int, upTo limit: Int) -> Int {
        let inSentence = mentionsOf[sentence] ?? []
        var low = 0, high = inSentence.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[inSentence[middle]].start < span.lowerBound { low = middle + 1 } else { high = middle }
        }
        var count = 0
        while low < inSentence.count, count < limit, mentions[inSentence[low]].start < span.upperBound {
            if mentions[inSentence[low]].end <= span.upperBound { count += 1 }
            low += 1
        }
        return count
    }

    /// The ranks of the entities a sentence names that `source` is compared with.
    private func keys(of sentence: Int, near source: EntityKey) -> ArraySlice<Int> {
        let keys = keysOf[sentence]!
        guard keys.count > Self.crowd else { return keys[...] }
        guard let position = positionIn[sentence]?[source] else { return keys.prefix(Self.crowd) }
        return keys[max(0, position - Self.crowd / 2)..<min(keys.count, position + Self.crowd / 2 + 1)]
    }

    private static func firstIndex(in sorted: [Int], notBelow value: Int) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
