import Foundation
import NewsGraphCore

/// Files of summaries (``CorpusSummary``'s lines): what `newsgraph keys` writes, and `keys
/// --combine` and `resolve-keys` read.
public enum SummaryFiles {
    /// The summaries of `files` combined into one, read a batch of lines at a time, each line
    /// folded in as it is read.
    ///
    /// - Returns: the summary, and a failure (``ExtractionError/badRecords(place:reason:)``) for
    ///   the first bad line of each file (one without the header first, a line that is not a
    ///   summary's) and for each article two files hold, naming both places.
    public static func combine(_ files: [(name: String, handle: FileHandle)]) -> (
        summary: CorpusSummary, failures: [ExtractionError]
    ) {
        var summary = CorpusSummary()
        var failures: [ExtractionError] = []
        var origins: [String: String] = [:]
        for file in files {
            var reader = LineReader(file.handle)
            var isFirst = true
            fileLoop: while case let lines = reader.next(RecordFiles.batchSize), !lines.isEmpty {
                for line in lines {
                    let origin = "\(file.name):\(line.number)"
                    if isFirst {
                        isFirst = false
                        guard CorpusSummary.isHeader(line.line) else {
                            failures.append(
                                .badRecords(place: origin, reason: "not a \(CorpusSummary.format) summary (no header line)"))
                            break fileLoop
                        }
                        continue
                    }
                    do {
                        if let id = try summary.addLine(line.line) { origins[id] = origin }
                    } catch CorpusSummaryError.duplicateDocument(let id) {
                        failures.append(
                            .badRecords(
                                place: origin, reason: "the article '\(id)' is also at \(origins[id] ?? "an earlier line")"))
                        continue
                    } catch {
                        failures.append(.badRecords(place: origin, reason: "\(error)"))
                        break fileLoop
                    }
                }
            }
            if isFirst { failures.append(.badRecords(place: file.name, reason: "empty, not a \(CorpusSummary.format) summary")) }
        }
        return (summary, failures)
    }
}
