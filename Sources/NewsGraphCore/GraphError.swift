/// What can go wrong while selecting part of a graph.
public enum GraphError: Error, CustomStringConvertible, Equatable {
    /// A view name that is not `full`, `actors`, `policies`, `meetings` or `ego:NAME`.
    case unknownView(String)
    /// No node has this label or alias; `closeLabels` are the nearest labels, best first.
    case unknownNode(name: String, closeLabels: [String])
    /// A depth or node limit below what a view can use.
    case invalidLimit(name: String, value: Int, minimum: Int)

    public var description: String {
        switch self {
        case .unknownView(let text):
            return "unknown view '\(Self.oneLine(text))' (choose full, actors, policies, meetings or ego:NAME)"
        case .unknownNode(let name, let close):
            let hint = close.isEmpty ? "" : " (close: \(close.joined(separator: ", ")))"
            return "no entity named '\(Self.oneLine(name))' in the graph\(hint)"
        case .invalidLimit(let name, let value, let minimum):
            return "\(name) must be at least \(minimum), not \(value)"
        }
    }

    /// `text` with every run of whitespace (newlines included) as one space: messages are one line.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
