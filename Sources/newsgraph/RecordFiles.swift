import Foundation
import NewsGraphExtraction

/// Reads the records of JSON Lines files, checking every line and that no article comes twice.
enum RecordFiles {
    /// The records in document-id order, and one message per file with a problem (its first).
    static func read(_ paths: [String], jobs: Int?) -> (records: [DocumentExtraction], failures: [String]) {
        var lines: [(file: String, number: Int, data: Data)] = []
        var failures: [String] = []
        for path in paths {
            let data: Data
            if path == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                    failures.append("cannot read records \(path): no such file")
                    continue
                }
                guard !isFolder.boolValue else {
                    failures.append("cannot read records \(path): it is a folder, not a file")
                    continue
                }
                guard let contents = FileManager.default.contents(atPath: path) else {
                    failures.append("cannot read records \(path): permission denied or I/O error")
                    continue
                }
                data = contents
            }
            lines += ExtractionRecord.lines(in: data).map { (path == "-" ? "stdin" : path, $0.number, $0.line) }
        }
        let decoded = Parallel.map(lines, jobs: jobs) { line in
            Result { () throws(RecordError) in try ExtractionRecord.decode(line.data) }
        }
        var records: [DocumentExtraction] = []
        var origins: [String: String] = [:]
        var failedFiles = Set<String>()
        for (line, result) in zip(lines, decoded) {
            let origin = "\(line.file):\(line.number)"
            switch result {
            case .success(let record):
                if let first = origins[record.document.id] {
                    failures.append("cannot read records \(origin): the article '\(record.document.id)' is also at \(first)")
                } else {
                    origins[record.document.id] = origin
                    records.append(record)
                }
            case .failure(let error):
                // One message per file: its first bad line.
                if failedFiles.insert(line.file).inserted { failures.append("cannot read records \(origin): \(error)") }
            }
        }
        return (records.sorted { $0.document.id < $1.document.id }, failures)
    }
}
