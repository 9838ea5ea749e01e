/// What can go wrong while turning a graph into a file.
public enum ExportError: Error, CustomStringConvertible, Equatable {
    case unreadableStyleSheet(path: String, reason: String)
    case unknownFormat(String)

    public var description: String {
        switch self {
        case .unreadableStyleSheet(let path, let reason): "cannot use style sheet \(path): \(reason)"
        case .unknownFormat(let name): "unknown format '\(name)'"
        }
    }
}
