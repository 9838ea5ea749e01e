import ArgumentParser
import Foundation
import NewsGraphCore
import NewsGraphGraphviz

/// `newsgraph review`: what the resolver decided on its own in a saved graph, as Markdown with
/// decision lines ready to paste into a decisions file.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List a graph's merges, refused merges and possible duplicates, with decision lines to paste.",
        discussion: """
            Prints Markdown: the merges the resolver made, the near-merges it refused and the \
            possible duplicates it saw, each with the decision line that reverses it (and, as a \
            comment, the line that confirms it), then the decisions the graph was built with. \
            Paste the lines you agree with into decisions.tsv beside the articles (or a file for \
            --decisions) and build again.

            Example: newsgraph review Graphs/seeds.json > review.md
            """
    )

    @Argument(help: "A graph in newsgraph's JSON form.")
    var graph: String

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write the review to this file instead of standard output.")
    var output: String?

    func run() throws {
        let loaded = try GraphFile.read(graph)
        let markdown = DecisionReview.markdown(loaded, name: URL(fileURLWithPath: graph).lastPathComponent)
        try OutputFolder.writeReport(Data(markdown.utf8), to: output)
    }
}
