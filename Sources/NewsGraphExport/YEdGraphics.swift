import NewsGraphCore

/// The yFiles markup that makes yEd show a graph styled on opening: for each node a
/// `y:ShapeNode` (fill, border, shape and label from the style sheet), for each edge a
/// `y:PolyLineEdge` (line colour and style, an arrow, the relation's phrase).
///
/// yEd ignores GraphML data it does not know and draws every node as the same square
/// without this. The markup lives in `<data>` elements, which the GraphML schema lets hold
/// elements of other namespaces, so readers other than yEd skip it.
struct YEdGraphics {
    static let namespace = "http://www.yworks.com/xml/graphml"

    /// The markup of each node and each edge, by id, indented to sit inside its `<data>`.
    private(set) var nodes: [String: String] = [:]
    private(set) var edges: [String: String] = [:]

    /// Nodes start on a grid, in the graph's order, so none hides another before the user
    /// runs one of yEd's layouts; cells are wide enough for a long label.
    private static let cell = (width: 300, height: 110)

    /// - Throws: `ExportError.cannotEncode` when a style sheet colour is not `#RRGGBB`.
    init(_ graph: EntityGraph, styleSheet: StyleSheet) throws {
        let format = GraphMLEncoder.identifier
        let columns = max(1, Int(Double(graph.nodes.count).squareRoot().rounded(.up)))
        for (index, entity) in graph.nodes.values.enumerated() {
            let style = styleSheet.style(for: entity.type)
            let fill = try ToolStyle.color(style.fill, format: format).hex
            let border = try ToolStyle.color(style.stroke, format: format).hex
            let height = 30 + ToolStyle.growth(of: entity)
            // yEd does not size a node to its label; about 7 px a character at 12 pt.
            let width = min(max(height, 7 * entity.label.count + 20), 260)
            let x = (index % columns) * Self.cell.width
            let y = (index / columns) * Self.cell.height
            nodes[entity.id] = """
                        <y:ShapeNode>
                          <y:Geometry height="\(height).0" width="\(width).0" x="\(x).0" y="\(y).0"/>
                          <y:Fill color="\(fill)" transparent="false"/>
                          <y:BorderStyle color="\(border)" raised="false" type="line" width="2.0"/>
                          <y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="\(Self.attribute(styleSheet.font))" \
                fontSize="12" fontStyle="plain" modelName="internal" modelPosition="c" textColor="#000000" \
                visible="true">\(XMLText.escaped(entity.label))</y:NodeLabel>
                          <y:Shape type="\(ToolStyle.nodeShape(style.shape, for: .yEd) ?? "rectangle")"/>
                        </y:ShapeNode>

                """
        }
        for relation in graph.edges.values {
            let style = styleSheet.style(for: relation.type)
            let color = try ToolStyle.color(style.color, format: format).hex
            let line = ToolStyle.lineStyle(style.style, for: .yEd)
            // Heavier for a bold relation, and half a point more for each further source.
            let width = (line.heavy ? 2.5 : 1.0) + 0.5 * Double(min(max(relation.sourceDocuments.count - 1, 0), 6))
            edges[relation.id] = """
                        <y:PolyLineEdge>
                          <y:LineStyle color="\(color)" type="\(line.name)" width="\(width)"/>
                          <y:Arrows source="none" target="standard"/>
                          <y:EdgeLabel alignment="center" fontFamily="\(Self.attribute(styleSheet.font))" fontSize="10" \
                fontStyle="plain" modelName="centered" modelPosition="center" preferredPlacement="anywhere" \
                textColor="#000000" visible="true">\(XMLText.escaped(relation.type.phrase))</y:EdgeLabel>
                          <y:BendStyle smoothed="false"/>
                        </y:PolyLineEdge>

                """
        }
    }

    private static func attribute(_ text: String) -> String { XMLText.escaped(text, inAttribute: true) }
}
