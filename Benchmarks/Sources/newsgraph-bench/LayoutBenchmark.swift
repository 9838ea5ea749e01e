import Foundation
import NewsGraphCore
import NewsGraphExtraction
import NewsGraphGraphviz

/// Layout time by graph size, through `GraphvizRenderer` with the automatic engine choice.
struct LayoutResult: Codable {
    var nodes = 0
    var edges = 0
    var engine = ""
    var repeats = 0
    /// CPU seconds for DOT: the graph built in cgraph and written, not laid out.
    var dot = 0.0
    /// CPU seconds for SVG: the same, laid out and drawn.
    var svg = 0.0
}

/// The seeds' merged graph drawn as SVG in a process that has already started.
struct SeedsResult: Codable {
    var articles = 0
    var nodes = 0
    var edges = 0
    var engine = ""
    /// Wall seconds for the first SVG in the process (Graphviz's plugins and tables set up).
    var firstSVG = 0.0
    /// Wall seconds, the median of the following ones.
    var svg = 0.0
    /// CPU seconds, the median of the following ones.
    var svgCPU = 0.0
    var repeats = 0
}

enum LayoutBenchmark {
    static func run(nodes: Int, repeats: Int) throws -> LayoutResult {
        let graph = SyntheticGraph.tangled(nodes: nodes)
        var result = LayoutResult(nodes: graph.nodes.count, edges: graph.edges.count, repeats: repeats)
        result.engine = LayoutEngine.automatic.resolved(nodeCount: graph.nodes.count, edgeCount: graph.edges.count).rawValue
        let options = DiagramOptions(graphName: "synthetic")
        _ = try GraphvizRenderer.dot(graph, options: options)
        var dots: [Double] = []
        var svgs: [Double] = []
        for _ in 0..<repeats {
            dots.append(try Measure.cpuTime { _ = try GraphvizRenderer.dot(graph, options: options) })
            svgs.append(try Measure.cpuTime { _ = try GraphvizRenderer.svg(graph, options: options) })
        }
        result.dot = Measure.median(dots)
        result.svg = Measure.median(svgs)
        return result
    }

    static func seeds(folder: String, repeats: Int) throws -> SeedsResult {
        let extractor = try Extractor(lexicon: Lexicon.standard())
        let articles = try ArticleReader.articles(inFolder: folder).map { try ArticleReader.read(path: $0) }
        let graph = CorpusResolver(lexicon: extractor.lexicon).resolve(articles.map(extractor.extract))
        var result = SeedsResult(articles: articles.count, nodes: graph.nodes.count, edges: graph.edges.count, repeats: repeats)
        result.engine = LayoutEngine.automatic.resolved(nodeCount: graph.nodes.count, edgeCount: graph.edges.count).rawValue
        let options = DiagramOptions(graphName: "seeds")
        result.firstSVG = try Measure.time { _ = try GraphvizRenderer.svg(graph, options: options) }
        var times: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<repeats {
            let start = Measure.cpuNow()
            times.append(try Measure.time { _ = try GraphvizRenderer.svg(graph, options: options) })
            cpu.append(Measure.cpuNow() - start)
        }
        result.svg = Measure.median(times)
        result.svgCPU = Measure.median(cpu)
        return result
    }
}

/// Generated graphs of a given size, the same every time.
enum SyntheticGraph {
    /// `count` entities of every type with about two edges each, wired pseudo-randomly (a fixed
    /// linear congruential generator): the "random" graphs of `shared/GRAPHVIZ.md`.
    static func tangled(nodes count: Int, edgesPerNode: Int = 2) -> EntityGraph {
        let nodes = (0..<count).map { index in
            let type = EntityType.allCases[index % EntityType.allCases.count]
            return Entity(id: "\(type.rawValue):n\(index)", type: type, label: "Entity \(index)")
        }
        var state: UInt64 = 42
        var edges: [Relation] = []
        for index in 0..<count {
            for _ in 0..<edgesPerNode {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let target = Int((state >> 33) % UInt64(count))
                let type = RelationType.allCases[Int(state >> 40) % RelationType.allCases.count]
                if target != index {
                    edges.append(Relation(source: nodes[index].id, target: nodes[target].id, type: type))
                }
            }
        }
        return EntityGraph(
            documents: [Document(id: "synthetic", path: "synthetic.txt", title: "Synthetic")], nodes: nodes, edges: edges)
    }
}
