import Foundation
import Testing

@Suite struct RenderCommandTests {
    @Test func aSavedGraphRendersAgainAfterAnEdit() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("a.txt")
        try "Norwegian Trade Minister Ana Lima met Tom Berg in Oslo on Monday.".write(to: article, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["build", article.path, "--out", folder.path, "--format", "json", "--name", "g"]).status == 0)
        // A user removes a node by hand, and the edges that reach it; render still works and
        // the node is gone. (An edge left to a missing node is refused: HostileInputTests.)
        let jsonURL = folder.appendingPathComponent("g.json")
        var graph = try JSONSerialization.jsonObject(with: Data(contentsOf: jsonURL)) as! [String: Any]
        var nodes = graph["nodes"] as! [[String: Any]]
        let oslo = try #require(nodes.first { ($0["label"] as? String) == "Oslo" }?["id"] as? String)
        nodes.removeAll { ($0["id"] as? String) == oslo }
        graph["nodes"] = nodes
        graph["edges"] = (graph["edges"] as! [[String: Any]]).filter { $0["source"] as? String != oslo && $0["target"] as? String != oslo }
        try JSONSerialization.data(withJSONObject: graph).write(to: jsonURL)
        let svg = folder.appendingPathComponent("out.svg")
        let result = try CLI.run(["render", jsonURL.path, "--format", "svg", "-o", svg.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.contains("Ana Lima"))
        #expect(!text.contains(">Oslo<"))
    }

    @Test func aFileThatIsNotAGraphIsOneLine() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.json")
        try "{\"nodes\": 3}".write(to: bad, atomically: true, encoding: .utf8)
        let result = try CLI.run(["render", bad.path, "--format", "svg", "-o", folder.appendingPathComponent("x.svg").path])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("newsgraph: cannot read graph \(bad.path): "))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.svg").path))
    }
}
