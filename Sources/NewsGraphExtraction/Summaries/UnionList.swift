/// A set that summing only ever unions, kept as a list: appended to while facts are summed,
/// sorted and made unique once, when read.
///
/// A corpus's summary holds millions of mentions and sentences in such sets; Swift's `Set`
/// keeps a hash table a quarter to a half empty beside them, which made them most of a
/// summary's memory. The list also comes out sorted, as the graph lists its mentions and
/// evidence, so the graph takes it as it is.
struct UnionList<Element: Hashable & Comparable & Sendable>: Sendable {
    private var items: [Element]
    /// Whether `items` is sorted with each element once.
    private var isNormal: Bool

    init() {
        items = []
        isNormal = true
    }

    init(_ items: [Element]) {
        self.items = items
        isNormal = Self.isSortedUnique(items)
    }

    var isEmpty: Bool { items.isEmpty }

    /// The elements, sorted, each once.
    var elements: [Element] { isNormal ? items : Self.sortedUnique(items) }

    mutating func formUnion(_ other: UnionList) {
        guard !other.items.isEmpty else { return }
        guard !items.isEmpty else {
            self = other
            return
        }
        // Records read in document order mostly add after what is there: the list stays sorted.
        let staysNormal = isNormal && other.isNormal && items[items.count - 1] < other.items[0]
        items.append(contentsOf: other.items)
        isNormal = staysNormal
    }

    /// Sorts the list and leaves each element once.
    mutating func normalize() {
        guard !isNormal else { return }
        items = Self.sortedUnique(items)
        isNormal = true
    }

    private static func isSortedUnique(_ items: [Element]) -> Bool {
        zip(items, items.dropFirst()).allSatisfy { $0 < $1 }
    }

    private static func sortedUnique(_ items: [Element]) -> [Element] {
        var unique: [Element] = []
        unique.reserveCapacity(items.count)
        for item in items.sorted() where unique.last != item { unique.append(item) }
        return Array(unique[...])
    }
}

extension UnionList: Codable where Element: Codable {
    init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([Element].self))
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(elements)
    }
}
