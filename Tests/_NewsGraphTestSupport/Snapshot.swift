import Foundation
import Testing

/// Compares `actual` with the golden file `Snapshots/<name>` beside the calling test file.
///
/// A difference fails the test with the whole diff, expected against actual. With
/// `RECORD_SNAPSHOTS=1` the golden file is written instead, and the test still fails, so a run
/// that records can never pass: run again without it to check (swift-argument-parser's
/// `assertSnapshot` habit).
public func assertSnapshot(
    _ actual: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(name); run again without RECORD_SNAPSHOTS to check", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no golden file \(name); run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
        return
    }
    if expected == actual { return }
    Issue.record(
        """
        \(name) differs from its golden file (- expected, + actual); RECORD_SNAPSHOTS=1 re-records it:
        \(LineDiff.unified(expected: expected, actual: actual))
        """,
        sourceLocation: sourceLocation)
}

/// A line diff of two texts, printed as unified diffs are: hunks of `-` (expected) and `+`
/// (actual) lines with up to `context` unchanged lines around them.
public enum LineDiff {
    enum Line: Equatable {
        case same(String)
        case removed(String)
        case added(String)

        var isSame: Bool { if case .same = self { true } else { false } }
    }

    /// The diff of `expected` and `actual` as hunks with `@@ -a,b +c,d @@` headers; empty when the
    /// texts are equal. A missing final newline shows as a line of its own.
    public static func unified(expected: String, actual: String, context: Int = 3) -> String {
        let lines = diff(split(expected), split(actual))
        // Start of each line in the expected and in the actual text, 1-based.
        var oldLine = 1
        var newLine = 1
        var positions: [(old: Int, new: Int)] = []
        for line in lines {
            positions.append((oldLine, newLine))
            switch line {
            case .same:
                oldLine += 1
                newLine += 1
            case .removed: oldLine += 1
            case .added: newLine += 1
            }
        }
        // Hunks: changed lines with their context, joined when their context touches.
        var hunks: [Range<Int>] = []
        for (index, line) in lines.enumerated() where !line.isSame {
            let range = max(0, index - context)..<min(lines.count, index + context + 1)
            if let last = hunks.last, last.upperBound >= range.lowerBound {
                hunks[hunks.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                hunks.append(range)
            }
        }
        var output: [String] = []
        for hunk in hunks {
            let slice = lines[hunk]
            let oldCount = slice.filter { if case .added = $0 { false } else { true } }.count
            let newCount = slice.filter { if case .removed = $0 { false } else { true } }.count
            // An empty side names the line before it, as diff -u does.
            let start = positions[hunk.lowerBound]
            let oldStart = oldCount == 0 ? start.old - 1 : start.old
            let newStart = newCount == 0 ? start.new - 1 : start.new
            output.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            for line in slice {
                switch line {
                case .same(let text): output.append(" " + text)
                case .removed(let text): output.append("-" + text)
                case .added(let text): output.append("+" + text)
                }
            }
        }
        return output.joined(separator: "\n")
    }

    /// The lines of `text`; a text that does not end with a newline says so in its last line.
    static func split(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" {
            lines.removeLast()
        } else {
            lines.append("\\ No newline at end of file")
        }
        return lines
    }

    /// The shortest edit from `old` to `new`, from a longest common subsequence; lines both
    /// texts share at their start and end are set aside first, so a small change in a long
    /// golden file costs little.
    static func diff(_ old: [String], _ new: [String]) -> [Line] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var middle: [Line] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                middle.append(.same(a[i]))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                middle.append(.removed(a[i]))
                i += 1
            } else {
                middle.append(.added(b[j]))
                j += 1
            }
        }
        return old[..<prefix].map(Line.same) + middle + old[(old.count - suffix)...].map(Line.same)
    }
}
