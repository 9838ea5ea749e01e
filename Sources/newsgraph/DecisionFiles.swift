import ArgumentParser
import Foundation
import NewsGraphCore

/// `--decisions FILE`, shared by `build`, `merge` and `render`.
struct DecisionOptions: ParsableArguments {
    @Option(
        name: .customLong("decisions"),
        help: """
            A decisions file: same, different, type, label, drop and edge-drop lines (see README); repeatable. \
            For build, given files replace the decisions.tsv found beside the articles.
            """)
    var files: [String] = []
}

/// Reads decisions files, and finds the one `build` picks up beside its articles.
enum DecisionFiles {
    /// The name of the file `build` reads from an input folder (or an input file's folder).
    static let besideName = "decisions.tsv"

    /// The decisions of `paths`, in order; none for no paths.
    ///
    /// - Throws: ``DecisionError`` for a file that cannot be read (missing, a folder, not
    ///   UTF-8) or a line that cannot be used.
    static func read(_ paths: [String]) throws(DecisionError) -> Decisions {
        guard !paths.isEmpty else { return Decisions() }
        var files: [(path: String, text: String)] = []
        for path in paths {
            if let problem = InputFile.problem(path) { throw .file(path: path, reason: problem) }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .file(path: path, reason: "permission denied or I/O error")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                let offset = Self.firstInvalidUTF8(data)
                throw .file(
                    path: path,
                    reason: "not UTF-8 (byte 0x\(String(data[offset], radix: 16, uppercase: true)) at offset \(offset))")
            }
            files.append((path, text))
        }
        return try Decisions(files: files)
    }

    /// The `decisions.tsv` files beside `inputs`: in each input folder, and in the folder of
    /// each input file; each once, in the order of the inputs.
    static func beside(_ inputs: [String]) -> [String] {
        var found: [String] = []
        var seen = Set<String>()
        for input in inputs where input != "-" {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else { continue }
            let folder = isFolder.boolValue ? input : (input as NSString).deletingLastPathComponent
            let path = folder.isEmpty ? besideName : (folder.hasSuffix("/") ? folder + besideName : folder + "/" + besideName)
            let key = URL(fileURLWithPath: path).standardizedFileURL.path
            var pathIsFolder: ObjCBool = false
            guard !seen.contains(key), FileManager.default.fileExists(atPath: path, isDirectory: &pathIsFolder),
                !pathIsFolder.boolValue
            else { continue }
            seen.insert(key)
            found.append(path)
        }
        return found
    }

    /// The offset of the first byte that does not start or continue a UTF-8 character.
    private static func firstInvalidUTF8(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.count else { return index }
            for next in (index + 1)..<(index + length) where bytes[next] >> 6 != 0b10 { return next }
            if String(bytes: bytes[index..<(index + length)], encoding: .utf8) == nil { return index }
            index += length
        }
        return max(0, bytes.count - 1)
    }
}

extension DecisionOptions {
    /// The decisions for `build`: the files given, or else those beside the inputs (each
    /// announced on standard error, since a file nobody named changes the output).
    ///
    /// - Throws: ``DecisionError`` for a file that cannot be read or a line that cannot be used.
    func forBuild(inputs: [String]) throws(DecisionError) -> Decisions {
        var paths = files
        if paths.isEmpty {
            paths = DecisionFiles.beside(inputs)
            for path in paths { Report.note("applying the decisions in \(path) (--decisions FILE to use another)") }
        }
        return try DecisionFiles.read(paths)
    }

    /// The decisions given with `--decisions`.
    func given() throws(DecisionError) -> Decisions { try DecisionFiles.read(files) }
}
