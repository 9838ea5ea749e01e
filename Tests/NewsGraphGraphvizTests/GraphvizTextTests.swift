import Testing

@testable import NewsGraphGraphviz

@Suite struct GraphvizTextTests {
    @Test func cleanDropsControlsAndCollapsesWhitespace() {
        #expect(GraphvizText.clean("  a\tb\r\n\nc \u{2028} d  ") == "a b c d")
        #expect(GraphvizText.clean("bell\u{07}char\u{7F}\u{85}\u{9F}") == "bellchar")
        // Swift refuses noncharacters in literals, but decoded article text can hold them.
        let nonCharacters = [0xFFFE, 0xFDD0, 0x1FFFF].map { String(Unicode.Scalar(UInt32($0))!) }
        #expect(GraphvizText.clean("x" + nonCharacters.joined(separator: "y") + "z") == "xyyz")
        #expect(GraphvizText.clean("中文 and é") == "中文 and é")
        #expect(GraphvizText.clean("\u{0}\u{1}\u{1F}") == "")
    }

    @Test func labelDoublesBackslashesSoGraphvizPrintsThem() {
        #expect(GraphvizText.label(#"back\slash \N \l"#) == #"back\\slash \\N \\l"#)
        #expect(GraphvizText.label(#"a\"#) == #"a\\"#)
        // A backslash with a combining mark is one Character but still a backslash to Graphviz.
        #expect(GraphvizText.label("x\\\u{301}y") == "x\\\\\u{301}y")
    }

    @Test func labelWrapsLongTextAtSpacesWithGraphvizLineBreaks() {
        #expect(GraphvizText.label("short") == "short")
        #expect(
            GraphvizText.label("U.S. Department of Commerce Bureau of Industry", width: 24)
                == #"U.S. Department of\nCommerce Bureau of\nIndustry"#)
        #expect(GraphvizText.label("Supercalifragilisticexpialidocious x", width: 10) == #"Supercalifragilisticexpialidocious\nx"#)
        #expect(GraphvizText.label("two\nlines") == "two lines")
    }

    @Test func xmlEscapingCoversMarkupAndQuotes() {
        #expect(GraphvizText.xmlEscaped(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        // `<` with a combining mark must still be escaped.
        #expect(GraphvizText.xmlEscaped("<\u{301}script>") == "&lt;\u{301}script&gt;")
    }

    @Test func htmlTextEscapesMarkupAndDisarmsBackslashes() {
        #expect(GraphvizText.htmlText("a <b>\n& \\G") == "a &lt;b&gt; &amp; \\\u{2060}G")
    }

    @Test func truncationKeepsShortTextAndMarksCuts() {
        #expect(GraphvizText.truncated("abc", to: 3) == "abc")
        #expect(GraphvizText.truncated("abcd efgh", to: 6) == "abcd…")
        #expect(GraphvizText.truncated("abcdefgh", to: 4) == "abc…")
    }
}
