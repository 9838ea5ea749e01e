import NewsGraphCore

/// A text format a graph can be written in. Encoders write the canonical form of the graph,
/// so equal graphs give equal bytes.
public protocol GraphEncoder: Sendable {
    /// The format's name on the command line and its file extension ("graphml").
    static var identifier: String { get }
    func encode(_ graph: EntityGraph) throws -> String
}
