import NewsGraphCore
import NewsGraphExport

extension DiagramModel {
    /// The opacity added to the colour of a relation no sentence states (`attributes.basis`:
    /// knowledge or inferred): drawn, but fainter than what the articles say.
    static let faintAlpha = "66"

    /// The seed of the force-directed layouts, written into the graph as `start` so the DOT
    /// reproduces the drawing with the `dot` program too.
    static let layoutSeed: UInt32 = 1

    /// Describes `selection` as Graphviz should draw it, styled by `options.styleSheet` and laid
    /// out as its ``LayoutPlan`` says.
    ///
    /// Nodes and edges are added in the graph's canonical order, so equal graphs give equal
    /// DOT and SVG. Edges whose source or target is not a node are left out and reported.
    ///
    /// - Returns: the model, the caption and the diagnostics for what was left out.
    /// - Throws: ``RenderingError/invalidStyle(key:value:expected:)`` for a bad style sheet.
    /// - Complexity: O(n log n) in the number of nodes and edges (canonicalisation).
    static func make(
        from selection: GraphSelection, options: DiagramOptions
    ) throws(RenderingError) -> (model: DiagramModel, caption: DiagramCaption, diagnostics: [Diagnostic]) {
        let graph = selection.graph.canonicalized()
        let sheet = options.styleSheet
        try sheet.validateForGraphviz()
        let plan = LayoutPlan(graph: graph, requested: options.engine)
        let caption = DiagramCaption(selection: selection, title: options.title, plan: plan)
        let heading = DiagramHeading(selection: selection, caption: caption, options: options, plan: plan)
        let meetings = selection.view == .meetings ? graph.meetingsInTimeOrder() : []
        let meetingNumbers = Dictionary(meetings.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        let drawing = Drawing(graph: graph, sheet: sheet, plan: plan, caption: caption, meetingNumbers: meetingNumbers)

        var tooltips: [String: String] = [:]
        let (nodes, names) = nodes(drawing, view: selection.view, tooltips: &tooltips)
        var (edges, diagnostics) = edges(drawing, names: names, tooltips: &tooltips)
        var sameRank: [[String]] = []
        if plan.isLayered {
            sameRank = meetingRank(meetings, names: names, edges: &edges)
            edges += isolatedRows(graph, names: names, meetingNumbers: meetingNumbers)
        }
        let font = sheet.font
        let model = DiagramModel(
            name: Slug.make(options.graphName ?? "newsgraph"),
            engine: plan.engine,
            graphAttributes: graphAttributes(heading: heading, font: font, plan: plan),
            nodeDefaults: nodeDefaults(font: font),
            edgeDefaults: edgeDefaults(font: font),
            nodes: nodes,
            edges: edges,
            sameRank: sameRank,
            clusters: selection.view == .stories ? storyClusters(graph, names: names, font: font) : [],
            tooltips: tooltips)
        return (model, caption, diagnostics)
    }

    /// What every node and edge of one diagram is drawn from.
    private struct Drawing {
        var graph: EntityGraph
        var sheet: StyleSheet
        var plan: LayoutPlan
        var caption: DiagramCaption
        /// The meetings' numbers in time order, by entity id (the meetings view only).
        var meetingNumbers: [String: Int]
    }

    /// The nodes in drawing order, and each entity's node name.
    private static func nodes(
        _ drawing: Drawing, view: GraphView, tooltips: inout [String: String]
    ) -> (nodes: [Node], names: [String: String]) {
        var names: [String: String] = [:]
        var nodes: [Node] = []
        for (index, entity) in drawingOrder(drawing.graph, view: view).enumerated() {
            let name = nodeName(id: entity.id, index: index)
            names[entity.id] = name
            let id = "n\(index)"
            tooltips[id] = DiagramTooltips.entity(entity, in: drawing.graph, caption: drawing.caption)
            nodes.append(node(entity, name: name, id: id, drawing))
        }
        return (nodes, names)
    }

    /// An entity's node, styled by its type, numbered and dated if it is a meeting in time order,
    /// and drawn heavier the more sources name it.
    private static func node(_ entity: Entity, name: String, id: String, _ drawing: Drawing) -> Node {
        let style = drawing.sheet.style(for: entity.type)
        var label = entity.label
        if let number = drawing.meetingNumbers[entity.id] {
            label = "\(number). \(label)" + (EventDate(of: entity).map { " (\($0))" } ?? "")
        }
        return Node(
            name: name,
            attributes: [
                Attribute("id", id),
                Attribute("label", GraphvizText.label(label, width: drawing.plan.labelWidth)),
                Attribute("shape", style.shape),
                Attribute("fillcolor", style.fill),
                Attribute("color", style.stroke),
                Attribute("penwidth", width(sources: entity.sourceDocuments.count, base: 10, step: 8, maximum: 42)),
            ])
    }

    /// The edges between drawn nodes, in the graph's order; an edge whose source or target is no
    /// node is left out and reported.
    private static func edges(
        _ drawing: Drawing, names: [String: String], tooltips: inout [String: String]
    ) -> (edges: [Edge], diagnostics: [Diagnostic]) {
        var edges: [Edge] = []
        var diagnostics: [Diagnostic] = []
        for (index, relation) in drawing.graph.edges.values.enumerated() {
            guard let source = names[relation.source], let target = names[relation.target] else {
                let missing = names[relation.source] == nil ? relation.source : relation.target
                diagnostics.append(
                    Diagnostic(
                        id: "graphviz.dangling-edge", severity: .warning,
                        message: "edge \(relation.id) left out of the diagram: no node \(missing)",
                        subjects: [relation.source, relation.target]))
                continue
            }
            let id = "e\(index)"
            tooltips[id] = DiagramTooltips.relation(relation, in: drawing.graph, caption: drawing.caption)
            edges.append(edge(relation, from: source, to: target, id: id, drawing))
        }
        return (edges, diagnostics)
    }

    /// A relation's edge, styled by its type, drawn heavier the more sources state it.
    private static func edge(
        _ relation: Relation, from source: String, to target: String, id: String, _ drawing: Drawing
    ) -> Edge {
        let plan = drawing.plan
        let style = drawing.sheet.style(for: relation.type)
        var attributes = [Attribute("id", id)]
        // No label between two meetings ranked side by side: dot 2.42 frees memory twice
        // after laying out a labelled edge within one rank (flat_edges), shown by valgrind.
        let isFlat = drawing.meetingNumbers[relation.source] != nil && drawing.meetingNumbers[relation.target] != nil
        if plan.showsEdgeLabels && !(plan.isLayered && isFlat) {
            attributes.append(Attribute("label", GraphvizText.label(edgeLabel(relation), width: plan.labelWidth + 6)))
        }
        // What no sentence states (a lexicon's fact, a classifier's reading) is drawn fainter.
        let isUnstated = relation.attributes["basis"] != nil
        let color = isUnstated ? style.color + Self.faintAlpha : style.color
        attributes += [
            Attribute("color", color),
            Attribute("fontcolor", color),
            Attribute("style", style.style),
            Attribute("penwidth", width(sources: relation.sourceDocuments.count, base: 10, step: 6, maximum: 34)),
        ]
        // Laid out from target to source, drawn with the arrow still at the target.
        let reversed = plan.isLayered && LayoutPlan.reversedRelations.contains(relation.type)
        attributes +=
            reversed
            ? [Attribute("dir", "back"), Attribute("arrowtail", style.arrowhead)] : [Attribute("arrowhead", style.arrowhead)]
        return Edge(tail: reversed ? target : source, head: reversed ? source : target, attributes: attributes)
    }

    /// The meetings in time order side by side in one rank, kept in order by invisible edges
    /// appended to `edges`.
    /// - Returns: the rank, or none for fewer than two meetings.
    private static func meetingRank(_ meetings: [Entity], names: [String: String], edges: inout [Edge]) -> [[String]] {
        let ordered = meetings.compactMap { names[$0.id] }
        guard ordered.count > 1 else { return [] }
        edges += chain(ordered)
        return [ordered]
    }

    /// Isolated nodes in rows rather than one tall column: invisible edges along each row.
    private static func isolatedRows(_ graph: EntityGraph, names: [String: String], meetingNumbers: [String: Int]) -> [Edge] {
        let degrees = graph.degrees
        let isolated = graph.nodes.values.filter { degrees[$0.id, default: 0] == 0 && meetingNumbers[$0.id] == nil }.compactMap {
            names[$0.id]
        }
        var edges: [Edge] = []
        for start in stride(from: 0, to: isolated.count, by: LayoutPlan.isolatedRowLength) {
            edges += chain(Array(isolated[start..<min(start + LayoutPlan.isolatedRowLength, isolated.count)]))
        }
        return edges
    }

    /// The graph's attributes: the heading as its label, top left, and the layout's settings.
    private static func graphAttributes(heading: DiagramHeading, font: String, plan: LayoutPlan) -> [Attribute] {
        [
            Attribute("label", heading.html, isHTML: true),
            Attribute("labelloc", "t"),
            Attribute("labeljust", "l"),
            Attribute("fontname", font),
            Attribute("fontsize", "14"),
            Attribute("layout", plan.engine.rawValue),
            Attribute("comment", "newsgraph diagram; layout: \(plan.engine)"),
            Attribute("bgcolor", "white"),
            Attribute("pad", "0.2"),
            Attribute("outputorder", "edgesfirst"),
        ] + plan.graphAttributes
    }

    private static func nodeDefaults(font: String) -> [Attribute] {
        [
            Attribute("label", "\\N"),
            Attribute("fontname", font),
            Attribute("fontsize", "11"),
            Attribute("style", "filled"),
            Attribute("penwidth", "1"),
            Attribute("margin", "0.08,0.04"),
        ]
    }

    private static func edgeDefaults(font: String) -> [Attribute] {
        [
            Attribute("fontname", font),
            Attribute("fontsize", "9"),
            Attribute("arrowsize", "0.7"),
        ]
    }

    /// The longest story title a cluster label shows, in characters.
    static let clusterTitleLength = 60

    /// The nodes in the order they are added: the graph's, except in the stories overview, where
    /// they come story by story, lightest first. `dot` lays out disconnected stories one above the
    /// other in the order it meets their first nodes, and with `rankdir=LR` the first ends at the
    /// bottom (measured with 2.42), so the heaviest story is on top.
    ///
    /// Two boxes to a row would use the column's width better (a story of eight is 250 to 450 pt
    /// wide left to right), but only `pack` puts them there, and in 2.42 `dot`'s `pack` with
    /// clusters reads freed memory when it closes its components (valgrind).
    private static func drawingOrder(_ graph: EntityGraph, view: GraphView) -> [Entity] {
        guard view == .stories else { return Array(graph.nodes.values) }
        var seen = Set<String>()
        let storied = graph.stories.reversed().flatMap(\.entities).filter { graph.nodes[$0] != nil && seen.insert($0).inserted }
        return (storied + graph.nodes.keys.filter { !seen.contains($0) }).compactMap { graph.nodes[$0] }
    }

    /// One box per story of `graph`, in its order (heaviest first), numbered and labelled with its
    /// title and counts, around the story's nodes that the graph holds.
    private static func storyClusters(_ graph: EntityGraph, names: [String: String], font: String) -> [Cluster] {
        graph.stories.enumerated().compactMap { index, story in
            let members = story.entities.compactMap { names[$0] }
            guard !members.isEmpty else { return nil }
            let title = GraphvizText.htmlText(GraphvizText.truncated(GraphvizText.clean(story.title), to: clusterTitleLength))
            let counts = DiagramCaption.count(story.documents.count, "article", "articles") + ", "
                + DiagramCaption.count(story.edges.count, "relation", "relations")
            let label =
                #"<FONT POINT-SIZE="12">\#(index + 1). \#(title)</FONT><BR ALIGN="LEFT"/>"#
                + ##"<FONT POINT-SIZE="9" COLOR="#555555">\##(counts)</FONT><BR ALIGN="LEFT"/>"##
            return Cluster(
                name: "cluster_" + story.id,
                attributes: [
                    Attribute("label", label, isHTML: true),
                    Attribute("labeljust", "l"),
                    Attribute("fontname", font),
                    Attribute("style", "rounded,filled"),
                    Attribute("fillcolor", "#F7F7F7"),
                    Attribute("color", "#9E9E9E"),
                    Attribute("penwidth", "1"),
                    Attribute("margin", "10"),
                ],
                nodes: members)
        }
    }

    /// Invisible edges from each name to the next: they keep the nodes in this order, side by
    /// side, and are not drawn.
    private static func chain(_ names: [String]) -> [Edge] {
        zip(names, names.dropFirst()).map { Edge(tail: $0, head: $1, attributes: [Attribute("style", "invis")]) }
    }

    /// A pen width that grows with the number of independent sources: `base` tenths of a point
    /// for one source, `step` tenths more for each further one, at most `maximum` tenths.
    /// Computed in tenths so the text is exact ("1.6", never "1.6000000000000001").
    static func width(sources: Int, base: Int, step: Int, maximum: Int) -> String {
        let tenths = min(base + step * max(sources - 1, 0), maximum)
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }

    /// The relation's phrase, with its status when it has one: "imposes (threatened)".
    static func edgeLabel(_ relation: Relation) -> String {
        guard let status = relation.attributes["status"]?.stringValue.map(GraphvizText.name), !status.isEmpty else {
            // "leads (former)": a role no source speaks of in the present (`attributes.former`)
            // reads as a past one on the page too, not as who leads now.
            return relation.attributes["former"] == .bool(true) ? "\(relation.type.phrase) (former)" : relation.type.phrase
        }
        return "\(relation.type.phrase) (\(status))"
    }

    /// The entity id when it is made only of letters, digits and `: - _ .` (as slugged ids
    /// are), else `#index`: the name appears in DOT and in SVG `<title>`s, and ids read from a
    /// user's JSON may hold anything. `#` never occurs in a kept id, so names stay unique.
    static func nodeName(id: String, index: Int) -> String {
        let isPlain =
            !id.isEmpty && id.unicodeScalars.count <= 200
            && id.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || ("0"..."9").contains($0) || ":-_.".unicodeScalars.contains($0)
            }
        return isPlain ? id : "#\(index)"
    }
}
