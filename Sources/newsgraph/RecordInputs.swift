import Foundation
import NewsGraphExtraction

/// Opens the record or summary files a user names, or `-` for standard input, for `merge`,
/// `keys` and `resolve-keys`.
enum RecordInputs {
    /// A handle on each file that can be read, and one message per path that cannot.
    static func open(_ paths: [String]) -> (files: [(name: String, handle: FileHandle)], failures: [ExtractionError]) {
        var files: [(name: String, handle: FileHandle)] = []
        var failures: [ExtractionError] = []
        for path in paths {
            if path == "-" {
                files.append(("stdin", FileHandle.standardInput))
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                failures.append(.badRecords(place: path, reason: "no such file"))
                continue
            }
            guard !isFolder.boolValue else {
                failures.append(.badRecords(place: path, reason: "it is a folder, not a file"))
                continue
            }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                failures.append(.badRecords(place: path, reason: "permission denied or I/O error"))
                continue
            }
            files.append((path, handle))
        }
        return (files, failures)
    }

    /// The summary of the records in `paths` (``RecordFiles/summarize(_:jobs:each:)``), the
    /// records themselves when `keepingRecords` (in document-id order), and one message per
    /// file that cannot be read or has a bad line (its first), and per article met twice.
    static func summarize(_ paths: [String], jobs: Int?, keepingRecords: Bool = false) -> (
        summary: CorpusSummary, records: [DocumentExtraction], failures: [ExtractionError]
    ) {
        let (files, unreadable) = open(paths)
        defer { for file in files where file.name != "stdin" { try? file.handle.close() } }
        var records: [DocumentExtraction] = []
        let read = RecordFiles.summarize(files, jobs: jobs) { record in if keepingRecords { records.append(record) } }
        return (read.summary, records.sorted { $0.document.id < $1.document.id }, unreadable + read.failures)
    }

    /// The summaries in `paths` combined into one (``SummaryFiles/combine(_:)``), and one
    /// message per file that cannot be read or has a bad line, and per article two files hold.
    static func combine(_ paths: [String]) -> (summary: CorpusSummary, failures: [ExtractionError]) {
        let (files, unreadable) = open(paths)
        defer { for file in files where file.name != "stdin" { try? file.handle.close() } }
        let read = SummaryFiles.combine(files)
        return (read.summary, unreadable + read.failures)
    }
}
