import Foundation

/// Reads the tab-separated data files of the lexicons and patterns: `#` starts a comment line,
/// blank lines are skipped, `|` separates list items, `-` or an empty field means none.
enum TSVReader {
    struct Row {
        let line: Int
        let fields: [String]

        subscript(_ index: Int) -> String {
            index < fields.count ? fields[index] : ""
        }

        func list(_ index: Int) -> [String] {
            let field = self[index]
            if field.isEmpty || field == "-" { return [] }
            return field.split(separator: "|").map { String($0).trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }
    }

    static func rows(of text: String) -> [Row] {
        var rows: [Row] = []
        for (number, line) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard let first = line.first(where: { $0 != UInt8(ascii: " ") }), first != UInt8(ascii: "#") else { continue }
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map(field)
            if fields.allSatisfy(\.isEmpty) { continue }
            rows.append(Row(line: number + 1, fields: fields))
        }
        return rows
    }

    /// A field as text, without the spaces (or a Windows line end) around it.
    private static func field(_ bytes: Substring.UTF8View.SubSequence) -> String {
        func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\r") }
        let start = bytes.firstIndex { !isSpace($0) } ?? bytes.endIndex
        let end = bytes.lastIndex { !isSpace($0) }.map { bytes.index(after: $0) } ?? start
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// `key=value;key=value` attribute fields.
    static func attributes(_ field: String) -> [String: String] {
        var out: [String: String] = [:]
        for pair in field.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 {
                out[parts[0].trimmingCharacters(in: .whitespaces)] = parts[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return out
    }
}
