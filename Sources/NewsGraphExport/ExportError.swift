/// What can go wrong while turning a graph into a file.
public enum ExportError: Error, CustomStringConvertible, Equatable {
    case unreadableStyleSheet(path: String, reason: String)
    case unknownFormat(String)
    /// The graph holds something the format cannot carry faithfully (an id or attribute name
    /// that is not an XML name token, for GraphML); writing it anyway would give a file that
    /// readers reject or misread.
    case cannotEncode(format: String, reason: String)

    public var description: String {
        switch self {
        case .unreadableStyleSheet(let path, let reason): "cannot use style sheet \(path): \(reason)"
        case .unknownFormat(let name): "unknown format '\(name)'"
        case .cannotEncode(let format, let reason): "cannot write \(format): \(reason)"
        }
    }
}
