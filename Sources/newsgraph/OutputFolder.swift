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

    /// Writes `bytes` to `name` atomically, without copying them: a corpus's export runs to
    /// hundreds of megabytes.
    func write(_ bytes: [UInt8], to name: String) throws {
        try bytes.withUnsafeBytes { buffer in
            guard let start = buffer.baseAddress else { return try Self.writeAtomically(Data(), to: url(name)) }
            let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: start), count: buffer.count, deallocator: .none)
            try Self.writeAtomically(data, to: url(name))
        }
    }

    static func writeAtomically(_ data: Data, to target: URL) throws {
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError("cannot write \(target.path): \(reason(error))")
        }
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
