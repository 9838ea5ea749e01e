/// Which entities of an article the relation classifier compares with each one, found without
/// comparing every pair: a relation is stated, or implied, between entities named near each
/// other, so an entity is compared with those named within `RelationFeatures.window` sentences of
/// it, and with the article's topic (its first entity), which every other entity is compared with.
///
/// A sentence that names more than `crowd` entities is a list ("Ana Lima, Tom Berg, ... met in
/// Oslo"), not a statement about each pair: there an entity is compared with its `crowd`
/// neighbours in the list only, so a list of thousands of names costs linear time, not quadratic.
///
/// Entities are known by their rank, the order the article first names them (0 is the topic):
/// every pair of an article is asked about, so its tables are arrays indexed by rank and by
/// sentence, not dictionaries keyed by `EntityKey` or sentence number, which hash at each look-up.
struct RelationNeighbours {
    static let crowd = 64

    private let count: Int
    /// The sentences that name each entity, ascending, by rank.
    private let sentencesOf: [[Int]]
    /// Sentences that name an entity, ascending, and the entities (their ranks) each names, in
    /// the order it names them; `namingSentences[i]` names `keysOf[i]`.
    private let namingSentences: [Int]
    private let keysOf: [[Int]]
    /// For a sentence naming more than `crowd` entities, where each entity stands in its list
    /// (by rank), keyed like `keysOf`; nil for the others, which need no positions.
    private let positionIn: [[Int: Int]?]
    /// Every mention of a sentence, by start, by sentence number.
    private let mentionsOf: [[Int]]
    private let mentions: [MentionCandidate]
    /// Whether every entity is compared with every other: no sentence is a list, and the naming
    /// sentences all lie within one window (as in most articles).
    private let isEveryoneNear: Bool

    /// - Parameters:
    ///   - mentionsOf: the mentions (indices into `mentions`) of each entity, by rank.
    init(mentionsOf entityMentions: [[Int]], mentions: [MentionCandidate]) {
        count = entityMentions.count
        self.mentions = mentions
        var sentencesOf = [[Int]](repeating: [], count: count)
        // The compared mentions with their entity's rank, by sentence and start.
        var compared: [(mention: Int, rank: Int)] = []
        for (rank, indices) in entityMentions.enumerated() {
            for index in indices { compared.append((index, rank)) }
        }
        compared.sort {
            (mentions[$0.mention].sentence, mentions[$0.mention].start, $0.mention)
                < (mentions[$1.mention].sentence, mentions[$1.mention].start, $1.mention)
        }
        var namingSentences: [Int] = []
        var keysOf: [[Int]] = []
        // The last sentence each entity was listed in: an entity is listed once per sentence.
        var listedIn = [Int](repeating: -1, count: count)
        for (index, rank) in compared {
            let sentence = mentions[index].sentence
            guard listedIn[rank] != sentence else { continue }
            listedIn[rank] = sentence
            if namingSentences.last != sentence {
                namingSentences.append(sentence)
                keysOf.append([])
            }
            keysOf[keysOf.count - 1].append(rank)
            sentencesOf[rank].append(sentence)
        }
        self.sentencesOf = sentencesOf
        self.namingSentences = namingSentences
        self.keysOf = keysOf
        positionIn = keysOf.map { keys in
            keys.count > Self.crowd ? Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) }) : nil
        }
        isEveryoneNear =
            keysOf.allSatisfy { $0.count <= Self.crowd }
            && (namingSentences.last ?? 0) - (namingSentences.first ?? 0) <= RelationFeatures.window
        let sentenceCount = (mentions.lazy.map(\.sentence).max() ?? -1) + 1
        var mentionsOf = [[Int]](repeating: [], count: sentenceCount)
        for index in mentions.indices { mentionsOf[mentions[index].sentence].append(index) }
        for sentence in mentionsOf.indices where mentionsOf[sentence].count > 1 {
            mentionsOf[sentence].sort { (mentions[$0].start, $0) < (mentions[$1].start, $1) }
        }
        self.mentionsOf = mentionsOf
    }

    /// The ranks of the entities `source` (a rank) is compared with, ascending: the order the
    /// article first names them.
    func of(_ source: Int) -> [Int] {
        var found: [Int] = []
        of(source, into: &found)
        return found
    }

    /// `of(_:)` into `found`, whose storage the caller reuses from one entity to the next.
    func of(_ source: Int, into out: inout [Int]) {
        out.removeAll(keepingCapacity: true)
        if source == 0 {
            out.append(contentsOf: 1..<max(1, count))
            return
        }
        // Every entity is named in a naming sentence, and every one of those is within the
        // window of each of the source's sentences.
        if isEveryoneNear {
            out.append(contentsOf: 0..<source)
            out.append(contentsOf: (source + 1)..<count)
            return
        }
        var found = [Bool](repeating: false, count: count)
        found[0] = true
        var covered = Int.min
        for sentence in sentencesOf[source] {
            let lower = max(sentence - RelationFeatures.window, covered)
            let upper = sentence + RelationFeatures.window
            var cursor = Self.firstIndex(in: namingSentences, notBelow: lower)
            while cursor < namingSentences.count, namingSentences[cursor] <= upper {
                for rank in keys(of: cursor, near: source) { found[rank] = true }
                cursor += 1
            }
            covered = upper + 1
        }
        found[source] = false
        for rank in found.indices where found[rank] { out.append(rank) }
    }

    /// How many mentions of a sentence lie wholly inside `span` of tokens, counted up to `limit`.
    func mentionsWithin(_ span: Range<Int>, of sentence: Int, upTo limit: Int) -> Int {
        guard sentence >= 0 && sentence < mentionsOf.count else { return 0 }
        let inSentence = mentionsOf[sentence]
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

    /// The ranks of the entities the `naming`th naming sentence names that `source` is compared with.
    private func keys(of naming: Int, near source: Int) -> ArraySlice<Int> {
        let keys = keysOf[naming]
        guard keys.count > Self.crowd else { return keys[...] }
        guard let position = positionIn[naming]?[source] else { return keys.prefix(Self.crowd) }
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
