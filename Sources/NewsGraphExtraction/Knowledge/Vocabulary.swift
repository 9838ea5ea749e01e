/// Every word the lexicon's phrases and cues (and the relation patterns) are made of, numbered:
/// a token looks its key up once, and the phrase tries and pattern set go by number instead of
/// hashing the word again.
///
/// Every token of every article is looked up, so the table is an open-addressing one hashed
/// with FNV-1a over an ASCII key's bytes: for such short keys much cheaper than the seeded
/// SipHash of `Dictionary<String, _>`. Other keys take the standard library's hash, which, like
/// `==`, holds canonically equivalent spellings alike ("é" as one code point or as "e" and an
/// accent), so text in either Unicode form finds the same words. (The few characters whose
/// canonical form is ASCII, such as the Greek question mark for ";", no longer find their twin.)
struct Vocabulary: Sendable {
    /// The words, by number.
    private var words: [String] = []
    /// The table, a power of two in size and at most half full. A slot holds a word's number
    /// plus one in its low half (0 where empty) and the word's hash's high half in its high
    /// half, so a probe compares strings only when the hashes agree.
    private var slots = [UInt64](repeating: 0, count: 1024)

    /// How many words are numbered: numbers run from 0 to `count - 1`.
    var count: Int { words.count }

    /// The number of a word, given one if it has none yet.
    mutating func add(_ key: String) -> Int32 {
        let (slot, found) = find(key)
        if found >= 0 { return found }
        let id = Int32(words.count)
        words.append(key)
        slots[slot] = Self.slotValue(id: id, hash: Self.hash(key))
        if words.count * 2 > slots.count { grow() }
        return id
    }

    /// The word numbered `id`.
    func word(_ id: Int) -> String { words[id] }

    /// The number of a word, or -1 if no phrase uses it.
    func id(of key: String) -> Int32 { find(key).id }

    /// The slot holding `key` and its number, or the empty slot where it would go and -1.
    private func find(_ key: String) -> (slot: Int, id: Int32) {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            if slots[slot] >> 32 == hash >> 32 {
                let id = Int32(truncatingIfNeeded: slots[slot]) - 1
                if words[Int(id)] == key { return (slot, id) }
            }
            slot = (slot + 1) & mask
        }
        return (slot, -1)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        for (id, word) in words.enumerated() {
            slots[find(word).slot] = Self.slotValue(id: Int32(id), hash: Self.hash(word))
        }
    }

    private static func slotValue(id: Int32, hash: UInt64) -> UInt64 {
        (hash >> 32) << 32 | UInt64(id + 1)
    }

    private static func hash(_ key: String) -> UInt64 {
        var key = key
        key.makeContiguousUTF8()  // a no-op for native strings, which is every string here on Linux
        return key.utf8.withContiguousStorageIfAvailable(asciiHash)! ?? UInt64(bitPattern: Int64(key.hashValue))
    }

    /// FNV-1a of the bytes, nil if one is not ASCII.
    private static func asciiHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        // FNV's low bits, which pick the slot, are its weakest: fold the high ones in.
        return hash ^ (hash >> 29)
    }
}
