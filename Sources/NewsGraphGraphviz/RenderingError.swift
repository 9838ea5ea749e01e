/// What can go wrong while drawing a graph with Graphviz.
public enum RenderingError: Error, CustomStringConvertible, Equatable {
    /// A style sheet value Graphviz could misread, e.g. a `record` shape (which would parse
    /// labels as fields) or a font name with a quote (2.42 copies it unescaped into SVG).
    case invalidStyle(key: String, value: String, expected: String)
    /// The Graphviz libraries or plugins could not be set up.
    case graphvizUnavailable(reason: String)
    /// cgraph refused to create an element of the graph.
    case graphConstructionFailed(element: String, messages: [String])
    /// The layout engine returned an error.
    case layoutFailed(engine: LayoutEngine, messages: [String])
    /// Writing the DOT or SVG failed, or Graphviz reported an error while doing it.
    case renderFailed(format: DiagramFormat, messages: [String])

    public var description: String {
        switch self {
        case .invalidStyle(let key, let value, let expected):
            return "cannot use style sheet value \(key) = '\(value)': expected \(expected)"
        case .graphvizUnavailable(let reason):
            return "cannot set up Graphviz: \(reason)"
        case .graphConstructionFailed(let element, let messages):
            return "Graphviz could not create \(element)" + Self.detail(messages)
        case .layoutFailed(let engine, let messages):
            return "Graphviz layout with \(engine) failed" + Self.detail(messages)
        case .renderFailed(let format, let messages):
            return "Graphviz could not write \(format.rawValue.uppercased())" + Self.detail(messages)
        }
    }

    private static func detail(_ messages: [String]) -> String {
        messages.isEmpty ? "" : ": " + messages.joined(separator: "; ")
    }
}
