/// The words of cues.tsv that say a policy's status ("threatened", "weighs", "lifted"), as one
/// look-up per word: the statuses a word cues, as bits, instead of asking each status class in turn.
struct StatusCues: Sendable {
    /// Cue class and status, strongest first: a threat or a plan outranks the verb it governs
    /// ("threatened to impose" is threatened).
    static let order = [
        ("status-threatened", "threatened"), ("status-considered", "considered"), ("status-lifted", "lifted"),
        ("status-suspended", "suspended"), ("status-enacted", "enacted"),
    ]

    /// Statuses as bits, bit i for `order[i]`.
    struct Found: Sendable {
        fileprivate var bits: UInt8 = 0

        /// Adds a status by name; names outside `order` have no rank and are ignored.
        mutating func insert(status: String) {
            if let index = StatusCues.order.firstIndex(where: { $0.1 == status }) { bits |= 1 << UInt8(index) }
        }

        mutating func formUnion(_ other: Found) { bits |= other.bits }

        var isEmpty: Bool { bits == 0 }

        /// The strongest status found.
        var strongest: String? { isEmpty ? nil : StatusCues.order[bits.trailingZeroBitCount].1 }
    }

    /// The statuses each word cues, by the word's vocabulary number (tokens carry theirs).
    private var byNumber: [Found] = []

    init() {}

    /// - Parameter vocabulary: numbers the status words.
    init(cueWords: [String: Set<String>], vocabulary: inout Vocabulary) {
        var byWord: [String: Found] = [:]
        for (index, (cue, _)) in Self.order.enumerated() {
            for word in cueWords[cue] ?? [] { byWord[word, default: Found()].bits |= 1 << UInt8(index) }
        }
        for word in byWord.keys.sorted() {
            let number = Int(vocabulary.add(word))
            if byNumber.count <= number { byNumber += repeatElement(Found(), count: number + 1 - byNumber.count) }
            byNumber[number] = byWord[word]!
        }
    }

    /// The statuses a token cues, by its vocabulary number rather than by hashing its key.
    @inline(__always) func statuses(of token: Token) -> Found {
        token.id >= 0 && Int(token.id) < byNumber.count ? byNumber[Int(token.id)] : Found()
    }
}
