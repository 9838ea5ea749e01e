/// What a match's captures bound, by capture number: mention indices (for titles, title indices).
///
/// A capture that bound nothing has no indices, as matching never binds an empty list: two
/// bindings are equal when every capture bound the same indices in the same order.
struct Bindings: Equatable {
    private let captureCount: Int
    /// Where each capture's indices end (offsets from the start), one entry per capture, then the
    /// indices, capture by capture.
    private let storage: ArraySlice<Int>

    fileprivate init(captureCount: Int, storage: ArraySlice<Int>) {
        self.captureCount = captureCount
        self.storage = storage
    }

    /// Appends a search path's (capture, index) pairs to `storage`, laid out as `Bindings` reads them.
    static func append(_ bound: [(capture: Int?, index: Int)], captureCount: Int, to storage: inout [Int]) {
        let start = storage.count
        storage += repeatElement(0, count: captureCount)
        for capture in 0..<captureCount {
            for pair in bound where pair.capture == capture { storage.append(pair.index) }
            storage[start + capture] = storage.count - start
        }
    }

    func indices(of capture: Int) -> ArraySlice<Int> {
        let base = storage.startIndex
        return storage[(base + (capture == 0 ? captureCount : storage[base + capture - 1]))..<(base + storage[base + capture])]
    }

    /// Every bound index, capture by capture.
    var all: ArraySlice<Int> { storage[(storage.startIndex + captureCount)...] }

    /// Whether every capture but `capture` bound the same indices in both.
    func equals(_ other: Bindings, except capture: Int) -> Bool {
        (0..<captureCount).allSatisfy { $0 == capture || indices(of: $0) == other.indices(of: $0) }
    }
}

/// A successful match of one pattern.
struct PatternMatch {
    /// The pattern's index in the `PatternSet`.
    var pattern: Int
    /// Items `[first, end)` the match spans.
    var firstItem: Int
    var endItem: Int
    fileprivate var captureCount: Int
    /// Its bindings and literal tokens, as ranges of its `SentenceMatches`' arrays.
    fileprivate var bindings: Range<Int>
    fileprivate var literals: Range<Int>
}

/// The matches of the patterns in one sentence. Their bindings and literal tokens sit in two
/// arrays that all of them share and that are reused from sentence to sentence, rather than in
/// two arrays per match.
struct SentenceMatches {
    private(set) var matches: [PatternMatch] = []
    private var boundIndices: [Int] = []
    private var literalTokens: [Int] = []

    mutating func removeAll() {
        matches.removeAll(keepingCapacity: true)
        boundIndices.removeAll(keepingCapacity: true)
        literalTokens.removeAll(keepingCapacity: true)
    }

    /// - Parameters:
    ///   - bindings: laid out by `Bindings.append`.
    ///   - literals: the tokens the pattern's own words matched.
    mutating func append(
        pattern: Int, captureCount: Int, items: Range<Int>, bindings: ArraySlice<Int>, literals: ArraySlice<Int>
    ) {
        let bindingsStart = boundIndices.count
        boundIndices += bindings
        let literalsStart = literalTokens.count
        literalTokens += literals
        matches.append(
            PatternMatch(
                pattern: pattern, firstItem: items.lowerBound, endItem: items.upperBound, captureCount: captureCount,
                bindings: bindingsStart..<boundIndices.count, literals: literalsStart..<literalTokens.count))
    }

    /// Replaces the matches from `first` on by `kept`, some of them.
    mutating func replaceMatches(from first: Int, with kept: [PatternMatch]) {
        matches.replaceSubrange(first..., with: kept)
    }

    func bindings(of match: PatternMatch) -> Bindings {
        Bindings(captureCount: match.captureCount, storage: boundIndices[match.bindings])
    }

    /// The tokens the pattern's own words matched (so a pattern may say "not accept" itself).
    func literalTokens(of match: PatternMatch) -> ArraySlice<Int> { literalTokens[match.literals] }
}
