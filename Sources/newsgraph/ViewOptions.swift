import ArgumentParser
import NewsGraphCore

/// `--view`, `--depth` and `--max-nodes`: which part of a graph to write.
struct ViewOptions: ParsableArguments {
    @Option(help: "What to show: full, actors, policies, meetings or ego:NAME (a label or alias, any case).")
    var view: String = "full"

    // `.unconditional`: "--depth -1" is a value to refuse with a reason, not a missing value.
    @Option(parsing: .unconditional, help: "With --view ego:NAME, how many steps from NAME to include.")
    var depth: Int = 1

    @Option(
        parsing: .unconditional,
        help: "Keep at most N entities, the most important (most sources, then most relations); the caption names the rest.")
    var maxNodes: Int?

    /// The part of `graph` these options choose.
    func select(_ graph: EntityGraph) throws(GraphError) -> GraphSelection {
        try Self.select(graph, view: view, depth: depth, maxNodes: maxNodes)
    }

    static func select(_ graph: EntityGraph, view: String, depth: Int, maxNodes: Int?) throws(GraphError) -> GraphSelection {
        try graph.selecting(GraphView(parsing: view), depth: depth, maxNodes: maxNodes)
    }

    /// The part of a file name that tells a view's files apart: "" for the full view, else
    /// ".actors", ".ego-ana-lima" and so on.
    static func fileSuffix(_ view: GraphView) -> String {
        switch view {
        case .full: ""
        case .ego(let name): ".ego-" + Slug.make(name)
        default: "." + view.description
        }
    }
}
