import NewsGraphCore
import NewsGraphExport

/// The drawing's caption: a heading naming the source articles, a line of counts and the
/// layout engine, and a legend of the entity and relation types present with their styles.
///
/// It is one HTML-like table set as the graph label, because a graph label is placed by every
/// engine (a legend made of real nodes would drift around under `sfdp`). Every piece of text
/// in it is cleaned and XML-escaped; colours and line styles come from a validated style sheet.
struct DiagramCaption: Sendable {
    /// The bold first line: the title option, or the source articles.
    var heading: String
    /// The source articles when the heading is a user title, else `nil`.
    var sources: String?
    /// "7 entities, 8 relations from 2 articles; layout: dot".
    var summary: String
    var entityTypes: [(type: EntityType, count: Int)]
    var relationTypes: [(type: RelationType, count: Int)]
    var styleSheet: StyleSheet

    /// How many article titles the caption names before "+N more".
    static let listedDocuments = 3
    /// The longest article title the caption shows, in characters.
    static let titleLength = 48

    init(graph: EntityGraph, options: DiagramOptions, engine: LayoutEngine) {
        let sourceList = Self.sourceList(graph.documents)
        if let title = options.title.map(GraphvizText.clean), !title.isEmpty {
            heading = title
            sources = sourceList.map { "Sources: " + $0 }
        } else {
            heading = sourceList ?? "Entity graph"
            sources = nil
        }
        summary = [
            Self.count(graph.nodes.count, "entity", "entities"),
            Self.count(graph.edges.count, "relation", "relations"),
        ].joined(separator: ", ") + " from " + Self.count(graph.documents.count, "article", "articles")
            + "; layout: \(engine)"
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

    /// Up to ``listedDocuments`` titles (or ids, for untitled articles) and "+N more".
    static func sourceList(_ documents: [Document]) -> String? {
        guard !documents.isEmpty else { return nil }
        let names = documents.prefix(listedDocuments).map { document in
            let title = GraphvizText.clean(document.title)
            return GraphvizText.truncated(title.isEmpty ? GraphvizText.clean(document.id) : title, to: titleLength)
        }
        let more = documents.count - names.count
        return (names + (more > 0 ? ["+\(more) more"] : [])).joined(separator: "; ")
    }

    /// The caption as HTML-like label markup, without the outer `<` `>`.
    var html: String {
        // Not bold: Graphviz 2.42 measures bold text with regular metrics, so a bold heading
        // comes out wider than the space laid out for it.
        var rows = [Self.row(#"<FONT POINT-SIZE="18">\#(Self.text(heading))</FONT>"#)]
        if let sources {
            rows.append(Self.row(#"<FONT POINT-SIZE="11">\#(Self.text(sources))</FONT>"#))
        }
        rows.append(Self.row(##"<FONT POINT-SIZE="10" COLOR="#555555">\##(Self.text(summary))</FONT>"##))
        if let legend {
            rows.append(Self.row(legend))
        }
        // One row per line, so the label reads well in the DOT file; whitespace between tags is ignored.
        return #"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">\#n\#(rows.joined(separator: "\n"))\#n</TABLE>"#
    }

    /// The legend as one table whose columns are the entity types and the relation types:
    /// one table rather than two nested side by side, because Graphviz stretches a nested
    /// table to its cell's height and would spread the shorter list's rows apart.
    private var legend: String? {
        let columns = [
            entityTypes.isEmpty ? nil : ["Entities"] + entityTypes.map(entityCells),
            relationTypes.isEmpty ? nil : ["Relations"] + relationTypes.map(relationCells),
        ].compactMap { $0 }
        guard !columns.isEmpty else { return nil }
        let height = columns.map(\.count).max() ?? 0
        let rows = (0..<height).map { index in
            let cells = columns.map { column -> String in
                guard index < column.count else { return "<TD></TD><TD></TD>" }
                if index == 0 {
                    return #"<TD COLSPAN="2" ALIGN="LEFT"><FONT POINT-SIZE="11"><B>\#(column[0])</B></FONT></TD>"#
                }
                return column[index]
            }
            // The spacer column keeps the lists apart when a viewer's font is wider than
            // Graphviz's built-in metrics.
            return "<TR>" + cells.joined(separator: #"<TD WIDTH="28"></TD>"#) + "</TR>"
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
        // A cell showing only its bottom border draws a sample of the edge's line.
        let line: String
        switch style.style {
        case "bold": line = #"BORDER="2""#
        case "dashed", "dotted": line = #"BORDER="1" STYLE="\#(style.style)""#
        default: line = #"BORDER="1""#
        }
        let sample = #"<TD WIDTH="30" HEIGHT="10" FIXEDSIZE="TRUE" SIDES="B" \#(line) COLOR="\#(style.color)"></TD>"#
        return #"\#(sample)<TD ALIGN="LEFT"><FONT POINT-SIZE="11" COLOR="\#(style.color)">\#(Self.text(entry.type.phrase)) (\#(entry.count))</FONT></TD>"#
    }

    private static func row(_ content: String) -> String {
        #"<TR><TD ALIGN="LEFT">\#(content)</TD></TR>"#
    }

    /// Text from a graph or a style sheet, safe as HTML-like label content.
    private static func text(_ value: String) -> String {
        GraphvizText.htmlText(value)
    }

    private static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) \(n == 1 ? singular : plural)"
    }
}
