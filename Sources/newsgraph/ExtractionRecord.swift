import Foundation
import NewsGraphExtraction

/// One line of `newsgraph extract`'s output: what extraction found in one document (its
/// `DocumentExtraction`: the document, its entities with their mentions, its relations with
/// their evidence, its diagnostics), as one line of JSON.
///
/// The bytes are canonical, so the same article gives the same line on every machine: object
/// keys in code-point order, no spaces, only `"`, `\` and control characters escaped, LF at the
/// end; exactly Python's `json.dumps(value, sort_keys=True, ensure_ascii=False,
/// separators=(",", ":"))`. A `format` key names the record's version, so `merge` can tell a
/// record from any other JSON.
enum ExtractionRecord {
    static let format = "newsgraph.extraction/1"

    /// The record as one line of canonical JSON, with its trailing newline.
    static func line(_ extraction: DocumentExtraction) throws -> String {
        let data = try JSONEncoder().encode(extraction)
        guard case .object(var members) = try JSONDecoder().decode(JSONValue.self, from: data) else {
            throw RecordError("an extraction did not encode as a JSON object")
        }
        members["format"] = .string(format)
        var out = ""
        JSONValue.object(members).write(to: &out)
        out.append("\n")
        return out
    }

    /// Reads one line back.
    ///
    /// - Throws: `RecordError` saying what is wrong with the line, without its place (the
    ///   caller knows the file and line number).
    static func decode(_ line: Data) throws(RecordError) -> DocumentExtraction {
        do {
            return try JSONDecoder().decode(Envelope.self, from: line).extraction
        } catch let error as RecordError {
            throw error
        } catch let DecodingError.keyNotFound(key, context) {
            let path = (context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
            throw RecordError("not a newsgraph extraction record (no '\(path)')")
        } catch let DecodingError.typeMismatch(_, context) {
            throw RecordError(
                "not a newsgraph extraction record (wrong value at '\(context.codingPath.map(\.stringValue).joined(separator: "."))')"
            )
        } catch let DecodingError.valueNotFound(_, context) {
            throw RecordError(
                "not a newsgraph extraction record (null at '\(context.codingPath.map(\.stringValue).joined(separator: "."))')")
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            throw RecordError(
                "not a newsgraph extraction record (bad value at '\(context.codingPath.map(\.stringValue).joined(separator: "."))')"
            )
        } catch {
            throw RecordError("not JSON")
        }
    }

    /// The record with its `format` checked first, so a record of another version is named as
    /// such rather than as a missing field.
    private struct Envelope: Decodable {
        var extraction: DocumentExtraction

        private enum Key: String, CodingKey { case format }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            guard let format = try? container.decode(String.self, forKey: .format) else {
                throw RecordError("not a newsgraph extraction record (no 'format')")
            }
            guard format == ExtractionRecord.format else {
                throw RecordError("record format '\(format)' is not supported (this newsgraph reads \(ExtractionRecord.format))")
            }
            extraction = try DocumentExtraction(from: decoder)
        }
    }
}

/// What is wrong with a line that should be a record.
struct RecordError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A JSON document as a tree, written in one canonical compact form.
private enum JSONValue: Decodable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

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
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    func write(to out: inout String) {
        switch self {
        case .null: out.append("null")
        case .bool(let value): out.append(value ? "true" : "false")
        case .int(let value): out.append(String(value))
        case .double(let value): out.append(value.isFinite ? "\(value)" : "null")
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let items):
            out.append("[")
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(",") }
                item.write(to: &out)
            }
            out.append("]")
        case .object(let members):
            out.append("{")
            // Code-point order (the same as UTF-8 byte order), as Python sorts.
            for (index, key) in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
                if index > 0 { out.append(",") }
                Self.writeString(key, to: &out)
                out.append(":")
                members[key]!.write(to: &out)
            }
            out.append("}")
        }
    }

    private static func writeString(_ value: String, to out: inout String) {
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
