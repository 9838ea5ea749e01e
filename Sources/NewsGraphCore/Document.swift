/// One article the graph was built from.
public struct Document: Codable, Hashable, Sendable {
    /// Stable id: the file name without its extension.
    public var id: String
    /// The path as the user gave it (never made absolute, so output does not depend on the machine).
    public var path: String
    /// The article's headline, or its first line.
    public var title: String

    public init(id: String, path: String, title: String) {
        self.id = id
        self.path = path
        self.title = title
    }
}
