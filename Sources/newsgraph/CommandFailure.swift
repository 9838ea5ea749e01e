import ArgumentParser
import Foundation
import NewsGraphCore

/// Prints one line per problem to standard error, as "newsgraph: <what went wrong>".
///
/// Messages quote file names, JSON keys and article text, any of which may hold a newline or
/// a terminal escape (`\e[2K` erases the line): printed raw, they fake lines on the user's
/// terminal. Every message is printed with such characters escaped (``MessageText``).
enum Report {
    static func error(_ message: Any) {
        // Errors that list several problems print each on a line of its own.
        let lines = (message as? GraphFileError)?.lines ?? ["\(message)"]
        for line in lines { FileHandle.standardError.write(Data("newsgraph: \(MessageText.escaped(line))\n".utf8)) }
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("newsgraph: \(MessageText.escaped(message))\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("newsgraph: warning: \(MessageText.escaped(message))\n".utf8))
    }

    /// A diagnostic of the pipeline (``NewsGraph``), as a line of its severity.
    static func diagnostic(_ diagnostic: Diagnostic) {
        switch diagnostic.severity {
        case .note: note(diagnostic.message)
        case .warning: warning(diagnostic.message)
        case .error: error(diagnostic.message)
        }
    }
}

/// Text made safe to print as one line of a terminal message.
enum MessageText {
    /// `text` with each invisible control character (``Unicode/Scalar/isInvisibleControl``)
    /// written as an escape: `\n`, `\r`, `\t`, or `\u{1B}`.
    static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: \.isInvisibleControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard scalar.isInvisibleControl, !(keepingNewlines && scalar == "\n") else {
                out.append(scalar)
                continue
            }
            let escape: String
            switch scalar {
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            default: escape = "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }
            out.append(contentsOf: escape.unicodeScalars)
        }
        return String(out)
    }

    /// A message of the argument parser (several lines: the error, usage, a hint), with the
    /// user's arguments escaped wherever it quotes them and every other control character but
    /// its own line breaks escaped too.
    static func escapedParserMessage(_ message: String, arguments: [String]) -> String {
        var message = message
        for argument in arguments where argument.unicodeScalars.contains(where: \.isInvisibleControl) {
            message = message.replacingOccurrences(of: argument, with: escaped(argument))
        }
        return escaped(message, keepingNewlines: true)
    }
}

/// How a command that ran failed, for its exit code (README, "Exit codes").
///
/// A command's `run()` throws one of these, or any other error, which is a total failure not
/// yet reported; ``NewsGraphCommand`` alone turns what `run()` throws into a message and an
/// exit code, through ``exitCode(reporting:)``.
enum CommandFailure: Error {
    /// Some inputs could not be read, each reported as it was met; the output was written from
    /// the rest.
    case partial
    /// Nothing usable, each problem already reported (no article could be read, records that
    /// cannot be joined): nothing was written.
    case reported

    /// The exit code of a run that threw `error`, reporting `error` first unless it was reported
    /// as it happened.
    static func exitCode(reporting error: any Error) -> ExitCode {
        switch error as? CommandFailure {
        case .partial: return .partialFailure
        case .reported: return .failure
        case nil:
            Report.error(error)
            return .failure
        }
    }
}

extension ExitCode {
    /// Some inputs could not be read; the output was written from the rest. (`failure`, 1, is
    /// a run that wrote nothing usable; `validationFailure`, 64, arguments that do not parse.)
    static let partialFailure = ExitCode(2)
}
