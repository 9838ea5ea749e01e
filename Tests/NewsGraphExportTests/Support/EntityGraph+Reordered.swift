import NewsGraphCore

extension EntityGraph {
    /// The same graph built with every list in reverse order: documents, nodes, edges,
    /// mentions, aliases, evidence, diagnostics, stories. Exports must not notice the difference.
    func reversedInsertionOrder() -> EntityGraph {
        EntityGraph(
            documents: documents.reversed(),
            nodes: nodes.values.reversed().map { entity in
                var entity = entity
                entity.mentions.reverse()
                entity.aliases.reverse()
                return entity
            },
            edges: edges.values.reversed().map { relation in
                var relation = relation
                relation.evidence.reverse()
                return relation
            },
            diagnostics: diagnostics.reversed(),
            stories: stories.reversed())
    }
}
