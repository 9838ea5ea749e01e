/// Writes an `Encodable` value as canonical JSON (the form `CanonicalJSON` describes) straight
/// to UTF-8, so the canonical JSON writers keep `Codable` as the one definition of the shape
/// without going through Foundation's text and parsing it back (which cost more than the rest
/// of a build).
///
/// Nothing holds the whole document: an array's items become text as soon as each is
/// encoded, and the top-level object is written one member at a time in sorted key order (see
/// `write(_:to:)`). Only a nested object's members wait for their order. For a graph that means
/// one node or edge, and a megabyte of text, at a time, not the corpus.
enum CanonicalJSONEncoder {
    /// Text handed on at a time: few enough calls to `sink`, little held.
    static let pieceSize = 1 << 20

    /// Writes `value`, an object at the top (as a graph is), and its trailing newline to
    /// `sink` in pieces as it is encoded.
    ///
    /// The members must go in sorted key order, not the order `encode(to:)` gives them, so
    /// each member is encoded in a pass of its own, which names the other members but skips
    /// encoding their values; a first pass only names them all. An array member's items are
    /// handed on about a megabyte at a time, so the document (hundreds of megabytes for a
    /// corpus) is never held whole.
    /// - Throws: The value's own errors, or `EncodingError.invalidValue` if its top is not an
    ///   object or names a key twice (a later member could not replace one already written).
    static func write<Value: Encodable>(_ value: Value, to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        let keys = try members(of: value, encoding: .none).map(\.key)
        guard Set(keys).count == keys.count else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "a key is encoded twice"))
        }
        guard !keys.isEmpty else { return try Array("{}\n".utf8).withUnsafeBytes(sink) }
        var text = [UInt8(ascii: "{")]
        try withoutActuallyEscaping(sink) { sink in
            for (index, key) in CanonicalJSON.sortedKeys(keys).enumerated() {
                CanonicalJSON.beginMember(key, first: index == 0, depth: 1, into: &text)
                try text.withUnsafeBytes(sink)
                text = []
                let member = try members(of: value, encoding: .only(key, sink)).first { $0.key == key }!
                member.value.write(to: &text, depth: 1)
            }
        }
        CanonicalJSON.close("}", depth: 0, into: &text)
        text.append(UInt8(ascii: "\n"))
        try text.withUnsafeBytes(sink)
    }

    /// The members of the object at the top of `value`, in the order encoded, with the values
    /// of those `encoding` selects.
    private static func members<Value: Encodable>(
        of value: Value, encoding: Slot.Selection
    ) throws -> [(key: String, value: Slot.Member)] {
        let root = Slot(depth: 0)
        root.encodes = encoding
        try value.encode(to: TreeEncoder(slot: root, codingPath: []))
        guard let members = root.object else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "not an object"))
        }
        return members
    }

    /// A place in the document being built: a scalar, an array whose finished items are
    /// already text, or an object whose members wait for their sorted order.
    final class Slot {
        /// Levels of nesting above the value, for indentation.
        let depth: Int
        var value: CanonicalJSON?
        var array: ArrayText?
        /// In the order encoded; scalars are kept as values, with no slot of their own.
        var object: [(key: String, value: Member)]?
        /// The members of this object whose values are encoded (others are only named).
        var encodes = Selection.all
        /// Where an array member at the top of a streamed document hands its finished items.
        var sink: ((UnsafeRawBufferPointer) throws -> Void)?

        /// Which members of an object are encoded: all, except at the top of a document
        /// streamed by `write(_:to:)`, whose passes encode none or one (and stream that one
        /// to `sink`).
        enum Selection {
            case all
            case none
            case only(String, (UnsafeRawBufferPointer) throws -> Void)
        }

        enum Member {
            case scalar(CanonicalJSON)
            case slot(Slot)

            func write(to out: inout [UInt8], depth: Int) {
                switch self {
                case .scalar(let value): value.write(to: &out, depth: depth)
                case .slot(let slot): slot.write(to: &out)
                }
            }
        }

        init(depth: Int) { self.depth = depth }

        /// An array's items as text (the opening bracket, `,\n` and indentation included) not
        /// yet handed on, and the last item while it may still be filled (a nested container
        /// is filled after it is handed out).
        struct ArrayText {
            var text: [UInt8] = []
            var count = 0
            var last: Slot?
        }

        /// The array's items so far, the one still open included.
        var count: Int { array!.count + (array!.last == nil ? 0 : 1) }

        /// A scalar item at the end of this array, written at once.
        func appendItem(_ value: CanonicalJSON) throws {
            finishItem()
            beginItem()
            value.write(to: &array!.text, depth: depth + 1)
            array!.count += 1
            try flush()
        }

        /// A new item at the end of this array; the one before it is written out.
        func appendItem() -> Slot {
            finishItem()
            let item = Slot(depth: depth + 1)
            array!.last = item
            return item
        }

        /// Writes out the array's last item, once nothing can add to it any more.
        func finishItem() {
            guard let item = array?.last else { return }
            beginItem()
            item.write(to: &array!.text)
            array!.count += 1
            array!.last = nil
        }

        /// The opening bracket before the first item, the comma after the one before, and the
        /// next item's line break and indentation.
        private func beginItem() {
            if array!.count == 0 { array!.text.append(UInt8(ascii: "[")) }
            CanonicalJSON.beginItem(first: array!.count == 0, depth: depth + 1, into: &array!.text)
        }

        /// Hands the finished items' text to `sink`, if there is one, once it makes a piece.
        func flush() throws {
            guard let sink, array!.text.count >= pieceSize else { return }
            try array!.text.withUnsafeBytes(sink)
            array!.text.removeAll(keepingCapacity: true)
        }

        /// A scalar member of this object.
        func member(_ key: String, _ value: CanonicalJSON) {
            object!.append((key: key, value: Member.scalar(value)))
        }

        /// A member of this object that is a container or not yet known to be a scalar.
        func member(_ key: String) -> Slot {
            let member = Slot(depth: depth + 1)
            if case .only(key, let sink) = encodes { member.sink = sink }
            object!.append((key: key, value: Member.slot(member)))
            return member
        }

        /// Whether the value of member `key` is to be encoded.
        func encodesValue(of key: String) -> Bool {
            switch encodes {
            case .all: true
            case .none: false
            case .only(let selected, _): selected == key
            }
        }

        /// Writes the finished value (the caller has indented its first line) and lets go of
        /// its text, which is written only once.
        func write(to out: inout [UInt8]) {
            if array != nil {
                finishItem()
                if array!.count == 0 { return CanonicalJSON.append("[]", to: &out) }
                out.append(contentsOf: array!.text)
                array = nil
                CanonicalJSON.close("]", depth: depth, into: &out)
            } else if let members = object {
                if members.isEmpty { return CanonicalJSON.append("{}", to: &out) }
                out.append(UInt8(ascii: "{"))
                for (index, member) in Self.latestByKey(members).enumerated() {
                    CanonicalJSON.beginMember(member.key, first: index == 0, depth: depth + 1, into: &out)
                    member.value.write(to: &out, depth: depth + 1)
                }
                object = nil
                CanonicalJSON.close("}", depth: depth, into: &out)
            } else {
                (value ?? .null).write(to: &out, depth: depth)
            }
        }

        /// Members in canonical key order; a key encoded twice keeps its last value, as a
        /// dictionary would.
        private static func latestByKey(_ members: [(key: String, value: Member)]) -> [(key: String, value: Member)] {
            let sorted = members.indices.sorted { a, b in
                let (keyA, keyB) = (members[a].key, members[b].key)
                return CanonicalJSON.precedes(keyA, keyB) || !CanonicalJSON.precedes(keyB, keyA) && a < b
            }
            return sorted.indices.compactMap { position in
                let isLast = position == sorted.count - 1 || members[sorted[position + 1]].key != members[sorted[position]].key
                return isLast ? members[sorted[position]] : nil
            }
        }
    }

    struct TreeEncoder: Encoder {
        let slot: Slot
        var codingPath: [CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if slot.object == nil { slot.object = [] }
            return KeyedEncodingContainer(Keyed<Key>(slot: slot, codingPath: codingPath))
        }

        func unkeyedContainer() -> UnkeyedEncodingContainer {
            if slot.array == nil { slot.array = Slot.ArrayText() }
            return Unkeyed(slot: slot, codingPath: codingPath)
        }

        func singleValueContainer() -> SingleValueEncodingContainer { Single(slot: slot, codingPath: codingPath) }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let slot: Slot
        var codingPath: [CodingKey]

        mutating func encodeNil(forKey key: Key) throws { slot.member(key.stringValue, .null) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { slot.member(key.stringValue, .bool(value)) }
        mutating func encode(_ value: String, forKey key: Key) throws { slot.member(key.stringValue, .string(value)) }
        mutating func encode(_ value: Int, forKey key: Key) throws { slot.member(key.stringValue, .int(value)) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            guard slot.encodesValue(of: key.stringValue) else { return slot.member(key.stringValue, .null) }
            try value.encode(to: TreeEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key]))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            TreeEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

        mutating func superEncoder(forKey key: Key) -> Encoder {
            TreeEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let slot: Slot
        var codingPath: [CodingKey]
        var count: Int { slot.count }

        mutating func encodeNil() throws { try slot.appendItem(.null) }
        mutating func encode(_ value: Bool) throws { try slot.appendItem(.bool(value)) }
        mutating func encode(_ value: String) throws { try slot.appendItem(.string(value)) }
        mutating func encode(_ value: Int) throws { try slot.appendItem(.int(value)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try value.encode(to: TreeEncoder(slot: slot.appendItem(), codingPath: codingPath))
            // The item is complete: write it now rather than hold it.
            slot.finishItem()
            try slot.flush()
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(slot: slot.appendItem(), codingPath: codingPath).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            TreeEncoder(slot: slot.appendItem(), codingPath: codingPath).unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder {
            TreeEncoder(slot: slot.appendItem(), codingPath: codingPath)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let slot: Slot
        var codingPath: [CodingKey]

        mutating func encodeNil() throws { slot.value = .null }
        mutating func encode(_ value: Bool) throws { slot.value = .bool(value) }
        mutating func encode(_ value: String) throws { slot.value = .string(value) }
        mutating func encode(_ value: Double) throws { slot.value = .double(value) }
        mutating func encode(_ value: Float) throws { slot.value = .double(Double(value)) }
        mutating func encode(_ value: Int) throws { slot.value = .int(value) }
        mutating func encode(_ value: Int8) throws { slot.value = .int(Int(value)) }
        mutating func encode(_ value: Int16) throws { slot.value = .int(Int(value)) }
        mutating func encode(_ value: Int32) throws { slot.value = .int(Int(value)) }
        mutating func encode(_ value: Int64) throws { slot.value = .int(Int(value)) }
        mutating func encode(_ value: UInt) throws { slot.value = .int(Int(value)) }
        mutating func encode(_ value: UInt8) throws { slot.value = .int(Int(value)) }
        mutating func encode(_ value: UInt16) throws { slot.value = .int(Int(value)) }
        mutating func encode(_ value: UInt32) throws { slot.value = .int(Int(value)) }
        mutating func encode(_ value: UInt64) throws { slot.value = .int(Int(value)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try value.encode(to: TreeEncoder(slot: slot, codingPath: codingPath))
        }
    }
}
