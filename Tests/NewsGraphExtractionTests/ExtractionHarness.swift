import Testing
import NewsGraphCore
import NewsGraphExtraction

/// Runs the whole pipeline on sentences written for a test.
enum Harness {
    static let extractor: Extractor = {
        do { return try Extractor(lexicon: Lexicon.standard()) } catch { fatalError("lexicon: \(error)") }
    }()

    /// The graph of one or more articles given as text.
    static func graph(_ texts: String...) -> EntityGraph { graph(texts) }

    static func graph(_ texts: [String]) -> EntityGraph {
        let records = texts.enumerated().map { index, text in
            extractor.extract(Article(id: "t\(index)", path: "t\(index).txt", text: text))
        }
        return CorpusResolver(lexicon: extractor.lexicon).resolve(records)
    }

    /// "Label (type)" of every node.
    static func nodes(_ graph: EntityGraph) -> [String] {
        graph.nodes.values.map { "\($0.label) (\($0.type.rawValue))" }.sorted()
    }

    /// "Source -type-> Target" of every edge, by label.
    static func edges(_ graph: EntityGraph) -> [String] {
        graph.edges.values.map { edge in
            "\(graph.nodes[edge.source]!.label) -\(edge.type.rawValue)-> \(graph.nodes[edge.target]!.label)"
        }.sorted()
    }

    static func node(_ graph: EntityGraph, _ label: String) -> Entity? {
        graph.nodes.values.first { $0.label == label }
    }
}

extension Harness {
    /// Expects the graph of `texts` to hold exactly `nodes` ("Label (type)") and `edges`
    /// ("Source -type-> Target"): what a rule finds and nothing more, so a rule that finds
    /// nothing fails.
    static func expectExactly(
        _ texts: [String], nodes: Set<String>, edges: Set<String>, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let records = texts.enumerated().map { index, text in
            extractor.extract(Article(id: "t\(index)", path: "t\(index).txt", text: text))
        }
        let graph = CorpusResolver(lexicon: extractor.lexicon).resolve(records)
        let foundNodes = Set(Self.nodes(graph))
        let foundEdges = Set(Self.edges(graph))
        #expect(foundNodes == nodes, "nodes: missing \(nodes.subtracting(foundNodes).sorted()), unexpected \(foundNodes.subtracting(nodes).sorted())", sourceLocation: sourceLocation)
        #expect(foundEdges == edges, "edges: missing \(edges.subtracting(foundEdges).sorted()), unexpected \(foundEdges.subtracting(edges).sorted())", sourceLocation: sourceLocation)
    }
}
