import NewsGraphCore
import NewsGraphExport

/// A briefing on one graph as a single, self-contained HTML page: the diagrams of the chosen
/// views inline, each with its caption (after a stories overview, a table of its stories), the
/// numbered sources, a table of entities with their
/// mention counts and sources, and the evidence for every relation, for a reader who would
/// rather read than look.
///
/// The page makes no request of its own: no script, no style sheet, font or image by URL, and
/// no link out of the page (the stories table links to sections within it); the SVGs are
/// inline and a Content-Security-Policy of `default-src 'none'` tells the browser to refuse
/// anything else. All article text is cleaned and HTML-escaped.
public enum BriefPage {
    /// A rendered page and Graphviz's warnings from drawing its diagrams.
    public struct Output: Sendable {
        public var html: String
        public var diagnostics: [Diagnostic]
    }

    /// Renders the brief.
    ///
    /// - Parameters:
    ///   - graph: the whole graph: the tables and sources describe all of it.
    ///   - views: the diagrams to show, in order (each a selection of `graph`).
    ///   - title: the page's heading.
    ///   - options: how diagrams are drawn; its `title` is ignored (each diagram is titled by its view).
    /// - Throws: ``RenderingError`` when a diagram cannot be drawn.
    public static func render(
        _ graph: EntityGraph, views: [GraphSelection], title: String, options: DiagramOptions = DiagramOptions()
    ) throws(RenderingError) -> Output {
        let graph = graph.canonicalized()
        let whole = GraphSelection(full: graph)
        var diagramOptions = options
        diagramOptions.title = nil
        var sections: [String] = []
        var diagnostics: [Diagnostic] = []
        let storySections = Set(views.compactMap { view -> String? in
            guard case .story(let id) = view.view else { return nil }
            return view.graph.story(withID: id)?.id
        })
        for (index, view) in views.enumerated() {
            let diagram = try GraphvizRenderer.render(view, as: .svg, options: diagramOptions)
            diagnostics += diagram.diagnostics
            var anchor = "diagram-\(index + 1)"
            if case .story(let id) = view.view, let story = view.graph.story(withID: id) { anchor = story.id }
            // The table of stories first: the index a reader scans before the overview drawing.
            if view.view == .stories { sections.append(storiesTable(view, whole: graph, linking: storySections)) }
            sections.append(section(diagram, anchor: anchor))
        }
        let caption = DiagramCaption(selection: whole, options: diagramOptions, engine: options.engine)
        let body = [
            "<h1>\(text(title))</h1>",
            "<p class=\"lede\">\(text(DiagramCaption.count(graph.nodes.count, "entity", "entities"))) and \(text(DiagramCaption.count(graph.edges.count, "relation", "relations"))) extracted from \(text(DiagramCaption.count(graph.documents.count, "news article", "news articles"))). Every entity and relation below lists the sentences and sources it came from; numbers in brackets refer to the sources.</p>",
        ] + sections + [BriefComparison.section(SourceComparison(graph), caption: caption)] + [sourcesSection(caption)]
            + decisionsSection(graph)
            + [entitiesSection(graph, caption: caption), relationsSection(graph, caption: caption)]
        let html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(text(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <main>
            \(body.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
        return Output(html: html, diagnostics: diagnostics)
    }

    private static let style = """
        body { margin: 0; background: #fff; color: #1a1a1a; font: 16px/1.45 Helvetica, Arial, sans-serif; }
        main { max-width: 1100px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 28px; margin: 0 0 8px; }
        h2 { font-size: 22px; margin: 32px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 16px 0 4px; }
        .lede, figcaption, .note { color: #444; }
        figure { margin: 0; }
        figure svg { display: block; max-width: 100%; height: auto; }
        figcaption p { margin: 6px 0; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid #e5e5e5; }
        th { background: #f4f4f4; }
        td.count { text-align: right; }
        .aliases, .id { color: #666; font-size: 13px; }
        ul.evidence { margin: 2px 0 10px; padding-left: 20px; }
        """

    private static func section(_ diagram: Diagram, anchor: String) -> String {
        let caption = diagram.caption
        var parts = [
            "<section id=\"\(text(anchor))\">", "<h2>\(text(caption.heading))</h2>", "<figure>", inlineSVG(diagram.text),
            "<figcaption>",
        ]
        parts += caption.summary.map { "<p>\(text($0))</p>" }
        if !caption.singleSource.isEmpty {
            let notes = caption.singleSource.map { "\(text($0.label)) [\($0.source)]" }.joined(separator: "; ")
            parts.append("<p class=\"note\">Named by one source only: \(notes).</p>")
        }
        if !caption.decisions.isEmpty {
            let notes = caption.decisions.map { "\(text($0.place)): \(text($0.message))" }.joined(separator: "; ")
            parts.append("<p class=\"note\">Shaped by analyst decisions: \(notes).</p>")
        }
        parts += ["</figcaption>", "</figure>", "</section>"]
        return parts.joined(separator: "\n")
    }

    /// How many actors the stories table names per story.
    static let actorsPerStory = 4

    /// The stories an overview shows, as a table: number, title (a link to the story's own
    /// section when the brief has one), articles, strongest actors, entities and relations.
    private static func storiesTable(
        _ overview: GraphSelection, whole graph: EntityGraph, linking sections: Set<String>
    ) -> String {
        var rows = [
            "<section id=\"stories\">", "<h2>Stories</h2>",
            "<p class=\"note\">Heaviest first: a story's weight is the evidence of its relations, "
                + "each counted once per article that states it.</p>",
            "<table>",
            "<thead><tr><th>#</th><th>Story</th><th>Articles</th><th>Strongest actors</th><th>Entities</th>"
                + "<th>Relations</th></tr></thead>",
            "<tbody>",
        ]
        for (index, shown) in overview.graph.stories.enumerated() {
            let story = graph.story(withID: shown.id) ?? shown
            let actors = story.entities.compactMap { graph.nodes[$0] }
                .filter { [.person, .agency, .country].contains($0.type) }
                .prefix(actorsPerStory).map { text($0.label) }.joined(separator: ", ")
            let title =
                sections.contains(story.id) ? "<a href=\"#\(text(story.id))\">\(text(story.title))</a>" : text(story.title)
            rows.append(
                "<tr><td class=\"count\">\(index + 1)</td><td>\(title)</td>"
                    + "<td class=\"count\">\(story.documents.count)</td><td>\(actors)</td>"
                    + "<td class=\"count\">\(story.entities.count)</td><td class=\"count\">\(story.edges.count)</td></tr>")
        }
        rows += ["</tbody>", "</table>", "</section>"]
        return rows.joined(separator: "\n")
    }

    /// The SVG from its `<svg` start tag on: the XML declaration, DOCTYPE and Graphviz's
    /// comments before it have no place inside HTML.
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var inline = String(svg[start.lowerBound...])
        while inline.hasSuffix("\n") { inline.removeLast() }
        return inline
    }

    private static func sourcesSection(_ caption: DiagramCaption) -> String {
        let items = caption.sources.map { "<li value=\"\($0.number)\">\(text($0.title)) <span class=\"id\">(\(text($0.id)))</span></li>" }
        return (["<section id=\"sources\">", "<h2>Sources</h2>", "<ol>"] + items + ["</ol>", "</section>"]).joined(separator: "\n")
    }

    /// The analyst's decisions the graph was built with, each with its line and what it did;
    /// nothing for a graph built without them.
    private static func decisionsSection(_ graph: EntityGraph) -> [String] {
        let decided = graph.diagnostics.filter { $0.decision != nil }
        guard !decided.isEmpty else { return [] }
        var rows = [
            "<section id=\"decisions\">", "<h2>Analyst decisions</h2>",
            "<p class=\"note\">Applied while the graph was built, from the decisions file; entities they shaped are marked in the table below.</p>",
            "<table>", "<thead><tr><th>Line</th><th>Decision</th><th>What it did</th></tr></thead>", "<tbody>",
        ]
        for diagnostic in decided {
            let origin = diagnostic.decision!
            rows.append(
                "<tr><td>\(text("\(origin.file):\(origin.line)"))</td><td>\(text(origin.text))</td>"
                    + "<td>\(text(diagnostic.message))</td></tr>")
        }
        rows += ["</tbody>", "</table>", "</section>"]
        return [rows.joined(separator: "\n")]
    }

    private static func entitiesSection(_ graph: EntityGraph, caption: DiagramCaption) -> String {
        var rows = [
            "<section id=\"entities\">", "<h2>Entities</h2>",
            "<p class=\"note\">Most sources first, then most relations.</p>",
            "<table>", "<thead><tr><th>Entity</th><th>Type</th><th>Mentions</th><th>Sources</th></tr></thead>", "<tbody>",
        ]
        for id in graph.importanceOrder() {
            guard let entity = graph.nodes[id] else { continue }
            var name = text(entity.label)
            if let role = entity.attributes["role"]?.text, !role.isEmpty { name += ", <span class=\"aliases\">\(text(role))</span>" }
            if !entity.aliases.isEmpty {
                name += "<br><span class=\"aliases\">also: \(text(entity.aliases.joined(separator: ", ")))</span>"
            }
            if case .strings(let marks)? = entity.attributes["decisions"], !marks.isEmpty {
                name += "<br><span class=\"aliases\">decided: \(text(marks.joined(separator: ", ")))</span>"
            }
            rows.append(
                "<tr><td>\(name)</td><td>\(text(entity.type.rawValue))</td><td class=\"count\">\(entity.mentions.count)</td><td>\(references(entity.sourceDocuments, caption))</td></tr>"
            )
        }
        rows += ["</tbody>", "</table>", "</section>"]
        return rows.joined(separator: "\n")
    }

    private static func relationsSection(_ graph: EntityGraph, caption: DiagramCaption) -> String {
        var parts = ["<section id=\"relations\">", "<h2>Relations and their evidence</h2>"]
        let relations = graph.edges.values.sorted { a, b in
            a.type != b.type ? a.type < b.type : a.id < b.id
        }
        for relation in relations {
            // Each relation repeats its ends' names: cut as diagrams cut them (the entity table has them whole).
            let source = GraphvizText.name(graph.nodes[relation.source]?.label ?? relation.source)
            let target = GraphvizText.name(graph.nodes[relation.target]?.label ?? relation.target)
            var head = "\(text(source)) <em>\(text(relation.type.phrase))</em> \(text(target))"
            if let status = relation.attributes["status"]?.text, !status.isEmpty { head += " (\(text(status)))" }
            parts.append("<h3>\(head)</h3>")
            let items = relation.evidence.map { evidence in
                let number = caption.number(ofDocument: evidence.document).map { "[\($0)]" } ?? "(\(text(evidence.document)))"
                return "<li>\u{201C}\(text(evidence.sentence))\u{201D} \(number)</li>"
            }
            parts.append((["<ul class=\"evidence\">"] + items + ["</ul>"]).joined(separator: "\n"))
        }
        parts.append("</section>")
        return parts.joined(separator: "\n")
    }

    /// "[1] [3]" for the given documents.
    private static func references(_ documents: [String], _ caption: DiagramCaption) -> String {
        documents.map { id in caption.number(ofDocument: id).map { "[\($0)]" } ?? "(\(text(id)))" }.joined(separator: " ")
    }

    /// Article text as HTML: cleaned, then escaped.
    private static func text(_ value: String) -> String {
        GraphvizText.xmlEscaped(GraphvizText.clean(value))
    }
}
