/// A cgraph graph described in plain Swift values: everything ``GraphvizSession`` needs to
/// build it, already sanitised, in the order it is added.
///
/// Keeping this description separate from the C calls lets the styling and escaping be
/// read and tested without Graphviz, and keeps the locked section short.
struct DiagramModel: Hashable, Sendable {
    /// One `name=value` pair; `isHTML` marks an HTML-like label (markup without the outer `<>`).
    struct Attribute: Hashable, Sendable {
        var name: String
        var value: String
        var isHTML = false

        init(_ name: String, _ value: String, isHTML: Bool = false) {
            self.name = name
            self.value = value
            self.isHTML = isHTML
        }
    }

    struct Node: Hashable, Sendable {
        /// The cgraph node name, unique in the graph.
        var name: String
        var attributes: [Attribute]
    }

    struct Edge: Hashable, Sendable {
        var tail: String
        var head: String
        var attributes: [Attribute]
    }

    /// A box drawn around some nodes: a subgraph whose name starts with `cluster_`, which `dot`
    /// lays out as one block with its label on top.
    struct Cluster: Hashable, Sendable {
        var name: String
        var attributes: [Attribute]
        /// The names of its nodes, in the order they were added.
        var nodes: [String]
    }

    /// The graph's name (never `%3`).
    var name: String
    /// The engine the drawing is laid out with; also written as the `layout` attribute.
    var engine: LayoutEngine
    var graphAttributes: [Attribute]
    /// Defaults declared with `agattr`, so DOT states them once instead of on every node.
    var nodeDefaults: [Attribute]
    var edgeDefaults: [Attribute]
    var nodes: [Node]
    /// Drawn edges first, then invisible ones (`style=invis`) that only steer the layout.
    var edges: [Edge]
    /// Groups of node names kept in one rank (`rank=same` subgraphs), for `dot`.
    var sameRank: [[String]] = []
    /// Boxes around groups of nodes (one per story in the stories overview).
    var clusters: [Cluster] = []
    /// The hover text of each node and edge by its `id` attribute: not given to Graphviz (2.42
    /// does not escape tooltips) but written into the SVG afterwards by ``SVGAnnotator``.
    var tooltips: [String: String] = [:]
}
