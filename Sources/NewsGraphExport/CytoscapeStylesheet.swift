import NewsGraphCore

/// The style sheet as a Cytoscape.js stylesheet: the same fills, borders, shapes, line
/// colours and line styles the diagrams use, under selectors that match the `classes` the
/// elements file gives each node and edge.
///
/// Every type and relation of the graph contract gets its rule, whether a given graph has
/// it or not, so one stylesheet serves every graph and a user can load it once.
struct CytoscapeStylesheet {
    let json: CanonicalJSON

    /// - Throws: `ExportError.cannotEncode` when a colour is not `#RRGGBB`.
    init(_ sheet: StyleSheet) throws {
        let format = CytoscapeEncoder.identifier
        // Sizes grow with the number of documents that name a node or state an edge, up to
        // six; mapData clamps beyond its range.
        var rules: [CanonicalJSON] = [
            Self.rule(
                "node",
                [
                    "label": .string("data(label)"), "font-family": .string(sheet.font), "font-size": .int(12),
                    "text-valign": .string("center"), "text-halign": .string("center"),
                    "text-wrap": .string("wrap"), "text-max-width": .string("140px"), "border-width": .int(2),
                    "width": .string("mapData(source_count, 1, 6, 40, 90)"),
                    "height": .string("mapData(source_count, 1, 6, 40, 90)"),
                ])
        ]
        for type in EntityType.allCases {
            let style = sheet.style(for: type)
            rules.append(
                Self.rule(
                    "node.\(type.rawValue)",
                    [
                        "background-color": .string(try ToolStyle.color(style.fill, format: format).hex),
                        "border-color": .string(try ToolStyle.color(style.stroke, format: format).hex),
                        "shape": .string(ToolStyle.nodeShape(style.shape, for: .cytoscape) ?? "round-rectangle"),
                    ]))
        }
        rules.append(
            Self.rule(
                "edge",
                [
                    "label": .string("data(label)"), "font-family": .string(sheet.font), "font-size": .int(9),
                    "text-rotation": .string("autorotate"), "curve-style": .string("bezier"),
                    "target-arrow-shape": .string("triangle"), "width": .string(Self.width(heavy: false)),
                ]))
        for type in RelationType.allCases {
            let style = sheet.style(for: type)
            let color = CanonicalJSON.string(try ToolStyle.color(style.color, format: format).hex)
            let line = ToolStyle.lineStyle(style.style, for: .cytoscape)
            var properties = ["line-color": color, "target-arrow-color": color, "line-style": .string(line.name)]
            if line.heavy { properties["width"] = .string(Self.width(heavy: true)) }
            rules.append(Self.rule("edge.\(type.rawValue)", properties))
        }
        json = .array(rules)
    }

    private static func rule(_ selector: String, _ style: [String: CanonicalJSON]) -> CanonicalJSON {
        .object(["selector": .string(selector), "style": .object(style)])
    }

    /// An edge's width by its weight: a bold relation starts heavier.
    private static func width(heavy: Bool) -> String {
        heavy ? "mapData(weight, 1, 6, 3.5, 7)" : "mapData(weight, 1, 6, 1.5, 5)"
    }
}
