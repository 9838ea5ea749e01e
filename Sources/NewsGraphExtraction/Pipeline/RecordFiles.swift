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
        var check = LineCheck()
        for (line, result) in zip(lines, decoded) {
            if let record = check.accept(result, file: line.file, line: line.number) { records.append(record) }
        }
        return (records.sorted { $0.document.id < $1.document.id }, check.failures)
    }

    /// Lines decoded at once: enough to keep every core busy, few enough that a batch's records
    /// weigh little beside the summary.
    static let batchSize = 64

    /// The summary of the records of `files` (``CorpusSummary``), read a batch of lines at a
    /// time, each record folded in and let go: memory follows the corpus's distinct keys and
    /// the graph's mentions and evidence, not the files. Lines are decoded on up to `jobs`
    /// threads (nil: one per core); the failures are those ``read(_:jobs:)`` reports.
    ///
    /// - Parameter each: called with each good record, in the files' order (`--per-document`
    ///   keeps them).
    public static func summarize(
        _ files: [(name: String, handle: FileHandle)], jobs: Int?, each: (DocumentExtraction) -> Void = { _ in }
    ) -> (summary: CorpusSummary, failures: [ExtractionError]) {
        var summary = CorpusSummary()
        var check = LineCheck()
        for file in files {
            var reader = LineReader(file.handle)
            while case let lines = reader.next(batchSize), !lines.isEmpty {
                let decoded = Parallel.map(lines, jobs: jobs) { line in
                    Result { () throws(RecordError) in try ExtractionRecord.decode(line.line) }
                }
                for (line, result) in zip(lines, decoded) {
                    guard let record = check.accept(result, file: file.name, line: line.number) else { continue }
                    try! summary.add(record)
                    each(record)
                }
            }
        }
        return (summary, check.failures)
    }

    /// What reading record lines checks, line after line: that each article comes once, and a
    /// file's first bad line (one message per file).
    private struct LineCheck {
        private(set) var failures: [ExtractionError] = []
        private var origins: [String: String] = [:]
        private var failedFiles = Set<String>()

        /// The line's record if it is good and its article new; nil otherwise, the failure noted.
        mutating func accept(_ result: Result<DocumentExtraction, RecordError>, file: String, line: Int) -> DocumentExtraction? {
            let origin = "\(file):\(line)"
            switch result {
            case .success(let record):
                if let first = origins[record.document.id] {
                    failures.append(.badRecords(place: origin, reason: "the article '\(record.document.id)' is also at \(first)"))
                    return nil
                }
                origins[record.document.id] = origin
                return record
            case .failure(let error):
                if failedFiles.insert(file).inserted { failures.append(.badRecords(place: origin, reason: error.description)) }
                return nil
            }
        }
    }
}
