/// What a rendering produces.
public enum DiagramFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The graph as DOT, written by cgraph itself and not laid out: a user can edit it and
    /// lay it out again with the `dot` program (the `layout` attribute names the engine).
    case dot
    /// The laid-out drawing as SVG 1.1.
    case svg

    public var description: String { rawValue }
}
