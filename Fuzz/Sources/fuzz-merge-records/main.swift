import FuzzChecks
import Foundation
import NewsGraphCore
import NewsGraphExport
import NewsGraphExtraction

// Any bytes as a JSON Lines file of extraction records, as merge reads it: the records that
// read resolve into a valid graph, and a document id accepted as a file name stays in the folder.
FuzzDriver.run { data in
    var records: [DocumentExtraction] = []
    var ids = Set<String>()
    for (_, line) in ExtractionRecord.lines(in: data) {
        guard let record = try? ExtractionRecord.decode(line) else { continue }
        GraphChecks.staysInFolder(record.document.id)
        if ids.insert(record.document.id).inserted { records.append(record) }
    }
    guard !records.isEmpty else { return }
    let graph = CorpusResolver(lexicon: GraphChecks.extractor.lexicon).resolve(records)
    let problems = GraphValidator.problems(documents: graph.documents, nodes: Array(graph.nodes.values), edges: Array(graph.edges.values))
    Invariant.require(problems.isEmpty, "merged records give a graph the validator refuses: \(problems)")
    GraphChecks.encoders(graph, svg: false)
}
