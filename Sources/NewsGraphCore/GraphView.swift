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

    /// The views that need no argument, by name.
    public static let named: [GraphView] = [.full, .actors, .policies, .meetings]

    /// Reads a view as the command line writes it: `full`, `actors`, `policies`, `meetings` or
    /// `ego:NAME`.
    ///
    /// - Throws: ``GraphError/unknownView(_:)`` for anything else, and for `ego:` without a name.
    public init(parsing text: String) throws(GraphError) {
        let trimmed = text.trimmingSpaces()
        if let view = Self.named.first(where: { $0.description == trimmed.lowercased() }) {
            self = view
            return
        }
        let prefix = "ego:"
        if trimmed.lowercased().hasPrefix(prefix) {
            let name = String(trimmed.dropFirst(prefix.count)).trimmingSpaces()
            if !name.isEmpty {
                self = .ego(name)
                return
            }
        }
        throw .unknownView(text)
    }

    /// `full`, `actors`, `policies`, `meetings` or `ego:NAME`.
    public var description: String {
        switch self {
        case .full: "full"
        case .actors: "actors"
        case .policies: "policies"
        case .meetings: "meetings"
        case .ego(let name): "ego:\(name)"
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
        case .full, .ego: nil
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
