import NewsGraphCore
import NewsGraphGraphviz

/// Writes `--view stories`: the overview (`<name>.stories.svg`, a box per story) and one
/// diagram per story it shows (`<name>.story-<id>.svg`), each SVG with its caption beside it.
enum StoryDiagramFiles {
    /// - Parameters:
    ///   - overview: the `stories` selection of `graph`; its stories are the ones drawn.
    ///   - graph: the whole graph, which each story's own diagram is selected from.
    ///   - views: the limits (`--max-nodes`, by default the most `dot` lays out readably, and
    ///     `--include-isolated`) each story's diagram keeps to.
    /// - Throws: `OutputError` for a format that is not a diagram, or what writing throws.
    static func write(
        _ overview: GraphSelection, of graph: EntityGraph, views: ViewOptions, formats: [String], to folder: OutputFolder,
        name: String, options: Formats.Options
    ) throws {
        for format in formats where DiagramFormat(rawValue: format) == nil {
            throw OutputError("--view stories draws diagrams: choose svg or dot, not \(format)")
        }
        var diagrams = [(overview, name + ViewOptions.fileSuffix(.stories))]
        // A story of a large corpus can hold a thousand entities: drawn whole, it helps nobody.
        var storyViews = views
        storyViews.maxNodes = views.maxNodes ?? LayoutEngine.dotNodeLimit
        for story in overview.graph.stories {
            diagrams.append((try storyViews.select(graph, view: .story(story.id)), name + "." + ViewOptions.storyFileStem(story.id)))
        }
        for (selection, stem) in diagrams {
            for format in formats {
                try folder.write(try DiagramFiles.encode(selection, as: format, options: options), to: "\(stem).\(format)")
                if format == "svg" {
                    try folder.write(DiagramFiles.caption(selection, options: options), to: "\(stem).caption.md")
                }
            }
        }
    }
}
