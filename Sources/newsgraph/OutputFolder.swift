import Foundation
import NewsGraphCore

/// Writes output files so that a reader never sees half a file, and never outside the folder:
/// each is written to a temporary file in the same folder, then renamed over the target.
///
/// File names come from data (document ids) and options (`--name`). Each must be one safe path
/// component (``FileName``), and the file it names must lie directly in the folder: a record's
/// id of `../PWNED` wrote beside the folder (issue 15). The temporary file is created new and
/// never through a symbolic link, so a link planted under its name cannot redirect the write.
struct OutputFolder {
    let path: String

    /// Creates the folder if needed and checks it can be written to.
    init(_ path: String) throws {
        self.path = path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw OutputError("cannot write to \(path): it is a file, not a folder") }
        } else {
            try Self.createFolder(path)
        }
        guard FileManager.default.isWritableFile(atPath: path) else {
            throw OutputError("cannot write to output folder \(path): permission denied")
        }
    }

    /// `mkdir -p`, one folder at a time, so a failure names the part of the path at fault
    /// ("out/x is a file") where Foundation said "NSCocoaErrorDomain error 512".
    private static func createFolder(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += prefix.isEmpty || prefix.hasSuffix("/") ? String(part) : "/" + part
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: prefix, isDirectory: &isFolder) {
                guard isFolder.boolValue else {
                    throw OutputError("cannot create output folder \(path): \(prefix) is a file, not a folder")
                }
                continue
            }
            if mkdir(prefix, 0o777) != 0 && errno != EEXIST {
                throw OutputError("cannot create output folder \(path): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// The file `name` in this folder.
    ///
    /// - Throws: `OutputError` when `name` is not one safe path component, or would not lie
    ///   directly in the folder.
    func url(_ name: String) throws -> URL {
        // The whole name, with the extensions this tool adds; the temporary file adds ~20 bytes.
        if let problem = FileName.problem(name, longest: FileName.longest + 30) {
            throw OutputError("cannot write '\(name)' in \(path): the file name is unsafe (\(problem))")
        }
        let folder = URL(fileURLWithPath: path).standardizedFileURL
        let target = folder.appendingPathComponent(name).standardizedFileURL
        guard target.deletingLastPathComponent().path == folder.path, target.lastPathComponent == name else {
            throw OutputError("cannot write '\(name)' in \(path): it would lie outside the folder")
        }
        return target
    }

    /// Writes `text` to `name` atomically.
    func write(_ text: String, to name: String) throws {
        try Self.writeAtomically(Data(text.utf8), to: try url(name))
    }

    /// Writes to `name` atomically what `body` hands its `write` function, piece by piece,
    /// so a file of hundreds of megabytes need never be in memory as one String or buffer.
    /// Errors from `body` pass through as they are; nothing is left behind.
    func write(to name: String, _ body: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        let target = try url(name)
        try Self.writeAtomically(to: target, body)
    }

    /// Writes a report to the file at `path`, its folder made if need be, or to standard output
    /// when no path is given.
    static func writeReport(_ data: Data, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        try writeFile(data, to: path)
    }

    /// Writes the file at `path` through a temporary file, its folder made if need be.
    static func writeFile(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        _ = try OutputFolder(url.deletingLastPathComponent().path)
        try writeAtomically(data, to: url)
    }

    static func writeAtomically(_ data: Data, to target: URL) throws {
        try writeAtomically(to: target) { write in try data.withUnsafeBytes { try write($0) } }
    }

    /// Writes `target` through a new temporary file beside it, then renames it into place.
    static func writeAtomically(
        to target: URL, _ body: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void
    ) throws {
        let temporary = temporaryURL(for: target)
        // O_EXCL | O_NOFOLLOW: a new file, never an existing one or the target of a link.
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0, let file = fdopen(descriptor, "w") else {
            let reason = String(cString: strerror(errno))
            if descriptor >= 0 { close(descriptor) }
            throw OutputError("cannot write \(target.path): \(reason)")
        }
        var isOpen = true
        defer { if isOpen { fclose(file) } }
        do {
            try body { piece in
                guard piece.isEmpty || fwrite(piece.baseAddress, 1, piece.count, file) == piece.count else {
                    throw OutputError("cannot write \(target.path): \(String(cString: strerror(errno)))")
                }
            }
            isOpen = false
            guard fclose(file) == 0 else { throw OutputError("cannot write \(target.path): \(String(cString: strerror(errno)))") }
        } catch {
            unlink(temporary.path)
            throw error
        }
        try moveIntoPlace(temporary, target)
    }

    /// A hidden file beside `target`, named for this process, so renaming it is atomic.
    private static func temporaryURL(for target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(
            ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    }

    /// Moves the finished `temporary` over `target`, or removes it.
    private static func moveIntoPlace(_ temporary: URL, _ target: URL) throws {
        if rename(temporary.path, target.path) != 0 {
            let message = String(cString: strerror(errno))
            unlink(temporary.path)
            throw OutputError("cannot write \(target.path): \(message)")
        }
    }
}

struct OutputError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
