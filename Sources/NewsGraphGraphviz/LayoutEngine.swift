/// The Graphviz layout program that places nodes and routes edges.
///
/// An in-process layout cannot be cancelled, so the engine is chosen from the graph's size
/// before laying out: `dot` draws the clearest diagrams but takes minutes on tangled graphs
/// of a few hundred nodes, while `sfdp` lays out thousands of nodes in about a second
/// (measurements in `shared/GRAPHVIZ.md`).
public enum LayoutEngine: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// `dot` for graphs within ``dotNodeLimit`` and ``dotEdgeLimit``, `sfdp` above.
    case automatic
    /// Layered drawing, edges flowing left to right: the most readable for small graphs.
    case dot
    /// Spring model; slow (about n²) but tidy for small, sparse graphs.
    case neato
    /// Multiscale force-directed layout for large graphs.
    case sfdp

    /// The most nodes `automatic` still gives to `dot`.
    public static let dotNodeLimit = 150
    /// The most edges `automatic` still gives to `dot`.
    public static let dotEdgeLimit = 300

    /// The concrete engine for a graph of this size: `self`, unless `self` is `automatic`.
    public func resolved(nodeCount: Int, edgeCount: Int) -> LayoutEngine {
        guard self == .automatic else { return self }
        return nodeCount <= Self.dotNodeLimit && edgeCount <= Self.dotEdgeLimit ? .dot : .sfdp
    }

    public var description: String { rawValue }
}
