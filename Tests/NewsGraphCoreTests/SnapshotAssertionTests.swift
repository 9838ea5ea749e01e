import Foundation
import Testing
import _NewsGraphTestSupport

/// The golden-file check itself: a mismatch must fail with the whole diff, not its first line.
@Suite struct SnapshotAssertionTests {
    @Test func aDiffShowsEveryChangeWithItsContext() {
        let expected = (1...12).map { "line \($0)" }.joined(separator: "\n") + "\n"
        var lines = (1...12).map { "line \($0)" }
        lines[1] = "line two"
        lines.insert("new line", at: 10)
        let actual = lines.joined(separator: "\n") + "\n"
        #expect(
            LineDiff.unified(expected: expected, actual: actual, context: 1) == """
                @@ -1,3 +1,3 @@
                 line 1
                -line 2
                +line two
                 line 3
                @@ -10,2 +10,3 @@
                 line 10
                +new line
                 line 11
                """)
    }

    @Test func aMissingLastNewlineAndAnEmptySideShow() {
        #expect(
            LineDiff.unified(expected: "a\nb\n", actual: "a\nb") == """
                @@ -1,2 +1,3 @@
                 a
                 b
                +\\ No newline at end of file
                """)
        #expect(LineDiff.unified(expected: "", actual: "x\n") == "@@ -0,0 +1,1 @@\n+x")
        #expect(LineDiff.unified(expected: "same\n", actual: "same\n") == "")
    }

    @Test(.disabled(if: ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1", "records instead of comparing"))
    func aMismatchFailsWithTheWholeDiff() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let snapshots = folder.appendingPathComponent("Snapshots")
        try FileManager.default.createDirectory(at: snapshots, withIntermediateDirectories: true)
        try "first\nsecond\nthird\n".write(to: snapshots.appendingPathComponent("golden.txt"), atomically: true, encoding: .utf8)
        let testFile = folder.appendingPathComponent("SomeTests.swift").path
        try assertSnapshot("first\nsecond\nthird\n", named: "golden.txt", filePath: testFile)
        try withKnownIssue {
            try assertSnapshot("first\n2nd\nthird\nfourth\n", named: "golden.txt", filePath: testFile)
        } matching: { issue in
            let comment = issue.comments.map(\.rawValue).joined(separator: "\n")
            return comment.contains("-second\n+2nd\n third\n+fourth")
        }
    }
}
