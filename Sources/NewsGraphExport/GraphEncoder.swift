import NewsGraphCore

/// A text format a graph can be written in. Encoders write the canonical form of the graph,
/// so equal graphs give equal bytes.
public protocol GraphEncoder: Sendable {
    /// The format's name on the command line and its file extension ("graphml").
    static var identifier: String { get }
    func encode(_ graph: EntityGraph) throws -> String
    /// The same text as UTF-8, handed to `write` in pieces, in order. Formats that write a
    /// corpus (hundreds of megabytes) hand over the pieces they hold rather than join them
    /// into one String, or one buffer, of the whole file.
    func encode(_ graph: EntityGraph, to write: (UnsafeRawBufferPointer) throws -> Void) throws
}

extension GraphEncoder {
    public func encode(_ graph: EntityGraph, to write: (UnsafeRawBufferPointer) throws -> Void) throws {
        try Array(try encode(graph).utf8).withUnsafeBytes(write)
    }

    /// The pieces `encode(_:to:)` hands over, joined: the text of a format that writes bytes.
    func joinedUTF8(_ graph: EntityGraph) throws -> String {
        var text: [UInt8] = []
        try encode(graph) { text.append(contentsOf: $0) }
        return String(decoding: text, as: UTF8.self)
    }
}
