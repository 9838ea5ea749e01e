import Foundation
import NewsGraphCore

/// One line of `newsgraph extract`'s output: what extraction found in one document (its
/// `DocumentExtraction`: the document, its entities with their mentions, its relations with
/// their evidence, its diagnostics), as one line of JSON; and the reading of such lines, which
/// `merge` does and the fuzzer of `make fuzz` drives.
///
/// The bytes are canonical, so the same article gives the same line on every run: object keys
/// in code-point order, no spaces, only `"`, `\` and control characters escaped, LF at the end;
/// exactly Python's `json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",",
/// ":"))`, which a test checks. Foundation's encoder writes that form with `.sortedKeys` and
/// `.withoutEscapingSlashes`, three times faster than a JSON tree written by hand. A `format` key
/// names the record's version, so `merge` can tell a record from any other JSON. Version 2
/// stores each entity key by its parts (`EntityKey.Identity`), which reading takes as they are.
public enum ExtractionRecord {
    public static let format = "newsgraph.extraction/2"

    /// The record as one line of canonical JSON, with its trailing newline.
    public static func line(_ extraction: DocumentExtraction) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Envelope(extraction: extraction)), as: UTF8.self) + "\n"
    }

    /// Reads one line back, checking what a hand edit could break: every mention and evidence
    /// span lies in the document (`0 <= start <= end`) and its text has `end - start` code points.
    ///
    /// - Throws: `RecordError` saying what is wrong with the line, without its place (the
    ///   caller knows the file and line number).
    public static func decode(_ line: Data) throws(RecordError) -> DocumentExtraction {
        let extraction: DocumentExtraction
        do {
            extraction = try JSONDecoder().decode(Envelope.self, from: line).extraction
        } catch let error as RecordError {
            throw error
        } catch let DecodingError.keyNotFound(key, context) {
            throw RecordError("not a newsgraph extraction record (no '\(JSONPath.string(context.codingPath + [key]))')")
        } catch let DecodingError.typeMismatch(_, context) {
            throw RecordError("not a newsgraph extraction record (wrong value at '\(JSONPath.string(context.codingPath))')")
        } catch let DecodingError.valueNotFound(_, context) {
            throw RecordError("not a newsgraph extraction record (null at '\(JSONPath.string(context.codingPath))')")
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            throw RecordError("not a newsgraph extraction record (bad value at '\(JSONPath.string(context.codingPath))')")
        } catch {
            throw RecordError("not JSON")
        }
        if let problem = problem(extraction) { throw RecordError("not a newsgraph extraction record (\(problem))") }
        return extraction
    }

    /// The first mention or evidence whose span cannot be a slice of the record's document, as
    /// "path: why": a span of another document, or one that breaks ``Span``'s rule; or the first
    /// attribute name that cannot name a GraphML attribute (an XML name token), which would leave
    /// `merge` writing some formats of a graph and failing on GraphML.
    static func problem(_ extraction: DocumentExtraction) -> String? {
        let id = extraction.document.id
        for (entity, item) in extraction.entities.enumerated() {
            if let name = item.attributes.keys.sorted().first(where: { !XMLName.isNameToken($0) }) {
                return "\(JSONPath.join("entities", entity, "attributes")): the name '\(name)' is not an XML name token"
            }
        }
        for (index, relation) in extraction.relations.enumerated() {
            if let name = relation.attributes.keys.sorted().first(where: { !XMLName.isNameToken($0) }) {
                return "\(JSONPath.join("relations", index, "attributes")): the name '\(name)' is not an XML name token"
            }
        }
        for (entity, item) in extraction.entities.enumerated() {
            for (index, mention) in item.mentions.enumerated() {
                let path = "\(JSONPath.join("entities", entity, "mentions"))[\(index)]"
                if mention.document != id { return "\(path).document: '\(mention.document)' is not the record's document" }
                if let problem = Span.problem(start: mention.start, end: mention.end, text: mention.text) {
                    return "\(path): \(problem)"
                }
            }
        }
        for (index, relation) in extraction.relations.enumerated() {
            let evidence = relation.evidence
            let path = JSONPath.join("relations", index, "evidence")
            if evidence.document != id { return "\(path).document: '\(evidence.document)' is not the record's document" }
            if let problem = Span.problem(start: evidence.start, end: evidence.end, text: evidence.sentence) {
                return "\(path): \(problem)"
            }
        }
        return nil
    }

    /// The non-blank lines of a file, numbered from 1, without their line ends.
    public static func lines(in data: Data) -> [(number: Int, line: Data)] {
        // Line ends found with memchr; the lines are slices that share the file's bytes, so a
        // corpus's records are held in memory once.
        var ends: [Int] = []
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
                ends.append(base.distance(to: UnsafeRawPointer(found)))
                offset = ends.last! + 1
            }
        }
        if ends.last.map({ $0 + 1 }) ?? 0 < data.count { ends.append(data.count) }
        var lines: [(Int, Data)] = []
        var start = 0
        for (index, end) in ends.enumerated() {
            var line = data[(data.startIndex + start)..<(data.startIndex + end)]
            if line.last == 0x0D { line = line.dropLast() }
            if line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { lines.append((index + 1, line)) }
            start = end + 1
        }
        return lines
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
public struct RecordError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
