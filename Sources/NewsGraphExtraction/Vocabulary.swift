/// Every word the lexicon's phrases and cues (and the relation patterns) are made of, numbered:
/// a token looks its key up once, and the phrase tries and pattern set go by number instead of
/// hashing the word again.
struct Vocabulary: Sendable {
    private var ids: [String: Int32] = [:]

    /// The number of a word, given one if it has none yet.
    mutating func add(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        return id
    }

    /// The number of a word, or -1 if no phrase uses it.
    func id(of key: String) -> Int32 { ids[key] ?? -1 }
}
