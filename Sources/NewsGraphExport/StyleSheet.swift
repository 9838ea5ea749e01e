import Foundation
import NewsGraphCore

/// How each node type and relation type looks, defined once and read by every styled export.
///
/// The default sheet ships as `Resources/style.json`; a user may pass their own file of the
/// same shape.
public struct StyleSheet: Codable, Sendable, Hashable {
    public struct NodeStyle: Codable, Sendable, Hashable {
        /// A Graphviz shape name; other formats map it to their nearest shape.
        public var shape: String
        /// Fill colour, `#RRGGBB`.
        public var fill: String
        /// Border colour, `#RRGGBB`.
        public var stroke: String
        /// What the type means, for legends.
        public var description: String
    }

    public struct RelationStyle: Codable, Sendable, Hashable {
        /// A Graphviz line style: solid, dashed, dotted or bold. Diagrams draw line width by the
        /// number of sources, so the standard sheet tells relations apart by style, colour and
        /// arrowhead rather than by `bold`.
        public var style: String
        /// Line colour, `#RRGGBB`.
        public var color: String
        /// A Graphviz arrow shape at the target end (normal, vee, diamond, box, dot, tee, empty,
        /// ...); "normal" when a sheet leaves it out.
        public var arrowhead: String

        public init(style: String, color: String, arrowhead: String = "normal") {
            self.style = style
            self.color = color
            self.arrowhead = arrowhead
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            style = try container.decode(String.self, forKey: .style)
            color = try container.decode(String.self, forKey: .color)
            arrowhead = try container.decodeIfPresent(String.self, forKey: .arrowhead) ?? "normal"
        }
    }

    public var font: String
    public var nodes: [String: NodeStyle]
    public var relations: [String: RelationStyle]

    public func style(for type: EntityType) -> NodeStyle {
        nodes[type.rawValue] ?? NodeStyle(shape: "ellipse", fill: "#FFFFFF", stroke: "#000000", description: type.rawValue)
    }

    public func style(for type: RelationType) -> RelationStyle {
        relations[type.rawValue] ?? RelationStyle(style: "solid", color: "#000000")
    }

    /// The style sheet that ships with newsgraph.
    public static let standard: StyleSheet = {
        guard let url = Bundle.module.url(forResource: "style", withExtension: "json", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url),
            let sheet = try? JSONDecoder().decode(StyleSheet.self, from: data)
        else { fatalError("newsgraph is installed without its style sheet (Resources/style.json)") }
        return sheet
    }()

    /// Reads a user's style sheet.
    public static func load(from url: URL) throws -> StyleSheet {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ExportError.unreadableStyleSheet(path: url.path, reason: "cannot read the file")
        }
        do { return try JSONDecoder().decode(StyleSheet.self, from: data) } catch {
            throw ExportError.unreadableStyleSheet(path: url.path, reason: "not a style sheet: \(error)")
        }
    }
}
