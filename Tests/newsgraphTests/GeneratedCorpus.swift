import Foundation

/// Articles written by the benchmark's corpus generator (`scripts/bench/make_corpus.py`): many
/// people, agencies, countries, meetings and policies shared across articles, under spelling
/// variants, so that corpus resolution has real work to do.
enum GeneratedCorpus {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A folder of `count` generated articles (the same bytes every time), under `.build/`; the
    /// generator leaves an up-to-date folder as it is.
    static func folder(_ count: Int) throws -> URL {
        try cache.folder(count)
    }

    private static let cache = Cache()

    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var folders: [Int: URL] = [:]

        func folder(_ count: Int) throws -> URL {
            lock.lock()
            defer { lock.unlock() }
            if let folder = folders[count] { return folder }
            let folder = repository.appendingPathComponent(".build/test-corpus/\(count)")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [
                "python3", repository.appendingPathComponent("scripts/bench/make_corpus.py").path, "\(count)", "--out",
                folder.path,
            ]
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw CorpusError(description: "scripts/bench/make_corpus.py \(count) failed (exit \(process.terminationStatus))")
            }
            folders[count] = folder
            return folder
        }
    }

    struct CorpusError: Error, CustomStringConvertible {
        var description: String
    }

    /// The `.txt` articles of `folder`, sorted.
    static func articles(in folder: URL) -> [URL] {
        CLI.files(in: folder).filter { $0.hasSuffix(".txt") }.map { folder.appendingPathComponent($0) }
    }
}
