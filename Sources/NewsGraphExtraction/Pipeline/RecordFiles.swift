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
        var failures: [ExtractionError] = []
        var origins: [String: String] = [:]
        for file in files {
            var reader = LineReader(file.handle)
            var failed = false
            while case let lines = reader.next(batchSize), !lines.isEmpty {
                let decoded = Parallel.map(lines, jobs: jobs) { line in
                    Result { () throws(RecordError) in try ExtractionRecord.decode(line.line) }
                }
                for (line, result) in zip(lines, decoded) {
                    let origin = "\(file.name):\(line.number)"
                    switch result {
                    case .success(let record):
                        if let first = origins[record.document.id] {
                            failures.append(.badRecords(place: origin, reason: "the article '\(record.document.id)' is also at \(first)"))
                        } else {
                            origins[record.document.id] = origin
                            try! summary.add(record)
                            each(record)
                        }
                    case .failure(let error):
                        // One message per file: its first bad line.
                        if !failed { failures.append(.badRecords(place: origin, reason: error.description)) }
                        failed = true
                    }
                }
            }
        }
        return (summary, failures)
    }
}
