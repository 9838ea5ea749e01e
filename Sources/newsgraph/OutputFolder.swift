import Foundation

/// Writes output files so that a reader never sees half a file: each is written to a
/// temporary file in the same folder, then renamed over the target.
struct OutputFolder {
    let path: String

    /// Creates the folder if needed and checks it can be written to.
    init(_ path: String) throws {
        self.path = path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw OutputError("cannot write to \(path): it is a file, not a folder") }
        } else {
            do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
                throw OutputError("cannot create output folder \(path): \(Self.reason(error))")
            }
        }
        guard FileManager.default.isWritableFile(atPath: path) else {
            throw OutputError("cannot write to output folder \(path): permission denied")
        }
    }

    func url(_ name: String) -> URL { URL(fileURLWithPath: path).appendingPathComponent(name) }

    /// Writes `text` to `name` atomically.
    func write(_ text: String, to name: String) throws {
        try Self.writeAtomically(Data(text.utf8), to: url(name))
    }

    /// Writes to `name` atomically what `body` hands its `write` function, piece by piece,
    /// so a file of hundreds of megabytes need never be in memory as one String or buffer.
    /// Errors from `body` pass through as they are; nothing is left behind.
    func write(to name: String, _ body: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        let target = url(name)
        let temporary = Self.temporaryURL(for: target)
        guard let file = fopen(temporary.path, "w") else {
            throw OutputError("cannot write \(target.path): \(String(cString: strerror(errno)))")
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
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        try Self.moveIntoPlace(temporary, target)
    }

    static func writeAtomically(_ data: Data, to target: URL) throws {
        let temporary = temporaryURL(for: target)
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError("cannot write \(target.path): \(reason(error))")
        }
        try moveIntoPlace(temporary, target)
    }

    /// A hidden file beside `target`, named for this process, so renaming it is atomic.
    private static func temporaryURL(for target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    }

    /// Moves the finished `temporary` over `target`, or removes it.
    private static func moveIntoPlace(_ temporary: URL, _ target: URL) throws {
        if rename(temporary.path, target.path) != 0 {
            let message = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError("cannot write \(target.path): \(message)")
        }
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSCocoaErrorDomain && (nsError.code == NSFileWriteNoPermissionError || nsError.code == 513) {
            return "permission denied"
        }
        return nsError.localizedDescription
    }
}

struct OutputError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
