import NewsGraphCore
import NewsGraphExport

extension DiagramModel {
    /// The widest a node label may grow before it wraps, in characters.
    static let labelWidth = 24
    /// The seed of the force-directed layouts, written into the graph as `start` so the DOT
    /// reproduces the drawing with the `dot` program too.
    static let layoutSeed: UInt32 = 1

    /// Describes `graph` as Graphviz should draw it, styled by `options.styleSheet`.
    ///
    /// Nodes and edges are added in the graph's canonical order, so equal graphs give equal
    /// DOT and SVG. Edges whose source or target is not a node are left out and reported.
    ///
    /// - Returns: the model and the diagnostics for what was left out.
    /// - Throws: ``RenderingError/invalidStyle(key:value:expected:)`` for a bad style sheet.
    /// - Complexity: O(n log n) in the number of nodes and edges (canonicalisation).
    static func make(
        from graph: EntityGraph, options: DiagramOptions
    ) throws(RenderingError) -> (model: DiagramModel, diagnostics: [Diagnostic]) {
        let graph = graph.canonicalized()
        let sheet = options.styleSheet
        try sheet.validateForGraphviz()
        let engine = options.engine.resolved(nodeCount: graph.nodes.count, edgeCount: graph.edges.count)
        let caption = DiagramCaption(graph: graph, options: options, engine: engine)

        var names: [String: String] = [:]
        var nodes: [Node] = []
        for (index, entity) in graph.nodes.values.enumerated() {
            let name = nodeName(id: entity.id, index: index)
            names[entity.id] = name
            let style = sheet.style(for: entity.type)
            nodes.append(
                Node(
                    name: name,
                    attributes: [
                        Attribute("label", GraphvizText.label(entity.label, width: labelWidth)),
                        Attribute("shape", style.shape),
                        Attribute("fillcolor", style.fill),
                        Attribute("color", style.stroke),
                        // A `tooltip` would go here: XML-escape it (2.42 does not) and never set URL or href.
                    ]))
        }

        var edges: [Edge] = []
        var diagnostics: [Diagnostic] = []
        for relation in graph.edges.values {
            guard let tail = names[relation.source], let head = names[relation.target] else {
                let missing = names[relation.source] == nil ? relation.source : relation.target
                diagnostics.append(
                    Diagnostic(
                        id: "graphviz.dangling-edge", severity: .warning,
                        message: "edge \(relation.id) left out of the diagram: no node \(missing)",
                        subjects: [relation.source, relation.target]))
                continue
            }
            let style = sheet.style(for: relation.type)
            edges.append(
                Edge(
                    tail: tail, head: head,
                    attributes: [
                        Attribute("label", GraphvizText.label(edgeLabel(relation), width: labelWidth)),
                        Attribute("color", style.color),
                        Attribute("fontcolor", style.color),
                        Attribute("style", style.style),
                    ]))
        }

        let font = sheet.font
        var graphAttributes = [
            Attribute("label", caption.html, isHTML: true),
            Attribute("labelloc", "t"),
            Attribute("labeljust", "l"),
            Attribute("fontname", font),
            Attribute("fontsize", "14"),
            Attribute("layout", engine.rawValue),
            Attribute("comment", "newsgraph diagram; layout: \(engine)"),
            Attribute("bgcolor", "white"),
            Attribute("pad", "0.3"),
            Attribute("outputorder", "edgesfirst"),
        ]
        switch engine {
        case .dot, .automatic:
            graphAttributes += [Attribute("rankdir", "LR"), Attribute("nodesep", "0.3"), Attribute("ranksep", "0.6")]
        case .neato, .sfdp:
            graphAttributes += [
                Attribute("start", String(layoutSeed)),
                Attribute("overlap", "prism"),
                Attribute("sep", "+12"),
            ]
        }

        let model = DiagramModel(
            name: Slug.make(options.graphName ?? "newsgraph"),
            engine: engine,
            graphAttributes: graphAttributes,
            nodeDefaults: [
                Attribute("label", "\\N"),
                Attribute("fontname", font),
                Attribute("fontsize", "11"),
                Attribute("style", "filled"),
                Attribute("penwidth", "1.2"),
                Attribute("margin", "0.12,0.06"),
            ],
            edgeDefaults: [
                Attribute("fontname", font),
                Attribute("fontsize", "9"),
                Attribute("arrowsize", "0.7"),
            ],
            nodes: nodes,
            edges: edges)
        return (model, diagnostics)
    }

    /// The relation's phrase, with its status when it has one: "imposes (threatened)".
    static func edgeLabel(_ relation: Relation) -> String {
        guard let status = relation.attributes["status"]?.stringValue.map(GraphvizText.clean), !status.isEmpty else {
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
