/// How often a name is given to a key: as the name an occurrence gives first, and at all.
///
/// The graph's label is the name most occurrences give first, then the one most give at all;
/// both are sums, so they add up across summaries.
struct NameCount: Hashable, Codable, Sendable {
    var first = 0
    var any = 0

    static func + (lhs: Self, rhs: Self) -> Self { NameCount(first: lhs.first + rhs.first, any: lhs.any + rhs.any) }
}
