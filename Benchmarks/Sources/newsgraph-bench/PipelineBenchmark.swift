import Dispatch
import Foundation
import NewsGraphCore
import NewsGraphExport
import NewsGraphExtraction
import NewsGraphGraphviz

/// One corpus through every stage in this process: read, extract (one core, stage by stage,
/// and on every core), resolve, and each export. Every figure is the median of `repeats` runs
/// after a warm-up; single-thread figures are CPU seconds of the thread (see `Measure.cpuNow`),
/// the parallel extraction's are wall seconds.
struct PipelineResult: Codable {
    var articles = 0
    var words = 0
    var bytes = 0
    var repeats = 0
    var jobs = 0
    var read = 0.0
    /// `Extractor.extract` over the corpus on one thread.
    var extractOneCore = 0.0
    /// The same stage by stage, measured on the same articles right after each `extract`
    /// through `extract(_:stageEnded:)`; their sum exceeds `extractOneCore` by the clock's cost.
    var stages = StageTimes()
    /// Wall seconds on `jobs` threads, and the CPU seconds all threads used meanwhile.
    var extractParallel = 0.0
    var extractParallelCPU = 0.0
    var resolve = 0.0
    /// `EntityGraph.groupingStories()` over the merged graph, CPU seconds.
    var stories = 0.0
    var storyCount = 0
    var largestStory = 0
    var relatedEntities = 0
    /// The stories overview as `render --view stories` draws it: selection, layout and SVG.
    var storiesOverview = 0.0
    var exports: [String: Double] = [:]
    var svgEngine = ""
    var nodes = 0
    var edges = 0
    /// The resident memory after start-up (lexicon and patterns loaded), before the corpus.
    var baselineRSS = 0
    var peakRSSAfterExtraction = 0
    var peakRSS = 0
    /// The 1-minute load average at the start and at the end.
    var loadBefore = 0.0
    var loadAfter = 0.0
}

enum PipelineBenchmark {
    static func run(corpus: String, repeats: Int, jobs: Int) throws -> PipelineResult {
        var result = PipelineResult()
        result.repeats = repeats
        result.jobs = jobs
        result.loadBefore = Measure.load()
        let extractor = try Extractor(lexicon: Lexicon.standard())
        result.baselineRSS = Measure.currentRSS()
        progress("\(corpus): reading, \(repeats)x")

        let paths = try ArticleReader.articles(inFolder: corpus)
        var articles: [Article] = []
        var reads: [Double] = []
        for _ in 0..<repeats {
            articles = []
            reads.append(try Measure.cpuTime { articles = try paths.map { try ArticleReader.read(path: $0) } })
        }
        result.read = Measure.median(reads)
        result.articles = articles.count
        result.words = articles.reduce(0) { $0 + Measure.words($1.text) }
        result.bytes = articles.reduce(0) { $0 + $1.text.utf8.count }

        // Warm-up: lexicon pages, allocator pools, lazily built tables.
        let warmUp = articles.prefix(20)
        for article in warmUp { _ = extractor.extract(article) }

        progress("\(corpus): extraction on one core, whole and stage by stage, \(repeats)x")
        var records: [DocumentExtraction] = []
        var wholes: [Double] = []
        var stageRuns: [StageTimes] = []
        for _ in 0..<repeats {
            records = []
            records.reserveCapacity(articles.count)
            var whole = 0.0
            var times = StageTimes()
            for article in articles {
                let start = Measure.cpuNow()
                records.append(extractor.extract(article))
                whole += Measure.cpuNow() - start
                _ = times.extract(article, with: extractor)
            }
            wholes.append(whole)
            stageRuns.append(times)
        }
        result.extractOneCore = Measure.median(wholes)
        result.stages = StageTimes.median(stageRuns)
        result.peakRSSAfterExtraction = Measure.peakRSS()

        progress("\(corpus): extraction on \(jobs) threads, \(repeats)x")
        var parallels: [Double] = []
        var parallelCPU: [Double] = []
        for _ in 0..<repeats {
            let cpu = Measure.processCPU()
            parallels.append(Measure.time { records = extractInParallel(articles, extractor, jobs: jobs) })
            parallelCPU.append(Measure.processCPU() - cpu)
        }
        result.extractParallel = Measure.median(parallels)
        result.extractParallelCPU = Measure.median(parallelCPU)
        articles = []

        progress("\(corpus): corpus resolution, \(repeats)x")
        let resolver = CorpusResolver(lexicon: extractor.lexicon)
        var graph = EntityGraph()
        var resolves: [Double] = []
        for _ in 0..<repeats { resolves.append(Measure.cpuTime { graph = resolver.resolve(records) }) }
        result.resolve = Measure.median(resolves)
        records = []
        result.nodes = graph.nodes.count
        result.edges = graph.edges.count

        progress("\(corpus): stories, \(repeats)x")
        var groupings: [Double] = []
        for _ in 0..<repeats { groupings.append(Measure.cpuTime { graph = graph.groupingStories() }) }
        result.stories = Measure.median(groupings)
        result.storyCount = graph.stories.count
        result.largestStory = graph.stories.map(\.entities.count).max() ?? 0
        result.relatedEntities = graph.stories.reduce(0) { $0 + $1.entities.count }
        var overviews: [Double] = []
        for _ in 0..<repeats {
            overviews.append(
                try Measure.cpuTime {
                    let overview = try graph.selecting(.stories, maxStories: 12, drawsUnrelated: false)
                    _ = try GraphvizRenderer.render(overview, as: .svg, options: DiagramOptions(graphName: "bench"))
                })
        }
        result.storiesOverview = Measure.median(overviews)

        for (name, encoder) in [("json", JSONGraphEncoder() as any GraphEncoder), ("graphml", GraphMLEncoder())] {
            progress("\(corpus): \(name) export, \(repeats)x")
            var times: [Double] = []
            for _ in 0..<repeats { times.append(try Measure.cpuTime { _ = try encoder.encode(graph) }) }
            result.exports[name] = Measure.median(times)
        }
        // Diagrams as `build` draws them: the most connected entities, up to its --max-nodes default,
        // none without a relation (choosing them is timed too); the layout benchmark times whole graphs of each size.
        let diagram = DiagramOptions(graphName: "bench")
        for format in [DiagramFormat.dot, .svg] {
            progress("\(corpus): \(format.rawValue) export, \(repeats)x")
            var times: [Double] = []
            for _ in 0..<repeats {
                times.append(
                    try Measure.cpuTime {
                        let drawn = try graph.selecting(.full, maxNodes: LayoutEngine.dotNodeLimit, drawsUnrelated: false)
                        result.svgEngine = try GraphvizRenderer.render(drawn, as: format, options: diagram).engine.rawValue
                    })
            }
            result.exports[format.rawValue] = Measure.median(times)
        }
        result.peakRSS = Measure.peakRSS()
        result.loadAfter = Measure.load()
        return result
    }

    /// What `newsgraph build` does with `--jobs`: threads take the next article as they finish one.
    static func extractInParallel(_ articles: [Article], _ extractor: Extractor, jobs: Int) -> [DocumentExtraction] {
        final class Slots: @unchecked Sendable {
            var values: [DocumentExtraction?]
            var next = 0
            let lock = NSLock()
            init(_ count: Int) { values = Array(repeating: nil, count: count) }
        }
        let slots = Slots(articles.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, articles.count))) { _ in
            while true {
                slots.lock.lock()
                let index = slots.next
                slots.next += 1
                slots.lock.unlock()
                guard index < articles.count else { return }
                let record = extractor.extract(articles[index])
                slots.lock.lock()
                slots.values[index] = record
                slots.lock.unlock()
            }
        }
        return slots.values.map { $0! }
    }
}

func progress(_ message: String) {
    FileHandle.standardError.write(Data("  \(message)\n".utf8))
}
