import ArgumentParser
import Foundation

/// The `newsgraph` command: a thin layer that parses arguments and calls the libraries.
@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Build a graph of the people, agencies, countries, places, meetings, policies and commodities in news articles.",
        discussion: """
            Typical use:
              newsgraph build articles/ --out graphs/ --format svg,json
              newsgraph render graphs/articles.json --format svg -o diagram.svg
              newsgraph render graphs/articles.json --view ego:"Ana Lima" --depth 2 -o lima.svg
              newsgraph brief graphs/articles.json --view full --view policies -o brief.html
              newsgraph review graphs/articles.json > review.md
              newsgraph diff yesterday.json graphs/articles.json --svg changes.svg
              newsgraph compare graphs/articles.json -o articles.compare.md

            Every entity and relation in the output lists the sentences it came from. \
            The same articles always give the same bytes. \
            Every SVG comes with <name>.caption.md beside it.

            Exit codes (README, "Exit codes"):
              0   every input was used
              1   nothing usable was written: bad input, a bad file, an unwritable output
              2   some articles could not be read (or named); the rest were written
              64  the arguments do not parse
            """,
        subcommands: [
            BuildCommand.self, RenderCommand.self, BriefCommand.self, ExtractCommand.self, MergeCommand.self, KeysCommand.self, ResolveKeysCommand.self, ReviewCommand.self, DiffCommand.self, CompareCommand.self,
        ]
    )

    /// The one way out of a run that does not succeed: the argument parser's errors (usage,
    /// help) as its own `main` prints them, but with the arguments they quote escaped (an
    /// option value holding `\e[2K` or a newline would otherwise redraw the terminal); what a
    /// newsgraph command's `run()` throws as ``CommandFailure/exitCode(reporting:)`` says.
    static func main() {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(parserError: error)
        }
        do {
            try command.run()
        } catch {
            // The parser's own commands (`--help`, `help build`, `newsgraph` alone) end in its
            // errors, which print their help.
            guard configuration.subcommands.contains(where: { $0 == type(of: command) }) else {
                exit(parserError: error)
            }
            Foundation.exit(CommandFailure.exitCode(reporting: error).rawValue)
        }
    }

    private static func exit(parserError error: any Error) -> Never {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { print(message) }
        } else if !message.isEmpty {
            let escaped = MessageText.escapedParserMessage(message, arguments: Array(CommandLine.arguments.dropFirst()))
            FileHandle.standardError.write(Data((escaped.hasSuffix("\n") ? escaped : escaped + "\n").utf8))
        }
        Foundation.exit(code.rawValue)
    }
}
