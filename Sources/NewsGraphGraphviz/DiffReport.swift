import NewsGraphCore

/// A ``GraphDiff`` as Markdown for an analyst (`newsgraph diff`): what is new since the last
/// briefing first, then what went, then what changed in place.
///
/// Labels, names and sentences come from articles or hand-edited files: every one is escaped
/// (``MarkdownText``), ids are shown as code with backticks removed.
public enum DiffReport {
    /// The report of `diff` between the graph files named `old` and `new`.
    public static func markdown(_ diff: GraphDiff, old: String, new: String) -> String {
        var blocks = ["# Changes from \(MarkdownText.escaped(old)) to \(MarkdownText.escaped(new))"]
        if diff.isEmpty {
            blocks.append("No change: the two graphs hold the same entities, relations, sources and merges.")
            return blocks.joined(separator: "\n\n") + "\n"
        }
        blocks.append(summary(diff))
        blocks += section("Articles added", diff.documentsAdded.map(documentLine))
        blocks += section("Articles removed", diff.documentsRemoved.map(documentLine))
        blocks += section("Entities added", diff.entitiesAdded.map(entityLine))
        blocks += section("Relations added", diff.relationsAdded.map(relationLine))
        blocks += section(
            "Relations whose sources changed", diff.evidenceChanged.flatMap(evidenceLines), count: diff.evidenceChanged.count)
        blocks += section("Entities whose sources changed", diff.entitySourcesChanged.map(sourceLine))
        blocks += section("Entities changed", diff.entitiesChanged.map(changeLine))
        blocks += section("Relations changed", diff.relationsChanged.map(changeLine))
        blocks += section(
            "Entities whose id moved",
            diff.entitiesMoved.map {
                "- \(MarkdownText.escaped($0.label)): \(code($0.oldID)) → \(code($0.newID)) (same name \u{201C}\(MarkdownText.escaped($0.matchedBy))\u{201D})"
            })
        blocks += section("Merges added", diff.mergesAdded.map(mergeLine))
        blocks += section("Merges gone", diff.mergesRemoved.map(mergeLine))
        blocks += section("Entities removed", diff.entitiesRemoved.map(entityLine))
        blocks += section("Relations removed", diff.relationsRemoved.map(relationLine))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    static func summary(_ diff: GraphDiff) -> String {
        let parts: [(Int, String, String)] = [
            (diff.documentsAdded.count, "article added", "articles added"),
            (diff.documentsRemoved.count, "article removed", "articles removed"),
            (diff.entitiesAdded.count, "entity added", "entities added"),
            (diff.entitiesRemoved.count, "entity removed", "entities removed"),
            (diff.relationsAdded.count, "relation added", "relations added"),
            (diff.relationsRemoved.count, "relation removed", "relations removed"),
            (diff.evidenceChanged.count, "relation with changed sources", "relations with changed sources"),
            (diff.entitySourcesChanged.count, "entity with changed sources", "entities with changed sources"),
            (diff.entitiesChanged.count, "entity change", "entity changes"),
            (diff.relationsChanged.count, "relation change", "relation changes"),
            (diff.entitiesMoved.count, "id moved", "ids moved"),
            (diff.mergesAdded.count + diff.mergesRemoved.count, "merge changed", "merges changed"),
        ]
        return parts.filter { $0.0 > 0 }.map { DiagramCaption.count($0.0, $0.1, $0.2) }.joined(separator: ", ") + "."
    }

    static func section(_ title: String, _ lines: [String], count: Int? = nil) -> [String] {
        lines.isEmpty ? [] : ["## \(title) (\(count ?? lines.count))", lines.joined(separator: "\n")]
    }

    static func documentLine(_ document: Document) -> String {
        let title = GraphvizText.clean(document.title)
        return "- \(code(document.id))" + (title.isEmpty ? "" : " \(MarkdownText.escaped(title))")
    }

    static func sourceLine(_ change: GraphDiff.SourceChange) -> String {
        var line = "- \(MarkdownText.escaped(change.entity.label)) \(code(change.entity.id))"
        if !change.addedDocuments.isEmpty { line += "; now also in \(sources(change.addedDocuments))" }
        if !change.removedDocuments.isEmpty { line += "; no longer in \(sources(change.removedDocuments))" }
        return line
    }

    static func entityLine(_ entity: GraphDiff.EntityRef) -> String {
        "- \(MarkdownText.escaped(entity.label)) (\(entity.type.rawValue)) \(code(entity.id)); sources: \(sources(entity.documents))"
    }

    static func relationLine(_ relation: GraphDiff.RelationRef) -> String {
        "- \(MarkdownText.escaped(relation.sourceLabel)) \(relation.type.phrase) \(MarkdownText.escaped(relation.targetLabel)) "
            + "\(code(relation.id)); sources: \(sources(relation.documents))"
    }

    static func evidenceLines(_ change: GraphDiff.EvidenceChange) -> [String] {
        var line = "- \(MarkdownText.escaped(change.relation.sourceLabel)) \(change.relation.type.phrase) "
            + "\(MarkdownText.escaped(change.relation.targetLabel)) \(code(change.relation.id))"
        if !change.addedDocuments.isEmpty { line += "; now also in \(sources(change.addedDocuments))" }
        if !change.removedDocuments.isEmpty { line += "; no longer in \(sources(change.removedDocuments))" }
        return [line] + change.addedEvidence.map { "  - \(code($0.document)): \u{201C}\(MarkdownText.escaped($0.sentence))\u{201D}" }
    }

    static func changeLine(_ change: GraphDiff.FieldChange) -> String {
        func shown(_ values: [String]) -> String {
            values.isEmpty ? "(none)" : values.map { "\u{201C}\(MarkdownText.escaped($0))\u{201D}" }.joined(separator: ", ")
        }
        let added = change.new.filter { !change.old.contains($0) }
        let removed = change.old.filter { !change.new.contains($0) }
        // A list (aliases) reads best as what was added and dropped; a single value as old → new.
        if change.field == "aliases" {
            var parts: [String] = []
            if !added.isEmpty { parts.append("added \(shown(added))") }
            if !removed.isEmpty { parts.append("dropped \(shown(removed))") }
            return "- \(MarkdownText.escaped(change.label)) \(code(change.subject)): aliases \(parts.joined(separator: "; "))"
        }
        return "- \(MarkdownText.escaped(change.label)) \(code(change.subject)): \(MarkdownText.escaped(change.field)) \(shown(change.old)) → \(shown(change.new))"
    }

    static func mergeLine(_ diagnostic: Diagnostic) -> String {
        "- \(code(diagnostic.id)) \(MarkdownText.escaped(diagnostic.message))"
    }

    static func sources(_ documents: [String]) -> String {
        documents.isEmpty ? "none" : documents.map(code).joined(separator: ", ")
    }

    /// An id or file name as inline code: backticks and control characters cannot close or
    /// break it.
    static func code(_ text: String) -> String {
        "`" + GraphvizText.clean(text).replacingOccurrences(of: "`", with: "'") + "`"
    }
}
