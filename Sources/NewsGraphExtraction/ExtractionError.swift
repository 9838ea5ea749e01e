/// Why an article, a record or the data extraction reads could not be used. Each message names
/// the file (and line, where there is one) and the reason in one line.
public enum ExtractionError: Error, CustomStringConvertible, Equatable {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String, offset: Int)
    case notUTF8(path: String, byte: UInt8, offset: Int)
    case noArticles(folder: String)
    /// A file of records, or one line of it (`records.jsonl:3`), that cannot be read.
    case badRecords(place: String, reason: String)
    case badLexicon(path: String, line: Int, reason: String)
    case badPattern(path: String, line: Int, reason: String)
    case badModel(path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path): "cannot read article \(path): no such file or folder"
        case .unreadable(let path, let reason): "cannot read article \(path): \(reason)"
        case .empty(let path): "cannot read article \(path): the file is empty"
        case .binary(let path, let offset): "cannot read article \(path): binary data (NUL byte at offset \(offset))"
        case .notUTF8(let path, let byte, let offset):
            "cannot read article \(path): not UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(offset))"
        case .noArticles(let folder): "no articles in \(folder): expected .txt files"
        case .badRecords(let place, let reason): "cannot read records \(place): \(reason)"
        case .badLexicon(let path, let line, let reason): "cannot use lexicon \(path):\(line): \(reason)"
        case .badPattern(let path, let line, let reason): "cannot use pattern file \(path):\(line): \(reason)"
        case .badModel(let path, let reason): "cannot use model \(path): \(reason)"
        }
    }
}
