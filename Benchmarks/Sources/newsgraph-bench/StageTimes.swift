import NewsGraphExtraction

/// CPU seconds spent in each stage of `Extractor.extract`, summed over documents.
struct StageTimes: Codable {
    private(set) var seconds = [Double](repeating: 0, count: ExtractionStage.allCases.count)

    init() {}

    subscript(stage: ExtractionStage) -> Double {
        get { seconds[stage.rawValue] }
        set { seconds[stage.rawValue] = newValue }
    }

    /// The median of each stage over several runs.
    static func median(_ runs: [StageTimes]) -> StageTimes {
        var median = StageTimes()
        for stage in ExtractionStage.allCases { median[stage] = Measure.median(runs.map { $0[stage] }) }
        return median
    }

    /// Extracts `article` through the real pipeline, adding each stage's CPU time to `self`.
    mutating func extract(_ article: Article, with extractor: Extractor) -> DocumentExtraction {
        var clock = Measure.cpuNow()
        return extractor.extract(article) { stage in
            let now = Measure.cpuNow()
            self[stage] += now - clock
            clock = now
        }
    }
}
