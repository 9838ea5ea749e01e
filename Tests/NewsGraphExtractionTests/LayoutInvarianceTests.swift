import NewsGraphCore
import Testing
@testable import NewsGraphExtraction

/// The same article gives the same entities and edges whatever its layout: one sentence per
/// line, one paragraph per line, the whole body on one line, CRLF line ends, with a title line
/// or none, with a credit trailer or none.
@Suite struct LayoutInvarianceTests {
    static let title = "Ministers Split Over Mackerel Quota"
    static let paragraphs = [
        [
            "Norwegian Fisheries Minister Ingrid Solberg met Icelandic Foreign Minister Bjarni Thorsson in Reykjavik on Monday.",
            "The talks were about the mackerel quota.",
        ],
        [
            "Solberg said Norway would cut its catch by a tenth.",
            "The European Commission warned that it could impose tariffs on Icelandic fish.",
        ],
        [
            "Thorsson told reporters that Iceland would not accept the tariffs.",
        ],
    ]
    static let credit = "Author: Maria Olsen Editor: Tom Becker"

    /// Every layout of the article.
    static func layouts() -> [String: String] {
        let sentences = paragraphs.flatMap { $0 }
        let bySentence = sentences.joined(separator: "\n")
        let byParagraph = paragraphs.map { $0.joined(separator: " ") }.joined(separator: "\n")
        let oneLine = sentences.joined(separator: " ")
        return [
            "sentence per line": bySentence,
            "paragraph per line": byParagraph,
            "one line": oneLine,
            "one line, credit": oneLine + " " + credit,
            "one line, teaser, credit": sentences[0..<2].joined(separator: " ")
                + " Read more: Grain prices climb as harvest talks stall. "
                + sentences[2...].joined(separator: " ") + " " + credit,
            "title, paragraph per line": title + "\n" + byParagraph,
            "title, one line, credit": title + "\n" + oneLine + " " + credit,
            "title, paragraph per line, CRLF": (title + "\n" + byParagraph + "\n" + credit).replacingOccurrences(of: "\n", with: "\r\n"),
            "paragraph per line, credit line": byParagraph + "\n" + credit,
        ]
    }

    @Test func everyLayoutGivesTheSameGraph() throws {
        let reference = Harness.graph(Self.layouts()["sentence per line"]!)
        let nodes = Harness.nodes(reference)
        let edges = Harness.edges(reference)
        // The article's own facts, so that "the same" is not "the same nothing".
        #expect(nodes.contains("Ingrid Solberg (person)"))
        #expect(nodes.contains("Bjarni Thorsson (person)"))
        #expect(edges.contains("Ingrid Solberg -represents-> Norway"))
        for (name, text) in Self.layouts().sorted(by: { $0.key < $1.key }) {
            let graph = Harness.graph(text)
            // The credit's people are the article's reporters: the only nodes a credit adds.
            let credited: Set<String> = ["Maria Olsen (person)", "Tom Becker (person)"]
            let found = Harness.nodes(graph).filter { !credited.contains($0) }
            #expect(found == nodes, "\(name)")
            #expect(Harness.edges(graph) == edges, "\(name)")
            if text.contains(Self.credit) {
                #expect(Harness.nodes(graph).contains("Maria Olsen (person)"), "\(name)")
            }
        }
    }
}
