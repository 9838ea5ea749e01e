import ArgumentParser
import Foundation

/// Prints one line per problem to standard error, as "newsgraph: <what went wrong>".
enum Report {
    static func error(_ message: Any) {
        FileHandle.standardError.write(Data("newsgraph: \(message)\n".utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("newsgraph: \(message)\n".utf8))
    }
}

/// A failure already reported on standard error: exit non-zero without more output.
struct AlreadyReported: Error {}

extension ExitCode {
    /// Some inputs could not be read, the rest were processed.
    static let partialFailure = ExitCode(2)
}
