import Foundation

/// Validates GraphML against the GraphML 1.0 schema with `xmllint`, as `make check` does.
///
/// The schema is fetched once into `.build/xsd` by `scripts/checks/fetch-graphml-xsd.sh`
/// (from Debian's libjgrapht-java); where xmllint or the schema cannot be had, tests cancel
/// with the reason rather than pass silently.
enum GraphMLSchema {
    enum Availability: Sendable {
        case ready(URL)
        case unavailable(String)
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let xmllint = URL(fileURLWithPath: "/usr/bin/xmllint")

    /// Fetched at most once per test run; a static `let` is initialised exactly once, so
    /// parallel tests do not race to download it.
    static let availability: Availability = {
        guard FileManager.default.isExecutableFile(atPath: xmllint.path) else {
            return .unavailable("no /usr/bin/xmllint (apt install libxml2-utils)")
        }
        let folder = packageRoot.appendingPathComponent(".build/xsd")
        let script = packageRoot.appendingPathComponent("scripts/checks/fetch-graphml-xsd.sh")
        let (status, output) = run(URL(fileURLWithPath: "/bin/bash"), [script.path, folder.path])
        let xsd = folder.appendingPathComponent("graphml.xsd")
        guard status == 0, FileManager.default.fileExists(atPath: xsd.path) else {
            return .unavailable("cannot fetch the GraphML schema: \(output.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return .ready(xsd)
    }()

    /// `schema/graphml+yfiles.xsd`, which the fetch script copies beside `graphml.xsd`: GraphML
    /// widened, by the schema's own extension mechanism, for yEd's graphics.
    static func yFilesSchema(beside graphML: URL) -> URL {
        graphML.deletingLastPathComponent().appendingPathComponent("graphml+yfiles.xsd")
    }

    /// xmllint's complaint about `graphml`, or nil when it validates.
    static func problems(in graphml: String, schema: URL) throws -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-\(UUID().uuidString).graphml")
        try graphml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let (status, output) = run(xmllint, ["--noout", "--nonet", "--schema", schema.path, file.path])
        return status == 0 ? nil : output
    }

    private static func run(_ executable: URL, _ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "cannot run \(executable.path): \(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
