import NewsGraphCore
import NewsGraphExport

/// What is drawn above the diagram: its title, its numbered sources, a line of counts and the
/// layout engine, and a legend of the entity and relation types present with their styles.
///
/// It is one HTML-like table set as the graph label, because a graph label is placed by every
/// engine (a legend made of real nodes would drift around under `sfdp`). Every piece of text
/// in it is cleaned and XML-escaped; colours and line styles come from a validated style sheet.
struct DiagramHeading: Sendable {
    var caption: DiagramCaption
    /// "7 entities, 8 relations from 2 articles; layout: dot", and what a view left out.
    var summary: String
    var entityTypes: [(type: EntityType, count: Int)]
    var relationTypes: [(type: RelationType, count: Int)]
    var styleSheet: StyleSheet
    /// Whether the heading lists the first sources: not above the stories overview, whose boxes
    /// are titled and whose sources, many stories' worth, are in the caption.
    var listsSources: Bool

    /// How many sources the heading lists before "+N more".
    static let listedDocuments = 5
    /// The longest source title the heading shows, in characters.
    static let titleLength = 72
    /// Relation types the legend lists in one column before it starts a second.
    static let relationsPerColumn = 8

    init(selection: GraphSelection, caption: DiagramCaption, options: DiagramOptions, plan: LayoutPlan) {
        let graph = selection.graph
        self.caption = caption
        listsSources = selection.view != .stories
        var summary =
            [
                DiagramCaption.count(graph.nodes.count, "entity", "entities"),
                DiagramCaption.count(graph.edges.count, "relation", "relations"),
            ].joined(separator: ", ") + " from " + DiagramCaption.count(graph.documents.count, "article", "articles")
            + "; layout: \(plan.engine)"
        if selection.view != .full {
            summary += "; view: \(GraphvizText.clean(selection.view.description))"
            if selection.view.isEgo { summary += ", depth \(selection.depth)" }
        }
        if !selection.dropped.isEmpty, let limit = selection.maxNodes {
            summary += "; \(selection.dropped.count) more left out (max \(limit) entities)"
        }
        if !selection.unrelated.isEmpty {
            summary += "; \(selection.unrelated.count) more with no relation, named in the caption"
        }
        self.summary = summary
        styleSheet = options.styleSheet
        if options.showsLegend {
            let nodeCounts = Dictionary(graph.nodes.values.map { ($0.type, 1) }, uniquingKeysWith: +)
            entityTypes = EntityType.allCases.compactMap { type in nodeCounts[type].map { (type, $0) } }
            let edgeCounts = Dictionary(graph.edges.values.map { ($0.type, 1) }, uniquingKeysWith: +)
            relationTypes = RelationType.allCases.compactMap { type in edgeCounts[type].map { (type, $0) } }
        } else {
            entityTypes = []
            relationTypes = []
        }
    }

    /// Up to ``listedDocuments`` numbered titles (or ids, for untitled articles) and "+N more".
    var sourceLines: [String] {
        guard listsSources else { return [] }
        let listed = caption.sources.prefix(Self.listedDocuments).map { source in
            "\(source.number). " + GraphvizText.truncated(source.title, to: Self.titleLength)
        }
        let more = caption.sources.count - listed.count
        return listed + (more > 0 ? ["+\(more) more sources, listed in the caption"] : [])
    }

    /// The heading as HTML-like label markup, without the outer `<` `>`.
    var html: String {
        // Not bold: Graphviz 2.42 measures bold text with regular metrics, so a bold heading
        // comes out wider than the space laid out for it.
        var rows = [Self.row(#"<FONT POINT-SIZE="18">\#(Self.text(caption.heading))</FONT>"#)]
        for line in sourceLines {
            rows.append(Self.row(#"<FONT POINT-SIZE="10">\#(Self.text(line))</FONT>"#))
        }
        rows.append(Self.row(##"<FONT POINT-SIZE="10" COLOR="#555555">\##(Self.text(summary))</FONT>"##))
        if let legend {
            rows.append(Self.row(legend))
            rows.append(
                Self.row(
                    ##"<FONT POINT-SIZE="10" COLOR="#555555">Thicker borders and lines: more sources (1 to 5 or more). Fainter lines: no sentence states them. Hover for evidence.</FONT>"##
                ))
        }
        // One row per line, so the label reads well in the DOT file; whitespace between tags is ignored.
        return #"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">\#n\#(rows.joined(separator: "\n"))\#n</TABLE>"#
    }

    /// A legend column: a header and one entry per row, each entry `width` cells.
    private typealias Column = (header: String, entries: [String], width: Int)

    /// The legend as one table whose columns are the entity types and the relation types (in
    /// one or two columns): one table rather than several nested side by side, because Graphviz
    /// stretches a nested table to its cell's height and would spread the shorter list's rows apart.
    private var legend: String? {
        var columns: [Column] = []
        if !entityTypes.isEmpty { columns.append(("Entities", entityTypes.map(entityCells), 2)) }
        if !relationTypes.isEmpty {
            let entries = relationTypes.map(relationCells)
            let split = entries.count > Self.relationsPerColumn ? (entries.count + 1) / 2 : entries.count
            columns.append(("Relations", Array(entries[..<split]), 3))
            if split < entries.count { columns.append(("", Array(entries[split...]), 3)) }
        }
        guard !columns.isEmpty else { return nil }
        let height = (columns.map(\.entries.count).max() ?? 0) + 1
        let rows = (0..<height).map { index in
            let cells = columns.map { column -> String in
                if index == 0 {
                    // Graphviz refuses an empty <B></B>.
                    guard !column.header.isEmpty else { return #"<TD COLSPAN="\#(column.width)"></TD>"# }
                    return #"<TD COLSPAN="\#(column.width)" ALIGN="LEFT"><FONT POINT-SIZE="11"><B>\#(column.header)</B></FONT></TD>"#
                }
                guard index - 1 < column.entries.count else { return String(repeating: "<TD></TD>", count: column.width) }
                return column.entries[index - 1]
            }
            // The spacer column keeps the lists apart when a viewer's font is wider than
            // Graphviz's built-in metrics.
            return "<TR>" + cells.joined(separator: #"<TD WIDTH="24"></TD>"#) + "</TR>"
        }
        return #"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="1">\#n\#(rows.joined(separator: "\n"))\#n</TABLE>"#
    }

    private func entityCells(_ entry: (type: EntityType, count: Int)) -> String {
        let style = styleSheet.style(for: entry.type)
        // The swatch repeats the node's fill and border; rounded corners hint at ellipses.
        let rounded = ["ellipse", "oval", "circle"].contains(style.shape) ? #" STYLE="rounded""# : ""
        let swatch = #"<TD WIDTH="24" HEIGHT="14" FIXEDSIZE="TRUE" BORDER="1" BGCOLOR="\#(style.fill)" COLOR="\#(style.stroke)"\#(rounded)></TD>"#
        return #"\#(swatch)<TD ALIGN="LEFT"><FONT POINT-SIZE="11">\#(Self.text(style.description)) (\#(entry.count))</FONT></TD>"#
    }

    private func relationCells(_ entry: (type: RelationType, count: Int)) -> String {
        let style = styleSheet.style(for: entry.type)
        // A cell showing only its bottom border draws a sample of the edge's line, and a glyph
        // after it stands for the arrowhead.
        let line: String
        switch style.style {
        case "bold": line = #"BORDER="2""#
        case "dashed", "dotted": line = #"BORDER="1" STYLE="\#(style.style)""#
        default: line = #"BORDER="1""#
        }
        let sample = #"<TD WIDTH="26" HEIGHT="8" FIXEDSIZE="TRUE" SIDES="B" \#(line) COLOR="\#(style.color)"></TD>"#
        let arrow = #"<TD ALIGN="LEFT"><FONT POINT-SIZE="9" COLOR="\#(style.color)">\#(Self.glyph(arrowhead: style.arrowhead))</FONT></TD>"#
        return #"\#(sample)\#(arrow)<TD ALIGN="LEFT"><FONT POINT-SIZE="11" COLOR="\#(style.color)">\#(Self.text(entry.type.phrase)) (\#(entry.count))</FONT></TD>"#
    }

    /// A character that looks like the Graphviz arrowhead, for the legend.
    static func glyph(arrowhead: String) -> String {
        switch arrowhead.lowercased() {
        case "vee", "open": "\u{276F}"  // ❯
        case "diamond", "ediamond": "\u{25C6}"  // ◆
        case "odiamond": "\u{25C7}"  // ◇
        case "box": "\u{25A0}"  // ■
        case "obox": "\u{25A1}"  // □
        case "dot": "\u{25CF}"  // ●
        case "odot": "\u{25CB}"  // ○
        case "tee": "\u{22A3}"  // ⊣
        case "empty", "onormal": "\u{25B7}"  // ▷
        case "none": ""
        default: "\u{25B6}"  // ▶
        }
    }

    private static func row(_ content: String) -> String {
        #"<TR><TD ALIGN="LEFT">\#(content)</TD></TR>"#
    }

    /// Text from a graph or a style sheet, safe as HTML-like label content.
    private static func text(_ value: String) -> String {
        GraphvizText.htmlText(value)
    }
}
