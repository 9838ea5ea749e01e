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
    var text: String {
        var out = ""
        write(to: &out, depth: 0)
        out.append("\n")
        return out
    }

    private func write(to out: inout String, depth: Int) {
        switch self {
        case .null: out.append("null")
        case .bool(let value): out.append(value ? "true" : "false")
        case .int(let value): out.append(String(value))
        case .double(let value): out.append(value.isFinite ? "\(value)" : "null")
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let items):
            guard !items.isEmpty else { return out.append("[]") }
            out.append("[")
            for (index, item) in items.enumerated() {
                out.append(index == 0 ? "\n" : ",\n")
                Self.indent(depth + 1, into: &out)
                item.write(to: &out, depth: depth + 1)
            }
            out.append("\n")
            Self.indent(depth, into: &out)
            out.append("]")
        case .object(let members):
            guard !members.isEmpty else { return out.append("{}") }
            out.append("{")
            // Code-point order (UTF-8 byte order is the same), as Python sorts; Swift's `<`
            // on String compares canonical equivalents, which Python does not.
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                out.append(index == 0 ? "\n" : ",\n")
                Self.indent(depth + 1, into: &out)
                Self.writeString(key, to: &out)
                out.append(": ")
                members[key]!.write(to: &out, depth: depth + 1)
            }
            out.append("\n")
            Self.indent(depth, into: &out)
            out.append("}")
        }
    }

    private static let indents = (0..<16).map { String(repeating: "  ", count: $0) }

    private static func indent(_ depth: Int, into out: inout String) {
        out.append(depth < indents.count ? indents[depth] : String(repeating: "  ", count: depth))
    }

    private static func writeString(_ value: String, to out: inout String) {
        // Most strings need no escape: append them whole.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out.append("\"")
            out.append(value)
            out.append("\"")
            return
        }
        out.append("\"")
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{08}": out.append("\\b")
            case "\u{0C}": out.append("\\f")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out.append("\"")
    }
}
