import Foundation
import NewsGraphCore

/// Reads a graph saved in newsgraph's JSON form (perhaps edited by hand) and checks all of it
/// before anyone writes a file from it: `render` and `brief` call it.
///
/// A hand-edited graph used to be accepted half-checked: `render` wrote SVG, DOT and a caption,
/// then failed on GraphML for an edge to a missing node; duplicate node ids were silently
/// collapsed; negative offsets passed (issue 15). Every problem ``GraphValidator`` finds is
/// reported with its JSON path, and a graph with any problem is refused whole.
public enum JSONGraphDecoder {
    /// What is wrong with a graph file: every problem found, each with where it is.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var problems: [GraphValidator.Problem]

        public var description: String { problems.map(\.description).joined(separator: "; ") }
    }

    /// The graph in `data`, checked.
    ///
    /// - Throws: ``Failure`` naming every problem: JSON that does not parse, a value of the wrong
    ///   kind (with its path), or what ``GraphValidator`` refuses.
    /// - Complexity: O(n) in the size of the file, besides decoding.
    public static func decode(_ data: Data) throws(Failure) -> EntityGraph {
        let saved: SavedGraph
        do {
            saved = try JSONDecoder().decode(SavedGraph.self, from: data)
        } catch {
            throw Failure(problems: [problem(decoding: error, data)])
        }
        let problems = GraphValidator.problems(documents: saved.documents, nodes: saved.nodes, edges: saved.edges)
        guard problems.isEmpty else { throw Failure(problems: problems) }
        return EntityGraph(
            documents: saved.documents, nodes: saved.nodes, edges: saved.edges, diagnostics: saved.diagnostics ?? [])
    }

    /// The graph's lists as the file holds them, duplicates and all, for the validator to see.
    private struct SavedGraph: Decodable {
        var documents: [Document]
        var nodes: [Entity]
        var edges: [Relation]
        var diagnostics: [Diagnostic]?
    }

    /// A decoding error as a problem with the path of the value at fault.
    private static func problem(decoding error: Error, _ data: Data) -> GraphValidator.Problem {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return .init(JSONPath.string(context.codingPath), "missing '\(key.stringValue)'")
        case DecodingError.typeMismatch(let type, let context):
            return .init(JSONPath.string(context.codingPath), "expected \(kind(type))")
        case DecodingError.valueNotFound(let type, let context):
            return .init(JSONPath.string(context.codingPath), "null where \(kind(type)) is required")
        case DecodingError.dataCorrupted(let context) where !context.codingPath.isEmpty:
            return .init(JSONPath.string(context.codingPath), badValue(context.debugDescription))
        default:
            return wholeFileProblem(data)
        }
    }

    /// A value no type accepted, said in the user's terms: an unknown node or relation type
    /// lists the types there are.
    private static func badValue(_ description: String) -> String {
        for (name, choices) in [
            ("EntityType", EntityType.allCases.map(\.rawValue)), ("RelationType", RelationType.allCases.map(\.rawValue)),
            ("Severity", ["note", "warning", "error"]),
        ] {
            let prefix = "Cannot initialize \(name) from invalid String value "
            if description.hasPrefix(prefix) {
                return "unknown type '\(description.dropFirst(prefix.count))' (choose \(choices.joined(separator: ", ")))"
            }
        }
        return "bad value (\(description))"
    }

    private static func kind(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Double.Type: "a number"
        default:
            "\(type)".hasPrefix("Array") ? "a list" : "\(type)".hasPrefix("Dictionary") ? "an object" : "a \(type)"
        }
    }

    /// Foundation reports a number no integer can hold ("start": 1e300) as "not valid JSON",
    /// with no path: parse the file as plain JSON to tell the two apart and find the number.
    private static func wholeFileProblem(_ data: Data) -> GraphValidator.Problem {
        let tree: Any
        do {
            tree = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            return .init("", "not JSON" + (detail.map { " (\($0))" } ?? ""))
        }
        if let (path, number) = firstNonInteger(in: tree, path: "") {
            return .init(path, "\(number) is not a whole number of code points")
        }
        return .init("", "not a newsgraph graph")
    }

    /// The first offset (`start`, `end`) that is a number but not an integer `Int` can hold.
    private static func firstNonInteger(in value: Any, path: String) -> (String, String)? {
        if let object = value as? [String: Any] {
            for key in object.keys.sorted() {
                let inner = path.isEmpty ? key : "\(path).\(key)"
                if key == "start" || key == "end", let number = object[key] as? NSNumber, !(object[key] is Bool),
                    Int(exactly: number.doubleValue) == nil || number.stringValue.contains(".")
                {
                    return (inner, number.stringValue)
                }
                if let found = firstNonInteger(in: object[key]!, path: inner) { return found }
            }
        } else if let array = value as? [Any] {
            for (index, item) in array.enumerated() {
                if let found = firstNonInteger(in: item, path: "\(path)[\(index)]") { return found }
            }
        }
        return nil
    }
}
