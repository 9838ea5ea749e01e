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
        let graph = SyntheticGraphs.tangled(nodes: nodes)
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
