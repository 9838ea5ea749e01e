import Foundation
import Testing
import _NewsGraphTestSupport

/// Every command's `--help`, whole, as a golden file (swift-argument-parser's `expectDumpHelp`
/// habit): a changed option, default or wording shows up as a diff to review.
@Suite struct HelpTests {
    /// The subcommands `NewsGraphCommand` lists, in its order.
    static let subcommands = ["build", "render", "brief", "extract", "merge", "keys", "resolve-keys", "review", "diff", "compare"]

    /// The argument parser wraps help to the terminal's width, which a pipe does not have: it
    /// reads COLUMNS, else takes 80, so the test sets it rather than inherit the caller's.
    static func help(_ command: [String]) throws -> String {
        let result = try CLI.run(command + ["--help"], environment: ["COLUMNS": "100", "LINES": "25"])
        #expect(result.status == 0, "\(command) --help: \(result.stderr)")
        #expect(result.stderr.isEmpty)
        return result.stdout
    }

    @Test func theRootCommandsHelp() throws {
        try assertSnapshot(Self.help([]), named: "newsgraph.help.txt")
    }

    @Test(arguments: subcommands)
    func aSubcommandsHelp(command: String) throws {
        try assertSnapshot(Self.help([command]), named: "newsgraph-\(command).help.txt")
    }

    /// A command added to `newsgraph` without a golden file of its help fails here.
    @Test func theHelpListsTheSubcommandsThatHaveGoldenFiles() throws {
        let root = try Self.help([])
        let section = try #require(root.components(separatedBy: "SUBCOMMANDS:\n").last)
        let listed = section.split(separator: "\n").compactMap { line -> String? in
            // A command's line starts with two spaces and its name; continuation lines with more.
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { return nil }
            return String(name)
        }
        #expect(listed.filter { $0 != "See" } == Self.subcommands)
    }
}
