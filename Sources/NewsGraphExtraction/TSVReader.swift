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
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { String($0).trimmingCharacters(in: .whitespaces) }
            rows.append(Row(line: number + 1, fields: fields))
        }
        return rows
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
