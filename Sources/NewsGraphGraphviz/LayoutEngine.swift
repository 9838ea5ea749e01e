/// The Graphviz layout program that places nodes and routes edges.
///
/// An in-process layout cannot be cancelled, so the engine is chosen from the graph's size
/// and shape before laying out: `dot` draws the clearest diagrams of small, layered graphs
/// but takes minutes on tangled graphs of a few hundred nodes and crosses many edges on
/// dense ones; `neato` is tidy for small dense graphs but grows as n²; `sfdp` lays out
/// thousands of nodes in about a second (measurements in `shared/GRAPHVIZ.md`).
public enum LayoutEngine: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// `dot` for graphs within ``dotNodeLimit`` and ``dotEdgeLimit`` with at most
    /// ``dotDensityLimit`` edges per node; `neato` for denser graphs of that size; `sfdp` above.
    case automatic
    /// Layered drawing, edges flowing left to right: the most readable for small graphs.
    case dot
    /// Spring model; slow (about n²) but tidy for small, dense graphs.
    case neato
    /// Multiscale force-directed layout for large graphs.
    case sfdp

    /// The most nodes `automatic` still gives to `dot` or `neato`.
    public static let dotNodeLimit = 150
    /// The most edges `automatic` still gives to `dot` or `neato`.
    public static let dotEdgeLimit = 300
    /// The most edges per node `automatic` still gives to `dot`: above it a layered drawing
    /// of a hundred nodes is a thicket of crossings, where a spring layout spreads them out.
    public static let dotDensityLimit = 3

    /// The concrete engine for a graph of this size: `self`, unless `self` is `automatic`.
    public func resolved(nodeCount: Int, edgeCount: Int) -> LayoutEngine {
        guard self == .automatic else { return self }
        guard nodeCount <= Self.dotNodeLimit && edgeCount <= Self.dotEdgeLimit else { return .sfdp }
        return edgeCount > Self.dotDensityLimit * max(nodeCount, 1) ? .neato : .dot
    }

    public var description: String { rawValue }
}
