import Foundation
import NewsGraphExtraction

/// Reads the record files a user names, or `-` for standard input, for `merge`.
enum RecordInputs {
    /// The records in document-id order (``RecordFiles/read(_:jobs:)``), and one message per file
    /// that cannot be read or has a bad line (its first), and per article met twice.
    static func read(_ paths: [String], jobs: Int?) -> (records: [DocumentExtraction], failures: [ExtractionError]) {
        var files: [(name: String, data: Data)] = []
        var failures: [ExtractionError] = []
        for path in paths {
            if path == "-" {
                files.append(("stdin", FileHandle.standardInput.readDataToEndOfFile()))
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
            guard let contents = FileManager.default.contents(atPath: path) else {
                failures.append(.badRecords(place: path, reason: "permission denied or I/O error"))
                continue
            }
            files.append((path, contents))
        }
        let read = RecordFiles.read(files, jobs: jobs)
        return (read.records, failures + read.failures)
    }
}
