import Foundation
import NewsGraphCore

/// A summary as a file of JSON lines (`newsgraph keys` writes them, `keys --combine` and
/// `resolve-keys` read them): a header naming the format, then one line per document, per key
/// and per relation, each group sorted, every line canonical JSON as records are
/// (``ExtractionRecord``). The same corpus gives the same bytes however it was summed.
///
/// ```
/// {"format":"newsgraph.keys/1"}
/// {"diagnostics":[],"document":{"id":"a1",...},"names":[{"named":{"name":"ana lima","type":"person"}}]}
/// {"attributes":{},"documents":["a1"],...,"key":{"named":{"name":"ana lima","type":"person"}},...}
/// {"count":1,"evidence":[...],...,"relation":{"source":...,"target":...,"type":"member_of"}}
/// ```
extension CorpusSummary {
    public static let format = "newsgraph.keys/1"

    /// Writes the summary's lines, each with its newline, to `write`, one line at a time.
    ///
    /// - Throws: what `write` throws, or an encoding error.
    public func writeLines(to write: (Data) throws -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func line(_ value: some Encodable) throws -> Data {
            var data = try encoder.encode(value)
            data.append(0x0A)
            return data
        }
        try write(line(Header(format: Self.format)))
        for id in documents.keys.sorted() { try write(line(DocumentLine(facts: documents[id]!))) }
        // Keys by their printed form, each line encoded only when written; two keys whose parts
        // differ may print alike, and their lines' bytes order them then.
        let printed = keys.keys.sorted()
        var start = 0
        while start < printed.count {
            var end = start + 1
            while end < printed.count && printed[end].description == printed[start].description { end += 1 }
            var lines = try printed[start..<end].map { key in try line(FactsLine(field: "key", subject: key, facts: keys[key]!)) }
            lines.sort { $0.lexicographicallyPrecedes($1) }
            for data in lines { try write(data) }
            start = end
        }
        for triple in relations.keys.sorted() { try write(line(FactsLine(field: "relation", subject: triple, facts: relations[triple]!))) }
    }

    /// Whether `line` is a summary's header line: the first line of every summary file.
    public static func isHeader(_ line: Data) -> Bool {
        (try? JSONDecoder().decode(Header.self, from: line))?.format == format
    }

    /// Adds one line of a summary file (not its header): a document, a key's facts or a
    /// relation's, combined with what the summary holds.
    ///
    /// - Returns: the id of the document the line adds, if it is a document's.
    /// - Throws: ``RecordError`` for a line that is not a summary's, or ``CorpusSummaryError``
    ///   for a document the summary holds already.
    @discardableResult
    public mutating func addLine(_ line: Data) throws -> String? {
        let decoded: SummaryLine
        do {
            decoded = try JSONDecoder().decode(SummaryLine.self, from: line)
        } catch {
            throw RecordError("not a line of a \(Self.format) summary")
        }
        switch decoded {
        case .document(let facts):
            try add(facts)
            return facts.document.id
        case .key(let key, let facts): add(key, facts)
        case .relation(let triple, let facts): add(triple, internedSentences(facts))
        }
        return nil
    }

    private struct Header: Codable {
        var format: String
    }

    private struct DocumentLine: Encodable {
        var facts: DocumentFacts

        private enum Field: String, CodingKey { case document, diagnostics, names }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Field.self)
            try container.encode(facts.document, forKey: .document)
            try container.encode(facts.diagnostics, forKey: .diagnostics)
            try container.encode(facts.names, forKey: .names)
        }
    }

    /// A key's or a relation's line: its facts, and under `field` what they are the facts of.
    private struct FactsLine<Subject: Encodable, Facts: Encodable>: Encodable {
        var field: String
        var subject: Subject
        var facts: Facts

        private struct Field: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: Encoder) throws {
            try facts.encode(to: encoder)
            var container = encoder.container(keyedBy: Field.self)
            try container.encode(subject, forKey: Field(stringValue: field))
        }
    }

    /// One line read back: which kind it is, by the field that names it.
    private enum SummaryLine: Decodable {
        case document(DocumentFacts)
        case key(EntityKey, KeyFacts)
        case relation(RelationTriple, RelationFacts)

        private enum Field: String, CodingKey { case document, diagnostics, names, key, relation }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Field.self)
            if container.contains(.document) {
                self = .document(
                    DocumentFacts(
                        document: try container.decode(Document.self, forKey: .document),
                        diagnostics: try container.decode([Diagnostic].self, forKey: .diagnostics),
                        names: try container.decode([EntityKey].self, forKey: .names)))
            } else if container.contains(.key) {
                self = .key(try container.decode(EntityKey.self, forKey: .key), try KeyFacts(from: decoder))
            } else {
                self = .relation(try container.decode(RelationTriple.self, forKey: .relation), try RelationFacts(from: decoder))
            }
        }
    }
}
