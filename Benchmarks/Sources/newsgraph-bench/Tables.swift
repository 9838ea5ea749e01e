import Foundation
import NewsGraphExtraction
import NewsGraphGraphviz

/// The results as Markdown tables, ready for docs/performance.md.
struct Tables {
    var results: BenchmarkRun.Results
    var sizes: [Int]

    var markdown: String {
        var out: [String] = []
        out.append("Machine: \(results.machine). \(loadNote)")
        out.append("")
        out += extraction
        out += stages
        out += stories
        out += build
        out += growth
        out += longArticles
        out += layout
        return out.joined(separator: "\n")
    }

    /// The load other processes put on the machine while it was measured.
    private var loadNote: String {
        let loads = measured.flatMap { [$0.1.loadBefore, $0.1.loadAfter] + ($0.2.map { [$0.loadBefore, $0.loadAfter] } ?? []) }
            .filter(\.isFinite)
        guard let low = loads.min(), let high = loads.max() else { return "" }
        let range = "1-minute load average during the runs: \(String(format: "%.1f", low))–\(String(format: "%.1f", high))"
        guard high > Double(results.cores) else { return range + "." }
        return range + " (above \(results.cores): other processes competed for the cores; wall times suffer, CPU times much less)."
    }

    private var measured: [(Int, PipelineResult, CLIResult?)] {
        sizes.compactMap { size in results.pipelines[size].map { (size, $0, results.cli[size]) } }
    }

    private var extraction: [String] {
        var out = [
            "### Extraction alone (in-process)", "",
            "One core: CPU time of the thread. \(results.cores) threads: wall time, and the CPU time all threads used.", "",
            "| articles | words | runs | one core | words/s | articles/s | \(results.cores) threads | words/s | articles/s | CPU used | peak memory |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for (size, pipeline, _) in measured {
            let one = pipeline.extractOneCore
            let many = pipeline.extractParallel
            out.append(
                "| \(int(size)) | \(int(pipeline.words)) | \(pipeline.repeats) | \(seconds(one)) | \(int(Double(pipeline.words) / one)) | "
                    + "\(int(Double(pipeline.articles) / one)) | \(seconds(many)) | \(int(Double(pipeline.words) / many)) | "
                    + "\(int(Double(pipeline.articles) / many)) | \(seconds(pipeline.extractParallelCPU)) | "
                    + "\(megabytes(pipeline.peakRSSAfterExtraction)) |")
        }
        out.append("")
        out.append("Peak memory is the process's maxrss after reading the corpus and extracting it, with every record kept.")
        out.append("")
        return out
    }

    private var stages: [String] {
        var out = [
            "### Time per stage (CPU ms per article, one thread; share of extraction in brackets)", "",
            "| stage | " + measured.map { "\(int($0.0)) articles" }.joined(separator: " | ") + " |",
            "|---|" + measured.map { _ in "---:|" }.joined(),
        ]
        func row(_ label: String, _ value: (PipelineResult) -> Double, share: Bool = false) {
            let cells = measured.map { _, pipeline, _ -> String in
                let perArticle = milliseconds(value(pipeline) / Double(pipeline.articles))
                return share ? "\(perArticle) (\(percent(value(pipeline) / pipeline.extractOneCore)))" : perArticle
            }
            out.append("| \(label) | " + cells.joined(separator: " | ") + " |")
        }
        row("read (files, UTF-8 check)", \.read)
        let stageLabels: [ExtractionStage: String] = [
            .tokens: "tokens", .sentences: "sentences", .mentions: "mentions", .resolution: "in-document resolution",
            .events: "meetings and policies", .relations: "relations", .entities: "entities from mentions",
        ]
        for stage in ExtractionStage.allCases { row(stageLabels[stage]!, { $0.stages[stage] }, share: true) }
        row("**extraction, one core**", \.extractOneCore)
        row("extraction, \(results.cores) threads (wall)", \.extractParallel)
        row("corpus resolution (merge)", \.resolve)
        row("JSON export", { $0.exports["json"] ?? .nan })
        row("GraphML export", { $0.exports["graphml"] ?? .nan })
        row("DOT export (no layout, \(LayoutEngine.dotNodeLimit) entities)", { $0.exports["dot"] ?? .nan })
        row("SVG export (layout + drawing, \(LayoutEngine.dotNodeLimit) entities)", { $0.exports["svg"] ?? .nan })
        out.append("")
        let graphs = measured.map {
            "\(int($0.0)) articles: \(int($0.1.nodes)) nodes, \(int($0.1.edges)) edges, diagram of the \(LayoutEngine.dotNodeLimit) most connected entities by \($0.1.svgEngine)"
        }
        out.append("Merged graphs: " + graphs.joined(separator: "; ") + ".")
        out.append("")
        return out
    }

    private var stories: [String] {
        var out = [
            "### Stories (in-process, CPU time of one thread)", "",
            "Grouping: `groupingStories()` over the merged graph (StoryGrouping). Overview: `--view stories` "
                + "of the 12 heaviest, selection, layout and SVG.", "",
            "| articles | entities in a story | relations | stories | largest story | grouping | overview SVG |",
            "|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for (size, pipeline, _) in measured {
            out.append(
                "| \(int(size)) | \(int(pipeline.relatedEntities)) | \(int(pipeline.edges)) | \(int(pipeline.storyCount)) | "
                    + "\(int(pipeline.largestStory)) | \(seconds(pipeline.stories)) | \(seconds(pipeline.storiesOverview)) |")
        }
        out.append("")
        return out
    }

    private var build: [String] {
        var out = [
            "### Whole build: the `newsgraph` binary (start-up included, --jobs = \(results.cores))", "",
            "| articles | command | runs | wall time | CPU time | words/s (wall) | articles/s (wall) | peak memory |",
            "|---:|---|---:|---:|---:|---:|---:|---:|",
        ]
        for (size, pipeline, cli) in measured {
            guard let cli else { continue }
            let rows: [(String, Double, Double?, Int, Int)] = [
                ("build, svg+dot+graphml+json", cli.buildAll, cli.cpu["build (every format)"], cli.buildAllPeakRSS, cli.repeats),
                ("build, json+graphml", cli.buildData, cli.cpu["build (json, graphml)"], cli.buildDataPeakRSS, cli.repeats),
                ("extract → one .jsonl (\(megabytes(cli.recordBytes)))", cli.extract, cli.cpu["extract"], cli.extractPeakRSS, 1),
                ("merge .jsonl → json+graphml", cli.merge, cli.cpu["merge"], cli.mergePeakRSS, 1),
            ]
            for (label, time, cpu, peak, runs) in rows {
                let rate = label.hasPrefix("merge") ? "–" : int(Double(pipeline.words) / time)
                let articles = int(Double(pipeline.articles) / time)
                out.append(
                    "| \(int(size)) | \(label) | \(runs) | \(seconds(time)) | \(seconds(cpu ?? .nan)) | \(rate) | \(articles) | "
                        + "\(megabytes(peak)) |")
            }
        }
        out.append("")
        for (size, _, cli) in measured {
            guard let cli else { continue }
            out.append(
                "- \(int(size)) articles: merge of the extract's records gave the bytes of build: \(cli.mergeEqualsBuild ? "yes" : "NO")"
                    + (cli.failures.isEmpty ? "" : "; failures: \(cli.failures.joined(separator: ", "))"))
        }
        out.append("")
        return out
    }

    private var growth: [String] {
        guard let base = measured.first else { return [] }
        var out = [
            "### Growth (per article; ratio to \(int(base.0)) articles in brackets: 1.00 is linear)", "",
            "Extraction and resolution in CPU time; the build in wall time of the binary; memory is the peak after "
                + "extraction less the memory after start-up.", "",
            "| articles | extraction, ms/article | corpus resolution, ms/article | build (all formats), ms/article | memory above start-up, KB/article |",
            "|---:|---:|---:|---:|---:|",
        ]
        func perArticle(_ pipeline: PipelineResult, _ value: Double) -> Double { value / Double(pipeline.articles) }
        func memory(_ pipeline: PipelineResult) -> Double {
            Double(pipeline.peakRSSAfterExtraction - pipeline.baselineRSS) / Double(pipeline.articles)
        }
        for (size, pipeline, cli) in measured {
            let extraction = perArticle(pipeline, pipeline.extractOneCore)
            let resolution = perArticle(pipeline, pipeline.resolve)
            let whole = cli.map { perArticle(pipeline, $0.buildAll) } ?? .nan
            let baseWhole = base.2.map { perArticle(base.1, $0.buildAll) } ?? .nan
            let mem = memory(pipeline)
            out.append(
                "| \(int(size)) | \(milliseconds(extraction)) (\(ratio(extraction / perArticle(base.1, base.1.extractOneCore)))) | "
                    + "\(milliseconds(resolution)) (\(ratio(resolution / perArticle(base.1, base.1.resolve)))) | "
                    + "\(milliseconds(whole)) (\(ratio(whole / baseWhole))) | "
                    + "\(int(mem / 1024)) (\(ratio(mem / memory(base.1)))) |")
        }
        out.append("")
        return out
    }

    private var longArticles: [String] {
        guard !results.articles.isEmpty else { return [] }
        var out = [
            "### One long article (in-process, one thread, CPU time)", "",
            "`stories`: the corpus's articles one after another in one file; `list`: one sentence naming people. "
                + "The ratio compares the cost per MB with the shape's smallest article: 1.00 is linear.", "",
            "| shape | MB | words | extraction | resolution | total | s per MB | ratio | entities | peak memory |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for shape in ["stories", "list"] {
            let rows = results.articles.filter { $0.shape == shape }
            guard let base = rows.first else { continue }
            func perMB(_ row: ArticleResult) -> Double { (row.extract + row.resolve) / (Double(row.bytes) / 1e6) }
            for row in rows {
                out.append(
                    "| \(shape) | \(String(format: "%.2f", Double(row.bytes) / 1e6)) | \(int(row.words)) | \(seconds(row.extract)) | "
                        + "\(seconds(row.resolve)) | \(seconds(row.extract + row.resolve)) | \(seconds(perMB(row))) | "
                        + "\(ratio(perMB(row) / perMB(base))) | \(int(row.nodes)) | \(megabytes(row.peakRSS)) |")
            }
        }
        out.append("")
        return out
    }

    private var layout: [String] {
        var out = [
            "### Layout (synthetic graphs, about 2 edges per node wired at random; automatic engine)", "",
            "CPU time of the thread that calls Graphviz.", "",
            "| nodes | edges | engine | runs | DOT, no layout | SVG, layout + drawing |",
            "|---:|---:|---|---:|---:|---:|",
        ]
        for result in results.layouts {
            out.append(
                "| \(int(result.nodes)) | \(int(result.edges)) | \(result.engine) | \(result.repeats) | \(seconds(result.dot)) | \(seconds(result.svg)) |"
            )
        }
        if let seeds = results.seeds {
            out.append("")
            out.append(
                "Seeds' merged graph (\(seeds.articles) articles, \(seeds.nodes) nodes, \(seeds.edges) edges, \(seeds.engine)) as SVG "
                    + "in a started process: \(milliseconds(seeds.svg)) ms wall, \(milliseconds(seeds.svgCPU)) ms CPU "
                    + "(median of \(seeds.repeats)); the first in the process "
                    + "\(milliseconds(seeds.firstSVG)) ms.")
        }
        out.append("")
        return out
    }

    // MARK: Numbers

    private func int(_ value: Double) -> String { value.isFinite ? int(Int(value.rounded())) : "–" }

    private func int(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }

    private func seconds(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        return value < 1 ? String(format: "%.0f ms", value * 1000) : String(format: "%.2f s", value)
    }

    private func milliseconds(_ value: Double) -> String { value.isFinite ? String(format: "%.2f", value * 1000) : "–" }
    private func percent(_ value: Double) -> String { value.isFinite ? String(format: "%.0f%%", value * 100) : "–" }
    private func ratio(_ value: Double) -> String { value.isFinite ? String(format: "%.2f", value) : "–" }
    private func megabytes(_ bytes: Int) -> String { String(format: "%.0f MB", Double(bytes) / 1_048_576) }
}
