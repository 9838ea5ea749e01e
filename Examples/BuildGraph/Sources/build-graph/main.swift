import Foundation
import NewsGraphCore
import NewsGraphExtraction

// An article is its text; the id names it in the graph, the path in messages.
let text =
    CommandLine.arguments.count > 1
    ? CommandLine.arguments.dropFirst().joined(separator: " ")
    : "Maria Lopez, the finance minister of Chile, met officials in Santiago."
let article = Article(id: "example", path: "example.txt", text: text)

let graph = try NewsGraph.build(articles: [article]) { diagnostic in
    FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
}
for node in graph.nodes.values {
    print("\(node.type.rawValue)\t\(node.label)")
}
for edge in graph.edges.values {
    print("\(graph.nodes[edge.source]!.label) -\(edge.type.rawValue)-> \(graph.nodes[edge.target]!.label)")
}
