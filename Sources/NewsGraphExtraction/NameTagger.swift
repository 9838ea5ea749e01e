import Foundation

/// A learned tagger of names: an averaged perceptron that labels each capitalised word of a
/// sentence as beginning or continuing the name of a person, an organisation, a place or
/// something else (an event, a people, a work), or as no name, left to right, reading the
/// labels it gave before.
///
/// It is the evidence the rules lack: a name with no title, no known given name and no cue
/// word ("Angela Merkel met Barack Obama"), the extent of a club's or company's name that no
/// lexicon lists. The rules read its labels and keep the last word (`MentionRecognizer`).
/// Trained by `make model` from openly licensed data (`Resources/model/name-tagger.json` says
/// which, with its scores); loaded once, read-only, shared by every thread.
package struct NameTagger: Sendable {
    /// BIO labels over the four kinds of name the training data tags.
    package enum Label: UInt8, CaseIterable, Sendable {
        case outside = 0
        case beginPerson, insidePerson, beginOrganisation, insideOrganisation
        case beginPlace, insidePlace, beginOther, insideOther

        /// The kind of name: 0 none, 1 person, 2 organisation, 3 place, 4 other.
        package var kind: Int { (Int(rawValue) + 1) / 2 }
        package var isBegin: Bool { rawValue % 2 == 1 }
        package static func begin(kind: Int) -> Label { Label(rawValue: UInt8(2 * kind - 1))! }
        package static func inside(kind: Int) -> Label { Label(rawValue: UInt8(2 * kind))! }
        /// Whether this label may follow `previous`: inside a name only after its own kind.
        package func isAllowed(after previous: Label) -> Bool { isBegin || self == .outside || previous.kind == kind }
    }

    package static let labelCount = Label.allCases.count

    /// The weights: an open-addressing table from a feature's hash to its row of one weight
    /// per label.
    private let keys: [UInt64]
    private let weights: [Float]
    private let mask: Int

    /// A tagger from feature weights (a row of `labelCount` per feature; features not listed
    /// weigh nothing).
    package init(weights rows: [UInt64: [Float]]) {
        var capacity = 16
        while capacity < rows.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var weights = [Float](repeating: 0, count: capacity * Self.labelCount)
        let mask = capacity - 1
        for (key, row) in rows where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            for label in 0..<Self.labelCount { weights[slot * Self.labelCount + label] = row[label] }
        }
        self.keys = keys
        self.weights = weights
        self.mask = mask
    }

    /// Adds the weights of `feature` to `scores`.
    @inline(__always)
    private func add(_ feature: UInt64, to scores: inout [Float]) {
        var slot = Int(truncatingIfNeeded: feature) & mask
        while true {
            let key = keys[slot]
            if key == feature {
                let base = slot * Self.labelCount
                for label in 0..<Self.labelCount { scores[label] += weights[base + label] }
                return
            }
            if key == 0 { return }
            slot = (slot + 1) & mask
        }
    }

    /// The label of each candidate position of a sentence, and how far its score led the
    /// runner-up's.
    package func tag(_ sentence: NameFeatures.SentenceFeatures) -> [(label: Label, margin: Float)] {
        var out: [(label: Label, margin: Float)] = []
        out.reserveCapacity(sentence.positions.count)
        var scores = [Float](repeating: 0, count: Self.labelCount)
        var previous = Label.outside
        var beforePrevious = Label.outside
        for index in sentence.positions.indices {
            // A label reads the one before only across a gap-free run of candidates.
            if index > 0 && sentence.positions[index - 1] != sentence.positions[index] - 1 {
                previous = .outside
                beforePrevious = .outside
            }
            scores.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            for feature in sentence.features[index] { add(feature, to: &scores) }
            let labelFeatures = NameFeatures.labelFeatures(
                previous: previous.rawValue, beforePrevious: beforePrevious.rawValue, word: sentence.words[index],
                shape: sentence.shapes[index])
            add(labelFeatures.0, to: &scores)
            add(labelFeatures.1, to: &scores)
            add(labelFeatures.2, to: &scores)
            add(labelFeatures.3, to: &scores)
            var best = Label.outside
            var bestScore = -Float.infinity
            var second = -Float.infinity
            for label in Label.allCases where label.isAllowed(after: previous) {
                let score = scores[Int(label.rawValue)]
                if score > bestScore {
                    second = bestScore
                    bestScore = score
                    best = label
                } else if score > second {
                    second = score
                }
            }
            out.append((best, bestScore - second))
            beforePrevious = previous
            previous = best
        }
        return out
    }

    // MARK: The weights file

    /// The file's first bytes and its format's version.
    private static let magic: [UInt8] = Array("NGNT".utf8)
    private static let version: UInt32 = 1

    /// The weights as bytes: the magic and version, the label and feature counts, a scale,
    /// then every feature's hash (ascending) and its row of weights as 16-bit integers
    /// (weight = integer × scale). Little-endian; the same weights give the same bytes.
    package static func encode(_ rows: [UInt64: [Float]]) -> [UInt8] {
        let features = rows.keys.sorted()
        let largest = rows.values.lazy.flatMap { $0 }.map(abs).max() ?? 1
        let scale = max(largest, .leastNormalMagnitude) / Float(Int16.max)
        var bytes = magic
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

    /// Reads what `encode` wrote.
    package init(encoded bytes: [UInt8], path: String) throws {
        func fail(_ reason: String) -> ExtractionError { .badModel(path: path, reason: reason) }
        var offset = 0
        func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
            guard offset + MemoryLayout<T>.size <= bytes.count else { throw fail("the file ends early") }
            var value: T = 0
            withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes[offset..<offset + MemoryLayout<T>.size]) }
            offset += MemoryLayout<T>.size
            return T(littleEndian: value)
        }
        guard bytes.starts(with: Self.magic) else { throw fail("not a newsgraph name-tagger file") }
        offset = Self.magic.count
        guard try read(UInt32.self) == Self.version else { throw fail("a version this newsgraph cannot read") }
        guard try read(UInt32.self) == UInt32(Self.labelCount) else { throw fail("a label set this newsgraph does not use") }
        let count = Int(try read(UInt32.self))
        let scale = Float(bitPattern: try read(UInt32.self))
        guard bytes.count == offset + count * (8 + 2 * Self.labelCount) else { throw fail("a size its header does not give") }
        var features: [UInt64] = []
        features.reserveCapacity(count)
        for _ in 0..<count { features.append(try read(UInt64.self)) }
        var rows: [UInt64: [Float]] = [:]
        rows.reserveCapacity(count)
        for feature in features {
            var row = [Float](repeating: 0, count: Self.labelCount)
            for label in 0..<Self.labelCount { row[label] = Float(try read(Int16.self)) * scale }
            rows[feature] = row
        }
        self.init(weights: rows)
    }

    /// The tagger that ships with newsgraph.
    package static func standard() throws -> NameTagger {
        let url = Lexicon.resourceFolder().appendingPathComponent("model/name-tagger.weights")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ExtractionError.badModel(path: url.path, reason: "missing: newsgraph is installed without its model")
        }
        return try NameTagger(encoded: [UInt8](data), path: url.path)
    }
}
