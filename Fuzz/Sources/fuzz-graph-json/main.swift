import FuzzChecks
import Foundation
import NewsGraphCore
import NewsGraphExport

// Any bytes as a saved graph, as render and brief read it: refused with problems that name
// where, or accepted, and then every encoder writes it.
FuzzDriver.run { data in
    do throws(JSONGraphDecoder.Failure) {
        let graph = try JSONGraphDecoder.decode(data)
        let problems = GraphValidator.problems(
            documents: graph.documents, nodes: Array(graph.nodes.values), edges: Array(graph.edges.values))
        Invariant.require(problems.isEmpty, "an accepted graph has problems: \(problems)")
        GraphChecks.encoders(graph, svg: data.count % 8 == 0 && graph.nodes.count <= 60)
    } catch {
        Invariant.require(!error.problems.isEmpty, "refused with no problem named")
    }
}
