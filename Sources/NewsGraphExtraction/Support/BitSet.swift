/// A set of small non-negative integers as bits.
struct BitSet: Sendable {
    fileprivate var words: [UInt64]

    /// An empty set with room for members `0..<count`.
    init(count: Int) {
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    @inline(__always) mutating func insert(_ member: Int) {
        words[member >> 6] |= 1 << UInt64(member & 63)
    }

    @inline(__always) func contains(_ member: Int) -> Bool {
        words[member >> 6] & (1 << UInt64(member & 63)) != 0
    }

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    /// Empties the set, keeping its storage.
    mutating func removeAll() {
        for index in words.indices { words[index] = 0 }
    }
}

extension BitSet: Sequence {
    /// The members in increasing order.
    struct Iterator: IteratorProtocol {
        fileprivate let words: [UInt64]
        fileprivate var index = 0
        /// The members of `words[index]` not yet given.
        fileprivate var rest: UInt64

        mutating func next() -> Int? {
            while rest == 0 {
                index += 1
                guard index < words.count else { return nil }
                rest = words[index]
            }
            defer { rest &= rest - 1 }
            return index << 6 + rest.trailingZeroBitCount
        }
    }

    func makeIterator() -> Iterator { Iterator(words: words, rest: words.first ?? 0) }
}

/// Sets over one universe of small integers, stored one after another in a single array, so
/// that a list of them is one allocation and testing one against a `BitSet` is a few ANDs.
struct BitSets: Sendable {
    /// `UInt64`s per set.
    private let stride: Int
    private var words: [UInt64] = []
    private(set) var count = 0

    init(universe: Int) {
        stride = (universe + 63) / 64
    }

    mutating func append(_ members: [Int]) {
        words += repeatElement(0, count: stride)
        for member in members { words[count * stride + member >> 6] |= 1 << UInt64(member & 63) }
        count += 1
    }

    /// Whether set `index` and `other` (over the same universe) share a member.
    @inline(__always) func set(_ index: Int, intersects other: BitSet) -> Bool {
        (0..<stride).contains { words[index * stride + $0] & other.words[$0] != 0 }
    }
}
