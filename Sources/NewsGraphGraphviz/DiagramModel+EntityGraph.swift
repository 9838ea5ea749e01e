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

        var names: [String: String] = [:]
        var nodes: [Node] = []
        var tooltips: [String: String] = [:]
        for (index, entity) in drawingOrder(graph, view: selection.view).enumerated() {
            let name = nodeName(id: entity.id, index: index)
            names[entity.id] = name
            let style = sheet.style(for: entity.type)
            var label = entity.label
            if let number = meetingNumbers[entity.id] {
                label = "\(number). \(label)" + (EventDate(of: entity).map { " (\($0))" } ?? "")
            }
            let id = "n\(index)"
            tooltips[id] = DiagramTooltips.entity(entity, in: graph, caption: caption)
            nodes.append(
                Node(
                    name: name,
                    attributes: [
                        Attribute("id", id),
                        Attribute("label", GraphvizText.label(label, width: plan.labelWidth)),
                        Attribute("shape", style.shape),
                        Attribute("fillcolor", style.fill),
                        Attribute("color", style.stroke),
                        Attribute("penwidth", width(sources: entity.sourceDocuments.count, base: 10, step: 8, maximum: 42)),
                    ]))
        }

        var edges: [Edge] = []
        var diagnostics: [Diagnostic] = []
        for (index, relation) in graph.edges.values.enumerated() {
            guard let source = names[relation.source], let target = names[relation.target] else {
                let missing = names[relation.source] == nil ? relation.source : relation.target
                diagnostics.append(
                    Diagnostic(
                        id: "graphviz.dangling-edge", severity: .warning,
                        message: "edge \(relation.id) left out of the diagram: no node \(missing)",
                        subjects: [relation.source, relation.target]))
                continue
            }
            let style = sheet.style(for: relation.type)
            let id = "e\(index)"
            tooltips[id] = DiagramTooltips.relation(relation, in: graph, caption: caption)
            var attributes = [Attribute("id", id)]
            // No label between two meetings ranked side by side: dot 2.42 frees memory twice
            // after laying out a labelled edge within one rank (flat_edges), shown by valgrind.
            let isFlat = meetingNumbers[relation.source] != nil && meetingNumbers[relation.target] != nil
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
            attributes += reversed ? [Attribute("dir", "back"), Attribute("arrowtail", style.arrowhead)] : [Attribute("arrowhead", style.arrowhead)]
            edges.append(Edge(tail: reversed ? target : source, head: reversed ? source : target, attributes: attributes))
        }

        var sameRank: [[String]] = []
        if plan.isLayered {
            let ordered = meetings.compactMap { names[$0.id] }
            if ordered.count > 1 {
                sameRank.append(ordered)
                edges += chain(ordered)
            }
            // Isolated nodes in rows rather than one tall column.
            let degrees = graph.degrees
            let isolated = graph.nodes.values.filter { degrees[$0.id, default: 0] == 0 && meetingNumbers[$0.id] == nil }.compactMap {
                names[$0.id]
            }
            for start in stride(from: 0, to: isolated.count, by: LayoutPlan.isolatedRowLength) {
                edges += chain(Array(isolated[start..<min(start + LayoutPlan.isolatedRowLength, isolated.count)]))
            }
        }

        let font = sheet.font
        let clusters = selection.view == .stories ? storyClusters(graph, names: names, font: font) : []
        let graphAttributes =
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

        let model = DiagramModel(
            name: Slug.make(options.graphName ?? "newsgraph"),
            engine: plan.engine,
            graphAttributes: graphAttributes,
            nodeDefaults: [
                Attribute("label", "\\N"),
                Attribute("fontname", font),
                Attribute("fontsize", "11"),
                Attribute("style", "filled"),
                Attribute("penwidth", "1"),
                Attribute("margin", "0.08,0.04"),
            ],
            edgeDefaults: [
                Attribute("fontname", font),
                Attribute("fontsize", "9"),
                Attribute("arrowsize", "0.7"),
            ],
            nodes: nodes,
            edges: edges,
            sameRank: sameRank,
            clusters: clusters,
            tooltips: tooltips)
        return (model, caption, diagnostics)
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
            return relation.type.phrase
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
