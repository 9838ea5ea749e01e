import ArgumentParser
import NewsGraphCore

/// Checks of option values the commands share, each refusing with the reason.
enum OptionChecks {
    /// `--jobs`: at least one thread. (Parsed `.unconditional`, so "-2" reaches here rather than
    /// reading as a missing value.)
    static func jobs(_ jobs: Int?) throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
    }

    /// `--name`: one safe file name, since it names files in the output folder.
    static func fileName(_ name: String?, option: String) throws {
        if let name, let problem = FileName.problem(name) {
            throw ValidationError("\(option) '\(name)' cannot name a file: \(problem)")
        }
    }

    /// Whether each lexicon or pattern file can be read, named as the user gave it.
    static func inputFiles(_ paths: [String], what: String) throws {
        for path in paths {
            if let problem = InputFile.problem(path) { throw ValidationError("cannot use \(what) \(path): \(problem)") }
        }
    }
}
