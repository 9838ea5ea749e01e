import NewsGraphCore

/// A text format a graph can be written in. Encoders write the canonical form of the graph,
/// so equal graphs give equal bytes.
public protocol GraphEncoder: Sendable {
    /// The format's name on the command line and its file extension ("graphml").
    static var identifier: String { get }
    func encode(_ graph: EntityGraph) throws -> String
    /// The same text as UTF-8 bytes. Formats that write a corpus (hundreds of megabytes)
    /// produce bytes directly, so no String of that size is built only to be written out.
    func encodeUTF8(_ graph: EntityGraph) throws -> [UInt8]
}

extension GraphEncoder {
    public func encodeUTF8(_ graph: EntityGraph) throws -> [UInt8] { Array(try encode(graph).utf8) }
}
