/// Which part of a graph a diagram or a brief shows.
///
/// Views are pure selections of nodes and edges (``EntityGraph/selecting(_:depth:maxNodes:)``):
/// every view of a graph is drawn from the same nodes, ids and evidence as the whole.
public enum GraphView: Hashable, Sendable, CustomStringConvertible {
    /// Every node and edge.
    case full
    /// People, agencies and countries, and the relations among them.
    case actors
    /// Who imposes, opposes or supports which policy, on whom, on which goods.
    case policies
    /// Who met whom, and where, with meetings in date order.
    case meetings
    /// The nodes within a number of steps of the node with this label or alias.
    case ego(String)
    /// The heaviest stories (``Story``), each with its strongest entities: an overview the
    /// diagram draws with one box (a Graphviz cluster) per story.
    case stories
    /// One story, by its id (``Story/id``, with or without the `story-` prefix): its entities and
    /// the relations among them.
    case story(String)

    /// The views that need no argument, by name.
    public static let named: [GraphView] = [.full, .actors, .policies, .meetings, .stories]

    /// Reads a view as the command line writes it: `full`, `actors`, `policies`, `meetings`,
    /// `stories`, `ego:NAME` or `story:ID`.
    ///
    /// - Throws: ``GraphError/unknownView(_:)`` for anything else, and for `ego:` or `story:`
    ///   without a name.
    public init(parsing text: String) throws(GraphError) {
        let trimmed = text.trimmingSpaces()
        if let view = Self.named.first(where: { $0.description == trimmed.lowercased() }) {
            self = view
            return
        }
        let prefixed: [(String, (String) -> GraphView)] = [("ego:", GraphView.ego), ("story:", GraphView.story)]
        for (prefix, make) in prefixed where trimmed.lowercased().hasPrefix(prefix) {
            let name = String(trimmed.dropFirst(prefix.count)).trimmingSpaces()
            if !name.isEmpty {
                self = make(name)
                return
            }
        }
        throw .unknownView(text)
    }

    /// `full`, `actors`, `policies`, `meetings`, `stories`, `ego:NAME` or `story:ID`.
    public var description: String {
        switch self {
        case .full: "full"
        case .actors: "actors"
        case .policies: "policies"
        case .meetings: "meetings"
        case .ego(let name): "ego:\(name)"
        case .stories: "stories"
        case .story(let id): "story:\(id)"
        }
    }

    /// Whether the view is an `ego` view.
    public var isEgo: Bool {
        if case .ego = self { return true }
        return false
    }

    /// The node types a type-based view is about, and the relations that bring in their partners
    /// (`nil` for `full` and `ego`, which do not select by type).
    var focus: (types: Set<EntityType>, links: Set<RelationType>)? {
        switch self {
        case .full, .ego, .stories, .story: nil
        case .actors: ([.person, .agency, .country], [])
        case .policies: ([.policy], [.imposes, .targets, .covers, .respondsTo, .opposes, .supports])
        case .meetings: ([.meeting], [.attends, .heldIn, .partOf])
        }
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines (no Foundation in Core).
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
