/// Builds a `CanonicalJSON` tree straight from an `Encodable` value, so the canonical JSON
/// writers keep `Codable` as the one definition of the shape without going through
/// Foundation's text and parsing it back (which cost more than the rest of a build).
enum CanonicalJSONEncoder {
    static func encode<Value: Encodable>(_ value: Value) throws -> CanonicalJSON {
        let root = Slot()
        try value.encode(to: TreeEncoder(slot: root, codingPath: []))
        return root.resolved
    }

    /// A place in the tree being built: a finished value, or a container still being filled.
    final class Slot {
        var value: CanonicalJSON?
        var array: [Slot]?
        var object: [String: Slot]?

        init(_ value: CanonicalJSON? = nil) { self.value = value }

        var resolved: CanonicalJSON {
            if let array { return .array(array.map(\.resolved)) }
            if let object { return .object(object.mapValues(\.resolved)) }
            return value ?? .null
        }
    }

    struct TreeEncoder: Encoder {
        let slot: Slot
        var codingPath: [CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if slot.object == nil { slot.object = [:] }
            return KeyedEncodingContainer(Keyed<Key>(slot: slot, codingPath: codingPath))
        }

        func unkeyedContainer() -> UnkeyedEncodingContainer {
            if slot.array == nil { slot.array = [] }
            return Unkeyed(slot: slot, codingPath: codingPath)
        }

        func singleValueContainer() -> SingleValueEncodingContainer { Single(slot: slot, codingPath: codingPath) }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let slot: Slot
        var codingPath: [CodingKey]

        mutating func encodeNil(forKey key: Key) throws { slot.object![key.stringValue] = Slot(.null) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            let child = Slot()
            try value.encode(to: TreeEncoder(slot: child, codingPath: codingPath + [key]))
            slot.object![key.stringValue] = child
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            let child = Slot()
            slot.object![key.stringValue] = child
            return TreeEncoder(slot: child, codingPath: codingPath + [key]).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            let child = Slot()
            slot.object![key.stringValue] = child
            return TreeEncoder(slot: child, codingPath: codingPath + [key]).unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

        mutating func superEncoder(forKey key: Key) -> Encoder {
            let child = Slot()
            slot.object![key.stringValue] = child
            return TreeEncoder(slot: child, codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let slot: Slot
        var codingPath: [CodingKey]
        var count: Int { slot.array!.count }

        mutating func encodeNil() throws { slot.array!.append(Slot(.null)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            let child = Slot()
            try value.encode(to: TreeEncoder(slot: child, codingPath: codingPath))
            slot.array!.append(child)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let child = Slot()
            slot.array!.append(child)
            return TreeEncoder(slot: child, codingPath: codingPath).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            let child = Slot()
            slot.array!.append(child)
            return TreeEncoder(slot: child, codingPath: codingPath).unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder {
            let child = Slot()
            slot.array!.append(child)
            return TreeEncoder(slot: child, codingPath: codingPath)
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
