import NewsGraphCore

/// The hover text of each entity and relation in a drawing: what it is, the sentences that
/// support it and the sources they come from, numbered as in the caption.
///
/// The text is plain and unescaped; ``SVGAnnotator`` cleans and escapes it into the SVG's
/// `<title>` elements, which browsers show as tooltips.
enum DiagramTooltips {
    /// How many evidence sentences an entity's tooltip quotes (from the relations it takes part in).
    static let sentencesPerEntity = 3
    /// How many evidence sentences a relation's tooltip quotes before "+N more".
    static let sentencesPerRelation = 6
    /// The longest quoted sentence, in characters.
    static let sentenceLength = 280

    static func entity(_ entity: Entity, in graph: EntityGraph, caption: DiagramCaption) -> String {
        // Names are cut to a diagram's length: the relations' tooltips repeat them too.
        var head = "\(GraphvizText.name(entity.label)) (\(entity.type.rawValue)"
        if let role = entity.attributes["role"]?.text, !role.isEmpty { head += ", \(GraphvizText.name(role))" }
        head += ")"
        var lines = [head]
        if !entity.aliases.isEmpty { lines.append("Also: " + entity.aliases.prefix(8).map(GraphvizText.name).joined(separator: ", ")) }
        let documents = entity.sourceDocuments
        lines.append(
            "Named \(DiagramCaption.count(entity.mentions.count, "time", "times")) in "
                + DiagramCaption.count(documents.count, "source", "sources") + ":")
        lines += sourceLines(documents, caption: caption)
        var seen = Set<String>()
        let evidence = graph.edges.values
            .filter { $0.source == entity.id || $0.target == entity.id }
            .flatMap(\.evidence)
            .filter { seen.insert($0.sentence).inserted }
        if !evidence.isEmpty {
            lines.append("Evidence:")
            lines += evidence.prefix(sentencesPerEntity).map { quote($0, caption: caption) }
        }
        return lines.joined(separator: "\n")
    }

    static func relation(_ relation: Relation, in graph: EntityGraph, caption: DiagramCaption) -> String {
        let source = GraphvizText.name(graph.nodes[relation.source]?.label ?? relation.source)
        let target = GraphvizText.name(graph.nodes[relation.target]?.label ?? relation.target)
        var head = "\(source) \(relation.type.phrase) \(target)"
        let details = ["status", "role", "basis"].compactMap { key in relation.attributes[key].map { "\(key): \(GraphvizText.name($0.text))" } }
        if !details.isEmpty { head += " (" + details.joined(separator: "; ") + ")" }
        let documents = relation.sourceDocuments
        var lines = [head, "Evidence from " + DiagramCaption.count(documents.count, "source", "sources") + ":"]
        lines += relation.evidence.prefix(sentencesPerRelation).map { quote($0, caption: caption) }
        if relation.evidence.count > sentencesPerRelation {
            lines.append("+\(relation.evidence.count - sentencesPerRelation) more sentences")
        }
        lines.append("Sources:")
        lines += sourceLines(documents, caption: caption)
        return lines.joined(separator: "\n")
    }

    /// "[2] Title (id)" per document.
    private static func sourceLines(_ documents: [String], caption: DiagramCaption) -> [String] {
        documents.map { id in
            guard let number = caption.number(ofDocument: id), let source = caption.source(numbered: number) else { return id }
            return "[\(number)] \(source.title) (\(id))"
        }
    }

    /// “Sentence.” [n]
    private static func quote(_ evidence: Evidence, caption: DiagramCaption) -> String {
        let sentence = GraphvizText.truncated(GraphvizText.clean(evidence.sentence), to: sentenceLength)
        let number = caption.number(ofDocument: evidence.document).map { "[\($0)]" } ?? "(\(evidence.document))"
        return "\u{201C}\(sentence)\u{201D} \(number)"
    }
}
