import Foundation
import NewsGraphCore
import NewsGraphExport

/// Reads a graph saved as JSON (perhaps edited by hand), checked whole before any file is
/// written from it.
enum GraphFile {
    /// - Throws: `GraphFileError` with one line per problem, each naming the file and the JSON
    ///   path of the value at fault.
    static func read(_ path: String) throws -> EntityGraph {
        if let problem = InputFile.problem(path) { throw GraphFileError(path: path, problems: [problem]) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GraphFileError(path: path, problems: ["permission denied or I/O error"])
        }
        do {
            // Stories are derived from the nodes and edges: grouped afresh, so a hand-edited
            // graph never carries stale ones.
            return try JSONGraphDecoder.decode(data).groupingStories()
        } catch {
            throw GraphFileError(path: path, problems: error.problems.map(\.description))
        }
    }
}

/// What is wrong with a graph file: each problem is a line of its own.
struct GraphFileError: Error, CustomStringConvertible {
    var path: String
    var problems: [String]

    /// How many problems are printed before "and N more".
    static let listed = 20

    var lines: [String] {
        let shown = problems.prefix(Self.listed).map { "cannot read graph \(path): \($0)" }
        let more = problems.count - shown.count
        return shown + (more > 0 ? ["cannot read graph \(path): and \(more) more problems"] : [])
    }

    var description: String { lines.joined(separator: "\n") }
}

/// Whether a path the user gave as input names a readable file.
enum InputFile {
    /// Why `path` cannot be read as a file, or nil.
    static func problem(_ path: String) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return "no such file" }
        if isFolder.boolValue { return "it is a folder, not a file" }
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        return nil
    }
}
