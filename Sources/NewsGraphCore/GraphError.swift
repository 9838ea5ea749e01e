/// What can go wrong while selecting part of a graph.
public enum GraphError: Error, CustomStringConvertible, Equatable {
    /// A view name that is not `full`, `actors`, `policies`, `meetings` or `ego:NAME`.
    case unknownView(String)
    /// No node has this label or alias; `closeLabels` are the nearest labels, best first.
    case unknownNode(name: String, closeLabels: [String])
    /// A depth or node limit below what a view can use.
    case invalidLimit(name: String, value: Int, minimum: Int)
    /// No story has this id; `storyIDs` are the ids of the heaviest stories, for a hint.
    case unknownStory(id: String, storyIDs: [String])

    public var description: String {
        switch self {
        case .unknownView(let text):
            return "unknown view '\(Self.oneLine(text))' (choose full, actors, policies, meetings, stories, ego:NAME or story:ID)"
        case .unknownNode(let name, let close):
            let hint = close.isEmpty ? "" : " (close: \(close.joined(separator: ", ")))"
            return "no entity named '\(Self.oneLine(name))' in the graph\(hint)"
        case .invalidLimit(let name, let value, let minimum):
            return "\(name) must be at least \(minimum), not \(value)"
        case .unknownStory(let id, let known):
            let hint =
                known.isEmpty
                ? " (the graph has no stories: no entity has a relation)" : " (stories: \(known.joined(separator: ", ")))"
            return "no story '\(Self.oneLine(id))' in the graph\(hint)"
        }
    }

    /// `text` with every run of whitespace (newlines included) as one space: messages are one line.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
