import Foundation
import NewsGraphCore

/// Writes the reference form of the graph contract (`SCHEMA.md`): the JSON that
/// `score.py`, the JSON Schema in `schema/newsgraph.schema.json` and other people's tools read.
///
/// The shape is the one `EntityGraph`'s `Codable` conformance gives (`documents`, `nodes`,
/// `edges`, `diagnostics`), so decoding the output with `JSONDecoder` gives back the
/// canonical graph. Nothing is added or derived: counts and summaries belong to the graph,
/// not to its encoding.
///
/// The bytes are canonical: the graph is canonicalized first, object keys are sorted by
/// code point, and the text is pretty-printed with two-space indentation, LF line ends and a
/// trailing newline, in exactly the form of Python's
/// `json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)`. Equal graphs give equal
/// bytes on every platform, so committed exports only change when the graph does.
public struct JSONGraphEncoder: GraphEncoder {
    /// `json`: the `--format` name and the file extension.
    public static let identifier = "json"

    /// The format has no options: the contract fixes its shape and its bytes.
    public init() {}

    /// - Throws: `ExportError.cannotEncode` if the graph cannot be encoded (it holds only
    ///   strings, integers and booleans, so this does not happen in practice).
    /// - Complexity: O(n log n) in the size of the graph.
    public func encode(_ graph: EntityGraph) throws -> String {
        try joinedUTF8(graph)
    }

    /// The same text as UTF-8, handed to `write` about a megabyte at a time as it is encoded,
    /// so the file (hundreds of megabytes for a corpus) is never held whole.
    public func encode(_ graph: EntityGraph, to write: (UnsafeRawBufferPointer) throws -> Void) throws {
        // Codable defines the shape once, in Core; the canonical writer only fixes the bytes.
        // Errors from `write` pass through as they are.
        do {
            try CanonicalJSONEncoder.write(graph.canonicalized(), to: write)
        } catch let error as EncodingError {
            throw ExportError.cannotEncode(format: Self.identifier, reason: "\(error)")
        }
    }
}
