import NewsGraphCore

/// Writes the graph as GEXF 1.3, the format Gephi opens natively, so a reader can lay out,
/// filter and measure the graph there with each type already coloured and sized.
///
/// Gephi reads GraphML too, but only GEXF carries presentation in its own namespace
/// (`viz:`), typed attribute columns and edge kinds, so the graph opens styled and two
/// relations between the same pair of nodes stay two edges. The file holds:
/// - `<attributes class="node">` and `class="edge"`: every column the GraphML export has
///   (`GraphColumns`: type, aliases, mention and source counts, sources, evidence, then the
///   graph's own attributes such as role, kind, status), each with `id` and `title` its
///   name and `type` integer, long, double, boolean or string (lists `; `-joined, evidence
///   one sentence per line). The label and the edge weight are GEXF's own attributes, so
///   they are not repeated as columns.
/// - each node: `label`, its values, `viz:color` (the style sheet's fill for its type),
///   `viz:size` (10, growing with the documents and mentions that name it) and `viz:shape`
///   where GEXF has a shape like the style sheet's (disc, square, triangle, diamond).
/// - each edge: `id`, `label` (the relation's phrase), `kind` (the relation type, which
///   Gephi keeps apart in parallel edges), `weight` (the number of documents that state
///   it), its values, and `viz:color` and `viz:shape` from the relation's line style.
///
/// Text is escaped for XML 1.0 and characters XML 1.0 cannot carry are dropped, as in the
/// GraphML export. Equal graphs give equal bytes: no date is written.
public struct GEXFEncoder: GraphEncoder {
    /// `gexf`: the `--format` name and the file extension.
    public static let identifier = "gexf"

    /// Where node colours and shapes and edge colours come from.
    public var styleSheet: StyleSheet

    /// A user's style sheet restyles the file; the default is the one the diagrams use.
    public init(styleSheet: StyleSheet = .standard) {
        self.styleSheet = styleSheet
    }

    /// Columns GEXF carries as attributes of the element itself.
    private static let nativeNodeColumns: Set = ["label"]
    private static let nativeEdgeColumns: Set = ["label", "weight"]

    /// - Throws: `ExportError.cannotEncode` when an edge ends at a node the graph does not
    ///   hold or a style sheet colour is not `#RRGGBB`.
    /// - Complexity: O(n log n) in the size of the graph.
    public func encode(_ graph: EntityGraph) throws -> String {
        let graph = graph.canonicalized()
        let table = try GraphColumns(graph, format: Self.identifier)
        let nodeColumns = table.columns(.node).filter { !Self.nativeNodeColumns.contains($0.name) }
        let edgeColumns = table.columns(.edge).filter { !Self.nativeEdgeColumns.contains($0.name) }

        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>newsgraph</creator>
                <description>\(Self.description(of: graph))</description>
              </meta>
              <graph defaultedgetype="directed" mode="static">

            """
        for (domain, columns) in [("node", nodeColumns), ("edge", edgeColumns)] {
            out += "    <attributes class=\"\(domain)\">\n"
            for column in columns {
                let name = Self.attribute(column.name)
                out += "      <attribute id=\"\(name)\" title=\"\(name)\" type=\"\(Self.typeName(column.type))\"/>\n"
            }
            out += "    </attributes>\n"
        }

        out += "    <nodes count=\"\(table.nodes.count)\">\n"
        for (row, entity) in zip(table.nodes, graph.nodes.values) {
            let style = styleSheet.style(for: entity.type)
            var viz = [try Self.color(style.fill), "size value=\"\(10 + ToolStyle.growth(of: entity)).0\""]
            if let shape = ToolStyle.nodeShape(style.shape, for: .gexf) { viz.append("shape value=\"\(shape)\"") }
            Self.write("node", [("id", row.id), ("label", entity.label)], row, nodeColumns, viz, to: &out)
        }
        out += "    </nodes>\n"

        out += "    <edges count=\"\(table.edges.count)\">\n"
        for (row, relation) in zip(table.edges, graph.edges.values) {
            let style = styleSheet.style(for: relation.type)
            let attributes = [
                ("id", row.id), ("source", relation.source), ("target", relation.target), ("label", relation.type.phrase),
                ("kind", relation.type.rawValue), ("weight", "\(Double(relation.sourceDocuments.count))"),
            ]
            let viz = [try Self.color(style.color), "shape value=\"\(ToolStyle.lineStyle(style.style, for: .gexf).name)\""]
            Self.write("edge", attributes, row, edgeColumns, viz, to: &out)
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// A `<node>` or `<edge>`: its XML attributes, its `<attvalues>` in column order (none for
    /// an element without values), then its `viz:` elements.
    private static func write(
        _ tag: String, _ attributes: [(String, String)], _ row: GraphColumns.Row, _ columns: [GraphColumns.Column],
        _ viz: [String], to out: inout String
    ) {
        out += "      <\(tag)" + attributes.map { " \($0.0)=\"\(attribute($0.1))\"" }.joined() + ">\n"
        let present = columns.compactMap { column in row.values[column.name].map { (column, $0) } }
        if !present.isEmpty {
            out += "        <attvalues>\n"
            for (column, value) in present {
                out += "          <attvalue for=\"\(attribute(column.name))\" "
                out += "value=\"\(attribute(GraphColumns.text(value, in: column)))\"/>\n"
            }
            out += "        </attvalues>\n"
        }
        for element in viz { out += "        <viz:\(element)/>\n" }
        out += "      </\(tag)>\n"
    }

    /// `color r="…" g="…" b="…"`: a `viz:color` of a style sheet colour.
    private static func color(_ hex: String) throws -> String {
        let color = try ToolStyle.color(hex, format: Self.identifier)
        return "color r=\"\(color.red)\" g=\"\(color.green)\" b=\"\(color.blue)\""
    }

    /// What Gephi shows as the graph's description: where the graph came from, in counts.
    private static func description(of graph: EntityGraph) -> String {
        let documents = graph.documents.count
        return "Entities and relations newsgraph extracted from \(documents) document\(documents == 1 ? "" : "s")"
    }

    /// GEXF's attribute `type` for a column.
    private static func typeName(_ type: GraphColumns.ValueType) -> String {
        switch type {
        case .boolean: "boolean"
        case .int: "integer"
        case .long: "long"
        case .double: "double"
        case .string, .strings: "string"
        }
    }

    private static func attribute(_ text: String) -> String { XMLText.escaped(text, inAttribute: true) }
}
