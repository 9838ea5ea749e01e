/// Every word the lexicon's phrases and cues (and the relation patterns) are made of, numbered:
/// a token looks its key up once, and the phrase tries and pattern set go by number instead of
/// hashing the word again.
///
/// Every token of every article is looked up, so the table is an open-addressing one hashed
/// with FNV-1a over the key's UTF-8 bytes: for such short keys much cheaper than the seeded
/// SipHash of `Dictionary<String, _>`.
struct Vocabulary: Sendable {
    /// The words, by number.
    private var words: [String] = []
    /// Word numbers by slot, -1 where empty; a power of two in size, at most a quarter full so
    /// that a look-up seldom probes twice.
    private var slots = [Int32](repeating: -1, count: 1024)

    /// How many words are numbered: numbers run from 0 to `count - 1`.
    var count: Int { words.count }

    /// The number of a word, given one if it has none yet.
    mutating func add(_ key: String) -> Int32 {
        let slot = self.slot(of: key)
        if slots[slot] >= 0 { return slots[slot] }
        let id = Int32(words.count)
        words.append(key)
        slots[slot] = id
        if words.count * 4 > slots.count { grow() }
        return id
    }

    /// The number of a word, or -1 if no phrase uses it.
    func id(of key: String) -> Int32 { slots[slot(of: key)] }

    /// The slot holding `key`, or the empty slot where it would go.
    private func slot(of key: String) -> Int {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        while slots[slot] >= 0 && words[Int(slots[slot])] != key { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (id, word) in words.enumerated() { slots[slot(of: word)] = Int32(id) }
    }

    private static func hash(_ key: String) -> Int {
        key.utf8.withContiguousStorageIfAvailable(hash) ?? Array(key.utf8).withUnsafeBufferPointer(hash)
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
