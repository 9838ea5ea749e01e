import Foundation
import NewsGraphCore

/// The new graph drawn with what changed since the old one marked (`newsgraph diff --svg`):
/// added entities get a double border and added relations a heavy line; removed ones are put
/// back, faint and dashed, so the reader sees what went and where it was.
///
/// It is an ordinary diagram (same style sheet, layout plan and Graphviz session) whose model is
/// re-marked before it is laid out, so colours still say the type and the legend gains one row
/// for the marks.
public enum ChangeDiagram {
    /// Opacity of removed entities' fills and removed relations' lines (hex alpha).
    static let removedAlpha = "55"
    /// Pen width of added entities' borders and added relations' lines, in points.
    static let addedWidth = "3.4"

    /// The SVG of `new` with the changes `diff` (from `old` to `new`) found marked.
    ///
    /// - Throws: ``RenderingError`` for a bad style sheet or when Graphviz fails.
    public static func svg(
        _ diff: GraphDiff, old: EntityGraph, new: EntityGraph, options: DiagramOptions
    ) throws(RenderingError) -> Diagram {
        let (graph, removedEdgeIDs) = combined(diff, old: old, new: new)
        let addedNodes = Set(diff.entitiesAdded.map(\.id))
        let removedNodes = Set(diff.entitiesRemoved.map(\.id))
        let addedEdges = Set(diff.relationsAdded.map(\.id))
        let selection = GraphSelection(full: graph)
        var (model, caption, skipped) = try DiagramModel.make(from: selection, options: options)
        let nodeIDs = Array(selection.graph.nodes.keys)
        let edgeIDs = Array(selection.graph.edges.keys)
        let sheet = options.styleSheet

        for index in model.nodes.indices {
            guard let number = element(model.nodes[index].attributes, prefix: "n"), number < nodeIDs.count else { continue }
            let id = nodeIDs[number]
            guard let entity = selection.graph.nodes[id] else { continue }
            let style = sheet.style(for: entity.type)
            if addedNodes.contains(id) {
                set(&model.nodes[index].attributes, ["penwidth": addedWidth, "peripheries": "2"])
                model.tooltips["n\(number)"] = "Added since the old graph.\n" + (model.tooltips["n\(number)"] ?? "")
            } else if removedNodes.contains(id) {
                set(
                    &model.nodes[index].attributes,
                    [
                        "fillcolor": style.fill + removedAlpha, "color": style.stroke + removedAlpha,
                        "fontcolor": "#000000" + removedAlpha, "style": "filled,dashed",
                    ])
                model.tooltips["n\(number)"] = "Removed: in the old graph only.\n" + (model.tooltips["n\(number)"] ?? "")
            }
        }
        for index in model.edges.indices {
            guard let number = element(model.edges[index].attributes, prefix: "e"), number < edgeIDs.count else { continue }
            let id = edgeIDs[number]
            guard let relation = selection.graph.edges[id] else { continue }
            let style = sheet.style(for: relation.type)
            if removedEdgeIDs.contains(id) {
                set(
                    &model.edges[index].attributes,
                    ["color": style.color + removedAlpha, "fontcolor": style.color + removedAlpha, "style": "dashed"])
                model.tooltips["e\(number)"] = "Removed: in the old graph only.\n" + (model.tooltips["e\(number)"] ?? "")
            } else if addedEdges.contains(id) {
                set(&model.edges[index].attributes, ["penwidth": addedWidth])
                model.tooltips["e\(number)"] = "Added since the old graph.\n" + (model.tooltips["e\(number)"] ?? "")
            }
        }
        addLegend(to: &model, diff)

        let output = try GraphvizSession.render(model, as: .svg)
        let diagnostics =
            skipped + output.warnings.map { Diagnostic(id: "graphviz.warning", severity: .warning, message: "Graphviz: \($0)") }
        let text = SVGAnnotator.annotate(output.text, titles: model.tooltips, description: caption.plainText)
        return Diagram(text: text, format: .svg, engine: model.engine, caption: caption, diagnostics: diagnostics)
    }

    /// `new` with the removed entities and relations of `old` put back (relations re-pointed at
    /// the new ids of moved entities), and the ids the removed relations have in it.
    static func combined(_ diff: GraphDiff, old: EntityGraph, new: EntityGraph) -> (EntityGraph, Set<String>) {
        var graph = new
        var mapping = Dictionary(diff.entitiesMoved.map { ($0.oldID, $0.newID) }, uniquingKeysWith: { first, _ in first })
        for id in old.nodes.keys where new.nodes[id] != nil { mapping[id] = id }
        for ref in diff.entitiesRemoved {
            guard let entity = old.nodes[ref.id] else { continue }
            graph.nodes[entity.id] = entity
        }
        var removed = Set<String>()
        for ref in diff.relationsRemoved {
            guard var relation = old.edges[ref.id] else { continue }
            relation.source = mapping[relation.source] ?? relation.source
            relation.target = mapping[relation.target] ?? relation.target
            // A hand-numbered id may be taken by another relation in the new graph.
            if graph.edges[relation.id] != nil { relation.id = "removed:" + relation.id }
            guard graph.nodes[relation.source] != nil, graph.nodes[relation.target] != nil else { continue }
            graph.edges[relation.id] = relation
            removed.insert(relation.id)
        }
        return (graph, removed)
    }

    /// The number in an element's `id` attribute (`n12`, `e3`): its index in canonical order.
    private static func element(_ attributes: [DiagramModel.Attribute], prefix: Character) -> Int? {
        guard let value = attributes.first(where: { $0.name == "id" })?.value, value.first == prefix else { return nil }
        return Int(value.dropFirst())
    }

    private static func set(_ attributes: inout [DiagramModel.Attribute], _ values: [String: String]) {
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            if let index = attributes.firstIndex(where: { $0.name == name }) {
                attributes[index].value = value
            } else {
                attributes.append(DiagramModel.Attribute(name, value))
            }
        }
    }

    /// One more row under the heading's legend: what the marks mean, with counts.
    private static func addLegend(to model: inout DiagramModel, _ diff: GraphDiff) {
        guard let index = model.graphAttributes.firstIndex(where: { $0.name == "label" }),
            let end = model.graphAttributes[index].value.range(of: "</TABLE>", options: .backwards)
        else { return }
        let added = DiagramCaption.count(diff.entitiesAdded.count, "entity", "entities") + ", "
            + DiagramCaption.count(diff.relationsAdded.count, "relation", "relations")
        let removed = DiagramCaption.count(diff.entitiesRemoved.count, "entity", "entities") + ", "
            + DiagramCaption.count(diff.relationsRemoved.count, "relation", "relations")
        let row =
            ##"<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="11">Changes: double border or heavy line: added (\##(added)). "##
            + ##"Faint and dashed: removed, in the old graph only (\##(removed)).</FONT></TD></TR>"## + "\n"
        model.graphAttributes[index].value.insert(contentsOf: row, at: end.lowerBound)
    }
}
