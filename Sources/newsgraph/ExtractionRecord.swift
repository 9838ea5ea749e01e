import Foundation
import NewsGraphExtraction

/// One line of `newsgraph extract`'s output: what extraction found in one document (its
/// `DocumentExtraction`: the document, its entities with their mentions, its relations with
/// their evidence, its diagnostics), as one line of JSON.
///
/// The bytes are canonical, so the same article gives the same line on every run: object keys
/// in code-point order, no spaces, only `"`, `\` and control characters escaped, LF at the end;
/// exactly Python's `json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",",
/// ":"))`, which a test checks. Foundation's encoder writes that form with `.sortedKeys` and
/// `.withoutEscapingSlashes`, three times faster than a JSON tree written by hand. A `format` key
/// names the record's version, so `merge` can tell a record from any other JSON.
enum ExtractionRecord {
    static let format = "newsgraph.extraction/1"

    /// The record as one line of canonical JSON, with its trailing newline.
    static func line(_ extraction: DocumentExtraction) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Envelope(extraction: extraction)), as: UTF8.self) + "\n"
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
            throw RecordError("not a newsgraph extraction record (no '\(path(context.codingPath + [key]))')")
        } catch let DecodingError.typeMismatch(_, context) {
            throw RecordError("not a newsgraph extraction record (wrong value at '\(path(context.codingPath))')")
        } catch let DecodingError.valueNotFound(_, context) {
            throw RecordError("not a newsgraph extraction record (null at '\(path(context.codingPath))')")
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            throw RecordError("not a newsgraph extraction record (bad value at '\(path(context.codingPath))')")
        } catch {
            throw RecordError("not JSON")
        }
    }

    /// Where in a record a value is: its coding path joined with dots.
    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.map(\.stringValue).joined(separator: ".")
    }

    /// The extraction's own fields and `format` beside them. Decoding checks `format` first, so
    /// a record of another version is named as such rather than as a missing field.
    private struct Envelope: Codable {
        var extraction: DocumentExtraction

        private enum Key: String, CodingKey { case format }

        init(extraction: DocumentExtraction) { self.extraction = extraction }

        func encode(to encoder: Encoder) throws {
            try extraction.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(ExtractionRecord.format, forKey: .format)
        }

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
