import Foundation
import NewsGraphCore

/// Files of records, one JSON line per article (``ExtractionRecord``): what
/// ``NewsGraph/extractRecords(_:diagnostics:)`` and `newsgraph extract` write, and `merge` reads.
public enum RecordFiles {
    /// The records of `files`, in document-id order, checking every line (``ExtractionRecord/decode(_:)``)
    /// and that no article comes twice. Lines are decoded on up to `jobs` threads (nil: one per core).
    ///
    /// - Parameter files: each file's name, which messages cite with the line number, and its bytes.
    /// - Returns: the records, and a failure (``ExtractionError/badRecords(place:reason:)``) for
    ///   the first bad line of each file and for each article met again.
    public static func read(_ files: [(name: String, data: Data)], jobs: Int?) -> (
        records: [DocumentExtraction], failures: [ExtractionError]
    ) {
        let lines = files.flatMap { file in
            ExtractionRecord.lines(in: file.data).map { (file: file.name, number: $0.number, data: $0.line) }
        }
        let decoded = Parallel.map(lines, jobs: jobs) { line in
            Result { () throws(RecordError) in try ExtractionRecord.decode(line.data) }
        }
        var records: [DocumentExtraction] = []
        var failures: [ExtractionError] = []
        var origins: [String: String] = [:]
        var failedFiles = Set<String>()
        for (line, result) in zip(lines, decoded) {
            let origin = "\(line.file):\(line.number)"
            switch result {
            case .success(let record):
                if let first = origins[record.document.id] {
                    failures.append(.badRecords(place: origin, reason: "the article '\(record.document.id)' is also at \(first)"))
                } else {
                    origins[record.document.id] = origin
                    records.append(record)
                }
            case .failure(let error):
                // One message per file: its first bad line.
                if failedFiles.insert(line.file).inserted {
                    failures.append(.badRecords(place: origin, reason: error.description))
                }
            }
        }
        return (records.sorted { $0.document.id < $1.document.id }, failures)
    }
}
