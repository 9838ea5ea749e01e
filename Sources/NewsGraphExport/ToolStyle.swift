import NewsGraphCore

/// The style sheet's words (Graphviz shapes and line styles, `#RRGGBB` colours) in the words
/// of the graph tools the styled exports are for, and the one scale by which a node grows
/// with its sources.
///
/// The style sheet stays the only place that says how a type looks; this only translates,
/// so Gephi, yEd and Cytoscape show a country with the same fill and the nearest shape
/// each of them has.
enum ToolStyle {
    enum Tool: Sendable { case gexf, yEd, cytoscape }

    /// A colour as channels, read from the style sheet's `#RRGGBB`.
    struct Color: Equatable, Sendable {
        var red: Int
        var green: Int
        var blue: Int

        /// `#RRGGBB` in capitals, whatever case the style sheet used.
        var hex: String {
            "#" + [red, green, blue].map { String($0, radix: 16, uppercase: true) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        }
    }

    /// Reads `#RRGGBB` (or `#RGB`).
    ///
    /// - Throws: `ExportError.cannotEncode` naming the colour: a user's style sheet may hold
    ///   anything, and a tool handed a colour it cannot parse shows its default silently.
    static func color(_ text: String, format: String) throws -> Color {
        var digits = Array(text.hasPrefix("#") ? text.dropFirst() : "")
        if digits.count == 3 { digits = digits.flatMap { [$0, $0] } }
        guard digits.count == 6, let value = Int(String(digits), radix: 16) else {
            throw ExportError.cannotEncode(format: format, reason: "style sheet colour '\(text)' is not #RRGGBB")
        }
        return Color(red: value >> 16, green: (value >> 8) & 0xFF, blue: value & 0xFF)
    }

    /// The nearest shape `tool` has to a Graphviz shape, or nil where it has none close
    /// enough to mean the same (GEXF has only discs, squares, triangles and diamonds).
    static func nodeShape(_ graphviz: String, for tool: Tool) -> String? {
        let nearest = shapes[graphviz.lowercased()] ?? (gexf: nil, yEd: "rectangle", cytoscape: "round-rectangle")
        switch tool {
        case .gexf: return nearest.gexf
        case .yEd: return nearest.yEd
        case .cytoscape: return nearest.cytoscape
        }
    }

    /// Graphviz shape → (GEXF `viz:shape`, yEd `y:Shape type`, Cytoscape.js `shape`).
    private static let shapes: [String: (gexf: String?, yEd: String, cytoscape: String)] = [
        "ellipse": ("disc", "ellipse", "ellipse"), "oval": ("disc", "ellipse", "ellipse"),
        "circle": ("disc", "ellipse", "ellipse"), "doublecircle": ("disc", "ellipse", "ellipse"),
        "point": ("disc", "ellipse", "ellipse"),
        "box": ("square", "rectangle", "rectangle"), "rect": ("square", "rectangle", "rectangle"),
        "rectangle": ("square", "rectangle", "rectangle"), "square": ("square", "rectangle", "rectangle"),
        "note": ("square", "roundrectangle", "cut-rectangle"), "tab": ("square", "roundrectangle", "tag"),
        "folder": ("square", "roundrectangle", "tag"), "box3d": ("square", "rectangle3d", "rectangle"),
        "component": ("square", "rectangle", "rectangle"),
        "cylinder": (nil, "rectangle3d", "barrel"),
        "diamond": ("diamond", "diamond", "diamond"), "mdiamond": ("diamond", "diamond", "diamond"),
        "triangle": ("triangle", "triangle", "triangle"), "invtriangle": ("triangle", "triangle", "triangle"),
        "house": (nil, "trapezoid", "pentagon"), "pentagon": (nil, "hexagon", "pentagon"),
        "hexagon": (nil, "hexagon", "hexagon"), "septagon": (nil, "octagon", "heptagon"),
        "octagon": (nil, "octagon", "octagon"), "doubleoctagon": (nil, "octagon", "octagon"),
        "parallelogram": (nil, "parallelogram", "rhomboid"), "trapezium": (nil, "trapezoid", "round-rectangle"),
        "star": (nil, "star5", "star"),
    ]

    /// A Graphviz line style (solid, dashed, dotted, bold) as `tool` names it, and whether
    /// the line is drawn heavier: no tool has "bold" as a style, they have widths.
    static func lineStyle(_ graphviz: String, for tool: Tool) -> (name: String, heavy: Bool) {
        let style = graphviz.lowercased()
        switch style {
        case "dashed", "dotted": return (style, false)
        default: return (tool == .yEd ? "line" : "solid", style == "bold")
        }
    }

    /// How many steps a node grows above the smallest size: four for each document beyond
    /// the first that names it, one for each mention beyond the first, up to eight, so a
    /// node many sources agree on stands out and one named often in one article only a little.
    static func growth(of entity: Entity) -> Int {
        4 * max(entity.sourceDocuments.count - 1, 0) + min(max(entity.mentions.count - 1, 0), 8)
    }
}
