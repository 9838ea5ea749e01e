/// Writes an `Encodable` value as canonical JSON (the form `CanonicalJSON` describes) straight
/// to UTF-8, so the canonical JSON writers keep `Codable` as the one definition of the shape
/// without going through Foundation's text and parsing it back (which cost more than the rest
/// of a build).
///
/// Nothing holds the whole document as a tree: an array's items are written out as soon as
/// each is encoded, and only an object's members wait, because they are written in sorted key
/// order. For a graph that means one node or edge at a time, not the corpus.
enum CanonicalJSONEncoder {
    /// `value` encoded, ready to be written with `Slot.write(to:)`.
    static func document<Value: Encodable>(_ value: Value) throws -> Slot {
        let root = Slot(depth: 0)
        try value.encode(to: TreeEncoder(slot: root, codingPath: []))
        return root
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

        /// An array's items as text, `,\n` and indentation included, and the last item while
        /// it may still be filled (a nested container is filled after it is handed out).
        struct ArrayText {
            var text: [UInt8] = []
            var count = 0
            var last: Slot?
        }

        /// The array's items so far, the one still open included.
        var count: Int { array!.count + (array!.last == nil ? 0 : 1) }

        /// A scalar item at the end of this array, written at once.
        func appendItem(_ value: CanonicalJSON) {
            finishItem()
            CanonicalJSON.beginItem(first: array!.count == 0, depth: depth + 1, into: &array!.text)
            value.write(to: &array!.text, depth: depth + 1)
            array!.count += 1
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
            CanonicalJSON.beginItem(first: array!.count == 0, depth: depth + 1, into: &array!.text)
            item.write(to: &array!.text)
            array!.count += 1
            array!.last = nil
        }

        /// A scalar member of this object.
        func member(_ key: String, _ value: CanonicalJSON) {
            object!.append((key: key, value: Member.scalar(value)))
        }

        /// A member of this object that is a container or not yet known to be a scalar.
        func member(_ key: String) -> Slot {
            let member = Slot(depth: depth + 1)
            object!.append((key: key, value: Member.slot(member)))
            return member
        }

        /// Writes the finished value (the caller has indented its first line) and lets go of
        /// its text, which is written only once.
        func write(to out: inout [UInt8]) {
            if array != nil {
                finishItem()
                if array!.count == 0 { return CanonicalJSON.append("[]", to: &out) }
                out.append(UInt8(ascii: "["))
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

        /// Writes the finished document, with its trailing newline, in pieces handed to
        /// `sink`: an object's arrays go as the text they already are, so the document is
        /// never copied whole into one buffer.
        func write(to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
            var text: [UInt8] = []
            if array == nil, let members = object, !members.isEmpty {
                text.append(UInt8(ascii: "{"))
                for (index, member) in Self.latestByKey(members).enumerated() {
                    CanonicalJSON.beginMember(member.key, first: index == 0, depth: depth + 1, into: &text)
                    guard case .slot(let slot) = member.value, slot.array != nil, slot.count > 0 else {
                        member.value.write(to: &text, depth: depth + 1)
                        continue
                    }
                    slot.finishItem()
                    text.append(UInt8(ascii: "["))
                    try text.withUnsafeBytes(sink)
                    try slot.array!.text.withUnsafeBytes(sink)
                    slot.array = nil
                    text = []
                    CanonicalJSON.close("]", depth: slot.depth, into: &text)
                }
                object = nil
                CanonicalJSON.close("}", depth: depth, into: &text)
            } else {
                self.write(to: &text)
            }
            text.append(UInt8(ascii: "\n"))
            try text.withUnsafeBytes(sink)
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

        mutating func encodeNil() throws { slot.appendItem(.null) }
        mutating func encode(_ value: Bool) throws { slot.appendItem(.bool(value)) }
        mutating func encode(_ value: String) throws { slot.appendItem(.string(value)) }
        mutating func encode(_ value: Int) throws { slot.appendItem(.int(value)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try value.encode(to: TreeEncoder(slot: slot.appendItem(), codingPath: codingPath))
            // The item is complete: write it now rather than hold it.
            slot.finishItem()
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
