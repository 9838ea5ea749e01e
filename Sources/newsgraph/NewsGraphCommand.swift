import ArgumentParser

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

            Every entity and relation in the output lists the sentences it came from. \
            The same articles always give the same bytes.
            """,
        subcommands: [BuildCommand.self, RenderCommand.self, ExtractCommand.self, MergeCommand.self]
    )
}
