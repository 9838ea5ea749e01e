import Foundation

/// The JSON form of a report (`diff`, `compare`): keys sorted and pretty-printed, ending with a
/// newline, so the same inputs give the same bytes.
enum ReportJSON {
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
