import NewsGraphCore
import NewsGraphExtraction

/// Runs the whole pipeline on sentences written for a test.
enum Harness {
    static let extractor: Extractor = {
        do { return try Extractor(lexicon: Lexicon.standard()) } catch { fatalError("lexicon: \(error)") }
    }()

    /// The graph of one or more articles given as text.
    static func graph(_ texts: String...) -> EntityGraph {
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
