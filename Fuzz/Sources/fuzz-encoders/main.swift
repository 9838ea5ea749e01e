import FuzzChecks
import Foundation
import NewsGraphCore
import NewsGraphExport
import NewsGraphExtraction

// A graph built from fuzzed text through every encoder. The SVG is laid out for one input in
// eight (by the input's first byte), so the target runs at the speed of the others.
FuzzDriver.run { data in
    guard let article = try? ArticleReader.decode(data, id: "fuzz", path: "fuzz.txt") else { return }
    let graph = CorpusResolver(lexicon: GraphChecks.extractor.lexicon).resolve([GraphChecks.extractor.extract(article)])
    let problems = GraphValidator.problems(documents: graph.documents, nodes: Array(graph.nodes.values), edges: Array(graph.edges.values))
    Invariant.require(problems.isEmpty, "extraction made a graph the validator refuses: \(problems)")
    GraphChecks.encoders(graph, svg: data.first.map { $0 % 8 == 0 } ?? false)
}
