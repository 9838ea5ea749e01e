import ArgumentParser
import NewsGraphCore

/// `--view`, `--depth`, `--max-nodes`, `--max-stories` and `--include-isolated`: which part of
/// a graph to write.
struct ViewOptions: ParsableArguments {
    @Option(help: """
        What to show: full, actors, policies, meetings, ego:NAME (a label or alias, any case), \
        stories (an overview with a box per story, and a diagram per story: needs --out) or story:ID.
        """)
    var view: String = "full"

    // `.unconditional`: "--depth -1" is a value to refuse with a reason, not a missing value.
    @Option(parsing: .unconditional, help: "With --view ego:NAME, how many steps from NAME to include.")
    var depth: Int = 1

    @Option(
        parsing: .unconditional,
        help: "Keep at most N entities, those with the most evidence in their relations; the caption names the rest.")
    var maxNodes: Int?

    @Option(help: "With --view stories, the N heaviest stories: the overview's boxes and the stories drawn one by one.")
    var maxStories: Int = Self.defaultMaxStories

    @Flag(help: "Also draw entities with no relation in the view (by default the caption lists them as also mentioned).")
    var includeIsolated = false

    /// How many stories `--view stories` draws unless told: a dozen boxes fit one column.
    static let defaultMaxStories = 12

    /// The part of `graph` these options choose.
    func select(_ graph: EntityGraph) throws(GraphError) -> GraphSelection {
        try select(graph, view: GraphView(parsing: view))
    }

    /// The part of `graph` that `view` chooses, with these options' limits; `keepsUnrelated`
    /// keeps entities with no relation whatever `--include-isolated` says, as data formats do.
    func select(_ graph: EntityGraph, view: GraphView, keepsUnrelated: Bool = false) throws(GraphError) -> GraphSelection {
        try graph.selecting(
            view, depth: depth, maxNodes: maxNodes, maxStories: maxStories, drawsUnrelated: includeIsolated || keepsUnrelated)
    }

    static func select(
        _ graph: EntityGraph, view: String, depth: Int, maxNodes: Int?, maxStories: Int? = nil, includeIsolated: Bool = false
    ) throws(GraphError) -> GraphSelection {
        try graph.selecting(
            GraphView(parsing: view), depth: depth, maxNodes: maxNodes, maxStories: maxStories, drawsUnrelated: includeIsolated)
    }

    /// The part of a file name that tells a view's files apart: "" for the full view, else
    /// ".actors", ".ego-ana-lima" and so on.
    static func fileSuffix(_ view: GraphView) -> String {
        switch view {
        case .full: ""
        case .ego(let name): ".ego-" + Slug.make(name)
        case .story(let id): "." + storyFileStem(id)
        default: "." + view.description
        }
    }

    /// `story-country-iran` for a story id with or without its `story-` prefix: the story's
    /// part of its files' names (`voa.story-country-iran.svg`).
    static func storyFileStem(_ id: String) -> String {
        let slug = Slug.make(id)
        return slug.hasPrefix("story-") ? slug : "story-" + slug
    }
}
