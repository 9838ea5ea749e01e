/// Where the corpus first names something: a document, and the index of the thing in that
/// document's record (an entity's place in its list, or a relation's).
///
/// Records are resolved as if read in document-id order, so "first" is the smallest pair, and
/// keeping the smaller of two is associative and commutative: summaries made of any parts, in
/// any order, agree on it.
struct FirstSeen: Comparable, Hashable, Codable, Sendable {
    var document: String
    var index: Int

    static func < (lhs: Self, rhs: Self) -> Bool { (lhs.document, lhs.index) < (rhs.document, rhs.index) }
}
