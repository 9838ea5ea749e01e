import Testing
import _NewsGraphTestSupport

extension XMLTree {
    /// A GraphML node's or edge's text data by key id.
    var graphMLData: [String: String] {
        Dictionary(all("data").map { ($0.attributes["key"] ?? "", $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    /// What XML 1.0 can carry of `text`: an independent statement of the encoders' rule
    /// (C0 controls other than tab, newline and carriage return, and U+FFFE, U+FFFF, dropped).
    static func xmlSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter {
            ($0.value >= 0x20 || "\t\n\r".unicodeScalars.contains($0)) && $0.value != 0xFFFE && $0.value != 0xFFFF
        }))
    }
}

/// Expects XML written from `SampleGraphs.hostile` to hold its text only escaped: no label
/// with markup characters raw, no script element, no CDATA, no raw control character.
func expectHostileTextEscapedAsXML(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for label in SampleGraphs.hostileLabels where label.contains(where: { "<>&\"'".contains($0) }) {
        #expect(!text.contains(label), "raw \(label.debugDescription)", sourceLocation: sourceLocation)
    }
    #expect(!text.contains("<script"), sourceLocation: sourceLocation)
    #expect(!text.contains("]]>"), sourceLocation: sourceLocation)
    #expect(!text.contains("CDATA["), sourceLocation: sourceLocation)
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "raw control characters", sourceLocation: sourceLocation)
}
