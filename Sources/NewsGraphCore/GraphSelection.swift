/// The part of a graph that a diagram or brief shows, and what was left out to get there.
///
/// Made by ``EntityGraph/selecting(_:depth:maxNodes:)``; captions read it to say what the
/// drawing shows and what it dropped.
public struct GraphSelection: Hashable, Sendable {
    /// The view that chose the nodes.
    public var view: GraphView
    /// How many steps from the centre an `ego` view reaches; 0 for other views.
    public var depth: Int
    /// The node limit asked for, if any.
    public var maxNodes: Int?
    /// The nodes and edges shown, in canonical order, with the documents they cite.
    public var graph: EntityGraph
    /// The ids of the nodes an `ego` view is centred on; empty for other views.
    public var centres: [String]
    /// Nodes the view chose but ``maxNodes`` left out, most connected first.
    public var dropped: [Entity]
    /// Nodes the view chose that have no relation in it, set aside rather than drawn (a caption
    /// lists them as "also mentioned"), most connected first; empty when they are drawn.
    public var unrelated: [Entity]
    /// How many nodes, edges and stories the whole graph has.
    public var totalNodes: Int
    public var totalEdges: Int
    public var totalStories: Int
    /// The ids of the whole graph's documents, in canonical order: every view of one graph
    /// numbers its sources by this list, so "source 3" is the same article in all of them.
    public var documentOrder: [String]

    public init(
        view: GraphView, depth: Int = 0, maxNodes: Int? = nil, graph: EntityGraph, centres: [String] = [],
        dropped: [Entity] = [], unrelated: [Entity] = [], totalNodes: Int, totalEdges: Int, totalStories: Int = 0,
        documentOrder: [String]? = nil
    ) {
        self.view = view
        self.depth = depth
        self.maxNodes = maxNodes
        self.graph = graph
        self.centres = centres
        self.dropped = dropped
        self.unrelated = unrelated
        self.totalNodes = totalNodes
        self.totalEdges = totalEdges
        self.totalStories = totalStories
        self.documentOrder = documentOrder ?? graph.documents.map(\.id)
    }

    /// The whole graph, nothing left out.
    public init(full graph: EntityGraph) {
        self.init(
            view: .full, graph: graph.canonicalized(), totalNodes: graph.nodes.count, totalEdges: graph.edges.count,
            totalStories: graph.stories.count)
    }

    /// The number of a document among the whole graph's sources, from 1.
    public func sourceNumber(of document: String) -> Int? {
        documentOrder.firstIndex(of: document).map { $0 + 1 }
    }

    /// Whether anything of the whole graph is not shown.
    public var isPartial: Bool { graph.nodes.count < totalNodes || graph.edges.count < totalEdges }
}
