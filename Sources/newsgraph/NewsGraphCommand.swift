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
            """,
        subcommands: [
            BuildCommand.self, RenderCommand.self, BriefCommand.self, ExtractCommand.self, MergeCommand.self, ReviewCommand.self, DiffCommand.self, CompareCommand.self,
        ]
    )

    /// The argument parser's own `main`, but its error messages, which quote the arguments
    /// given, are printed with control characters escaped (an option value holding `\e[2K`
    /// or a newline would otherwise redraw the terminal).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
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
}
