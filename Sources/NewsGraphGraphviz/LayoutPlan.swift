import NewsGraphCore

/// How a selection is laid out so that it reads at page width: the engine and the settings
/// chosen for the graph's size and shape.
///
/// The target is a 1,100 px column (825 pt at 96 dpi) with 11 pt node labels and 9 pt edge
/// labels. Measured on the merged seeds graph (71 nodes, 82 edges): `dot` top to bottom is
/// 2,243 pt wide, left to right 1,634 pt; wrapping labels at 14 characters, laying out
/// `targets` and `responds_to` edges backwards (a policy's target is drawn beside whoever
/// imposes it instead of a rank further right, halving the number of ranks) and putting
/// isolated nodes in rows instead of one column brings it to about 930 × 1,590 pt, which
/// `size` then scales to the column width. `neato` and `sfdp` need 1,600 pt or more for the
/// same graph.
struct LayoutPlan: Hashable, Sendable {
    /// The widest a drawing may be, in points (824.4 pt, just under 1,100 px at 96 dpi), as
    /// Graphviz's `size` in inches; the height is free. `size` only ever scales down.
    static let size = "11.45,1000"
    /// The most edges whose labels are drawn; above it the labels crowd the drawing, and the
    /// relation is still told by colour, line style and arrowhead (legend) and by the tooltip.
    /// Only `dot` draws edge labels: it gives each a place of its own, where `neato` and `sfdp`
    /// put them at edge midpoints, over nodes and other labels.
    static let edgeLabelLimit = 120
    /// Relations laid out from target to source (drawn with the arrow still at the target): they
    /// point from a policy back at an actor, and laid out forwards they would add a rank.
    static let reversedRelations: Set<RelationType> = [.targets, .respondsTo]
    /// How many isolated nodes share a row.
    static let isolatedRowLength = 5

    var engine: LayoutEngine
    var showsEdgeLabels: Bool
    /// Node labels wrap at about this many characters.
    var labelWidth: Int
    /// Whether edges of ``reversedRelations`` are laid out backwards, isolated nodes put in rows
    /// and meetings ranked in time order: things only `dot` has ranks for.
    var isLayered: Bool
    init(graph: EntityGraph, requested: LayoutEngine) {
        engine = requested.resolved(nodeCount: graph.nodes.count, edgeCount: graph.edges.count)
        isLayered = engine == .dot
        showsEdgeLabels = isLayered && graph.edges.count <= Self.edgeLabelLimit
        labelWidth = isLayered ? 14 : 18
    }

    /// The graph attributes that size and space the drawing.
    var graphAttributes: [DiagramModel.Attribute] {
        typealias Attribute = DiagramModel.Attribute
        let size = Attribute("size", Self.size)
        switch engine {
        case .dot, .automatic:
            return [Attribute("rankdir", "LR"), Attribute("nodesep", "0.15"), Attribute("ranksep", "0.3"), size]
        case .neato, .sfdp:
            return [
                Attribute("start", String(DiagramModel.layoutSeed)),
                // Overlaps are removed by scaling the layout, the one method here that gives the
                // same bytes every time: "prism" triangulates with GTS, whose hash tables are
                // keyed by address, so labels moved by 0.01 pt in one process out of three;
                // "voronoi" keeps state between layouts, so a graph's drawing depended on what the
                // process drew before it (and took 20 s for a few hundred nodes). Scaling spreads
                // the drawing more; diagrams are kept within dot's size by --max-nodes.
                Attribute("overlap", "scale"),
                Attribute("sep", "+8"),
                Attribute("pack", "true"),
                size,
            ]
        }
    }
}
