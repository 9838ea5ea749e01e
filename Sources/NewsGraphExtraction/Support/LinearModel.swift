import Foundation

/// The weights of a linear model over hashed features: for each feature, one weight per
/// label; a label's score is the sum of the weights of the features present. The learned name
/// tagger and the relation classifier are both such models; `make model` trains them.
package struct LinearModel: Sendable {
    package let labelCount: Int
    /// An open-addressing table of rows: each slot is a feature's hash (its low and high 32 bits,
    /// both 0 where the slot is empty) followed by the feature's weight for each label.
    /// A look-up that finds its feature finds the weights beside it, in the same cache line or
    /// the next: the name tagger's table is larger than the processor's caches, and with the
    /// hashes and weights in two arrays each look-up missed them twice.
    private let slots: [UInt32]
    /// 32-bit words per slot: two for the hash, then the weights.
    private let stride: Int
    private let mask: Int
    /// How the weights are stored. A model read from its file has 16-bit weights times a scale
    /// (`encode`), kept so, two to a word: the tagger's table is then 7.3 MB rather than 11.5,
    /// and a slot spans fewer cache lines. Each weight is worked out as the file's reader always
    /// worked it out, `Float(integer) * scale`, so the sums are the same to the bit. A model in
    /// training (`init(labelCount:weights:)`) keeps each weight's `Float` bits, one to a word;
    /// its `scale` is nil.
    private let scale: Float?

    /// A model from feature weights: a row of `labelCount` per feature; features not listed
    /// weigh nothing.
    package init(labelCount: Int, weights rows: [UInt64: [Float]]) {
        self.init(labelCount: labelCount, words: rows.mapValues { $0.map(\.bitPattern) }, wordsPerRow: labelCount, scale: nil)
    }

    /// A model whose weights are `Float(integer) * scale`, a row of `labelCount` integers per feature.
    private init(labelCount: Int, quantised rows: [UInt64: [Int16]], scale: Float) {
        let wordsPerRow = (labelCount + 1) / 2
        let words = rows.mapValues { row in
            (0..<wordsPerRow).map { word in
                let low = UInt32(UInt16(bitPattern: row[2 * word]))
                let high = 2 * word + 1 < row.count ? UInt32(UInt16(bitPattern: row[2 * word + 1])) : 0
                return low | high << 16
            }
        }
        self.init(labelCount: labelCount, words: words, wordsPerRow: wordsPerRow, scale: scale)
    }

    private init(labelCount: Int, words rows: [UInt64: [UInt32]], wordsPerRow: Int, scale: Float?) {
        self.labelCount = labelCount
        self.scale = scale
        // At most three quarters full: a look-up gives the same weights whatever the size, and a
        // smaller table stays in the caches more.
        var capacity = 16
        while capacity * 3 < rows.count * 4 { capacity *= 2 }
        let stride = 2 + wordsPerRow
        var slots = [UInt32](repeating: 0, count: capacity * stride)
        let mask = capacity - 1
        for (key, row) in rows where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot * stride] != 0 || slots[slot * stride + 1] != 0 { slot = (slot + 1) & mask }
            slots[slot * stride] = UInt32(truncatingIfNeeded: key)
            slots[slot * stride + 1] = UInt32(truncatingIfNeeded: key >> 32)
            for word in 0..<wordsPerRow { slots[slot * stride + 2 + word] = row[word] }
        }
        self.slots = slots
        self.stride = stride
        self.mask = mask
    }

    /// Adds the weights of `feature` to `scores` (one per label).
    @inline(__always)
    package func add(_ feature: UInt64, to scores: inout [Float]) {
        scores.withUnsafeMutableBufferPointer { scores in add(feature, to: scores) }
    }

    /// `add(_:to:)` into a buffer of one score per label.
    @inline(__always)
    func add(_ feature: UInt64, to scores: UnsafeMutableBufferPointer<Float>) {
        slots.withUnsafeBufferPointer { slots in
            add(feature, firstWord: slots[(Int(truncatingIfNeeded: feature) & mask) &* stride], slots, to: scores)
        }
    }

    /// Adds the weights of each of `features` to `scores`, in order, as `add(_:to:)` one by one
    /// would.
    package func add(_ features: [UInt64], to scores: inout [Float]) {
        scores.withUnsafeMutableBufferPointer { scores in add(features, to: scores) }
    }

    /// `add(_:to:)` of a list into a buffer of one score per label.
    ///
    /// The name tagger's table is larger than the caches, so a look-up mostly waits on memory,
    /// and one that waits on the comparison before it cannot start early: here the first and
    /// last word of every feature's first slot (the cache lines it spans) are read before any
    /// is compared, and the reads overlap. The scores are a buffer, not an array: each write to
    /// an element of an `inout` array asked whether its storage was shared.
    func add(_ features: [UInt64], to scores: UnsafeMutableBufferPointer<Float>) {
        features.withUnsafeBufferPointer { features in add(features, to: scores) }
    }

    /// `add(_:to:)` of part of a list.
    func add(_ features: ArraySlice<UInt64>, to scores: UnsafeMutableBufferPointer<Float>) {
        features.withUnsafeBufferPointer { features in add(features, to: scores) }
    }

    private func add(_ features: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutableBufferPointer<Float>) {
        withUnsafeTemporaryAllocation(of: (first: UInt32, last: UInt32).self, capacity: features.count) { words in
            slots.withUnsafeBufferPointer { slots in
                for index in features.indices {
                    let base = (Int(truncatingIfNeeded: features[index]) & mask) &* stride
                    words[index] = (slots[base], slots[base &+ stride &- 1])
                }
                for index in features.indices {
                    add(features[index], firstWord: words[index].first, lastWord: words[index].last, slots, to: scores)
                }
            }
        }
    }

    /// `add(_:to:)`, given the first word of the feature's first slot, already read, and its last.
    @inline(__always)
    private func add(
        _ feature: UInt64, firstWord: UInt32, lastWord: UInt32? = nil, _ slots: UnsafeBufferPointer<UInt32>,
        to scores: UnsafeMutableBufferPointer<Float>
    ) {
        let low = UInt32(truncatingIfNeeded: feature)
        let high = UInt32(truncatingIfNeeded: feature >> 32)
        var slot = Int(truncatingIfNeeded: feature) & mask
        var word = firstWord
        var last = lastWord
        while true {
            let base = slot &* stride
            // An empty slot holds hash 0 and no weights: a feature hashed to 0 adds nothing.
            if word == low && slots[base &+ 1] == high {
                if let scale {
                    for label in 0..<labelCount {
                        let pair = slots[base &+ 2 &+ label >> 1]
                        let integer = Int16(truncatingIfNeeded: label & 1 == 0 ? pair : pair >> 16)
                        scores[label] += Float(integer) * scale
                    }
                } else {
                    for label in 0..<labelCount &- 1 { scores[label] += Float(bitPattern: slots[base &+ 2 &+ label]) }
                    scores[labelCount &- 1] += Float(bitPattern: last ?? slots[base &+ stride &- 1])
                }
                return
            }
            if word == 0 && slots[base &+ 1] == 0 { return }
            slot = (slot &+ 1) & mask
            word = slots[slot &* stride]
            last = nil
        }
    }

    /// Each label's score for a set of features.
    package func scores(_ features: [UInt64]) -> [Float] {
        var scores: [Float] = []
        self.scores(features, into: &scores)
        return scores
    }

    /// `scores(_:)` into `scores`, whose storage the caller reuses.
    func scores(_ features: [UInt64], into scores: inout [Float]) {
        if scores.count == labelCount {
            scores.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        } else {
            scores = [Float](repeating: 0, count: labelCount)
        }
        add(features, to: &scores)
    }

    // MARK: The weights file

    /// The file's format version.
    private static let version: UInt32 = 1

    /// The weights as bytes: a four-byte magic (which model it is), the version, the label and
    /// feature counts, a scale, then every feature's hash (ascending) and its row of weights as
    /// 16-bit integers (weight = integer × scale). Little-endian; the same weights give the same
    /// bytes.
    package static func encode(_ rows: [UInt64: [Float]], labelCount: Int, magic: String) -> [UInt8] {
        let features = rows.keys.sorted()
        let largest = rows.values.lazy.flatMap { $0 }.map(abs).max() ?? 1
        let scale = max(largest, .leastNormalMagnitude) / Float(Int16.max)
        var bytes = Array(magic.utf8)
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        append(version)
        append(UInt32(labelCount))
        append(UInt32(features.count))
        append(scale.bitPattern)
        for feature in features { append(feature) }
        for feature in features {
            for weight in rows[feature]! { append(Int16((weight / scale).rounded())) }
        }
        return bytes
    }

    /// Reads what `encode` wrote, checking the magic and the label count.
    package init(encoded bytes: [UInt8], magic: String, labelCount: Int, path: String) throws {
        func fail(_ reason: String) -> ExtractionError { .badModel(path: path, reason: reason) }
        var offset = 0
        func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
            guard offset + MemoryLayout<T>.size <= bytes.count else { throw fail("the file ends early") }
            var value: T = 0
            withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes[offset..<offset + MemoryLayout<T>.size]) }
            offset += MemoryLayout<T>.size
            return T(littleEndian: value)
        }
        let magicBytes = Array(magic.utf8)
        guard bytes.starts(with: magicBytes) else { throw fail("not a newsgraph \(magic) model file") }
        offset = magicBytes.count
        guard try read(UInt32.self) == Self.version else { throw fail("a version this newsgraph cannot read") }
        guard try read(UInt32.self) == UInt32(labelCount) else { throw fail("a label set this newsgraph does not use") }
        let count = Int(try read(UInt32.self))
        let scale = Float(bitPattern: try read(UInt32.self))
        guard bytes.count == offset + count * (8 + 2 * labelCount) else { throw fail("a size its header does not give") }
        var features: [UInt64] = []
        features.reserveCapacity(count)
        for _ in 0..<count { features.append(try read(UInt64.self)) }
        var rows: [UInt64: [Int16]] = [:]
        rows.reserveCapacity(count)
        for feature in features {
            var row = [Int16](repeating: 0, count: labelCount)
            for label in 0..<labelCount { row[label] = try read(Int16.self) }
            rows[feature] = row
        }
        self.init(labelCount: labelCount, quantised: rows, scale: scale)
    }

    /// A model shipped in the package's resources (`Resources/model/NAME`).
    package static func shipped(_ name: String, magic: String, labelCount: Int) throws -> LinearModel {
        let url = Lexicon.resourceFolder().appendingPathComponent("model/\(name)")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ExtractionError.badModel(path: url.path, reason: "missing: newsgraph is installed without its model")
        }
        return try LinearModel(encoded: [UInt8](data), magic: magic, labelCount: labelCount, path: url.path)
    }
}
