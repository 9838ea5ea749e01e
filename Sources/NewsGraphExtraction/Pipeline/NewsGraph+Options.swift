import NewsGraphCore

extension NewsGraph {
    /// What a build reads besides the articles, and how many threads it uses: the options
    /// `newsgraph build`, `extract` and `merge` share.
    public struct Options: Sendable {
        /// Lexicon files of the user's own (README, "Extending it": type, name, aliases,
        /// attributes per line), read after the shipped lexicon.
        public var lexiconFiles: [String]
        /// Relation pattern files of the user's own, in the format of the shipped
        /// `relations.patterns`, read after it. Records carry what the patterns found, so joining
        /// records needs none.
        public var patternFiles: [String]
        /// The analyst's decisions (README, "Analyst decisions"), applied to every graph resolved.
        public var decisions: Decisions
        /// The most articles extracted, or records decoded, at once; nil for one per core. More
        /// than the cores is taken as the cores. The output does not depend on it.
        public var jobs: Int?

        public init(
            lexiconFiles: [String] = [], patternFiles: [String] = [], decisions: Decisions = Decisions(), jobs: Int? = nil
        ) {
            self.lexiconFiles = lexiconFiles
            self.patternFiles = patternFiles
            self.decisions = decisions
            self.jobs = jobs
        }
    }
}
