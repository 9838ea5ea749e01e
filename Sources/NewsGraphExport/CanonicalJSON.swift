/// A JSON document held as a tree, written in one canonical text form.
///
/// Foundation's pretty printer is not the same on every platform and release (spacing
/// around colons, empty containers, key order, escapes), so the JSON export writes its bytes
/// itself. The form is exactly Python's
/// `json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)`: two-space indent,
/// `"key": value`, `[]` and `{}` when empty, keys in code-point order, only `"`, `\` and
/// control characters escaped. Anyone can reproduce the bytes with the standard library of
/// a language most readers have, and `scripts/checks/check_exports.py` does.
enum CanonicalJSON: Decodable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([CanonicalJSON])
    case object([String: CanonicalJSON])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Bool before Int: a JSON `true` must not become 1, and `1` must not become `true`.
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([CanonicalJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: CanonicalJSON].self))
        }
    }

    /// The canonical text, with a trailing newline.
    var text: String { String(decoding: utf8, as: UTF8.self) }

    /// The canonical text as UTF-8, with a trailing newline.
    var utf8: [UInt8] {
        var out: [UInt8] = []
        write(to: &out, depth: 0)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// Writes the value at `depth` levels of nesting; the caller has written the indentation
    /// of its first line.
    func write(to out: inout [UInt8], depth: Int) {
        switch self {
        case .null: Self.append("null", to: &out)
        case .bool(let value): Self.append(value ? "true" : "false", to: &out)
        case .int(let value): Self.append(String(value), to: &out)
        case .double(let value): Self.append(value.isFinite ? "\(value)" : "null", to: &out)
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let items):
            guard !items.isEmpty else { return Self.append("[]", to: &out) }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                Self.beginItem(first: index == 0, depth: depth + 1, into: &out)
                item.write(to: &out, depth: depth + 1)
            }
            Self.close("]", depth: depth, into: &out)
        case .object(let members):
            guard !members.isEmpty else { return Self.append("{}", to: &out) }
            out.append(UInt8(ascii: "{"))
            for (index, key) in Self.sortedKeys(members.keys).enumerated() {
                Self.beginMember(key, first: index == 0, depth: depth + 1, into: &out)
                members[key]!.write(to: &out, depth: depth + 1)
            }
            Self.close("}", depth: depth, into: &out)
        }
    }

    // MARK: Pieces of the canonical form, shared with `CanonicalJSONEncoder`

    /// Code-point order (UTF-8 byte order is the same), as Python sorts; Swift's `<` on String
    /// compares canonical equivalents, which Python does not.
    static func sortedKeys(_ keys: some Sequence<String>) -> [String] {
        keys.sorted(by: precedes)
    }

    /// Whether key `a` comes before key `b` in canonical order.
    static func precedes(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    /// The line break and indentation before an array item (and the comma after the last one).
    static func beginItem(first: Bool, depth: Int, into out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\n"))
        indent(depth, into: &out)
    }

    /// `"key": ` on its own line, after the comma that ends the member before it.
    static func beginMember(_ key: String, first: Bool, depth: Int, into out: inout [UInt8]) {
        beginItem(first: first, depth: depth, into: &out)
        writeString(key, to: &out)
        append(": ", to: &out)
    }

    /// The closing bracket of a non-empty container, on its own line.
    static func close(_ bracket: Unicode.Scalar, depth: Int, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\n"))
        indent(depth, into: &out)
        out.append(UInt8(ascii: bracket))
    }

    static func append(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }

    private static func indent(_ depth: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    static func writeString(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most strings need no escape: append them whole.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out.append(contentsOf: value.utf8)
        } else {
            for byte in value.utf8 {
                switch byte {
                case UInt8(ascii: "\""): append("\\\"", to: &out)
                case UInt8(ascii: "\\"): append("\\\\", to: &out)
                case UInt8(ascii: "\n"): append("\\n", to: &out)
                case UInt8(ascii: "\r"): append("\\r", to: &out)
                case UInt8(ascii: "\t"): append("\\t", to: &out)
                case 0x08: append("\\b", to: &out)
                case 0x0C: append("\\f", to: &out)
                case _ where byte < 0x20:
                    let hex = String(byte, radix: 16)
                    append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, to: &out)
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
