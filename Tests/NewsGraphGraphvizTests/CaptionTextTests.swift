import NewsGraphCore
import NewsGraphGraphviz
import Testing
import _NewsGraphTestSupport

/// The written caption: `.caption.md` beside each SVG and the SVG's `<desc>`.
@Suite struct CaptionTextTests {
    @Test func smallGraphCaptionAsMarkdown() throws {
        let caption = try GraphvizRenderer.render(SampleGraphs.small, as: .svg).caption
        try assertSnapshot(caption.markdown, named: "small.caption.md")
    }

    @Test func policiesViewCaptionAsMarkdown() throws {
        let caption = try GraphvizRenderer.render(SampleGraphs.small.selecting(.policies), as: .svg).caption
        try assertSnapshot(caption.markdown, named: "small.policies.caption.md")
    }

    @Test func singleSourceEntitiesAreFootnoted() throws {
        let markdown = try GraphvizRenderer.render(SampleGraphs.small, as: .svg).caption.markdown
        // Ana Lima has two sources; every other entity one.
        #expect(!markdown.contains("Ana Lima[^"))
        #expect(markdown.contains("Oslo talks[^"))
        #expect(markdown.contains("(meeting): only in source 1, Ministers meet in Oslo."))
    }

    @Test func theCaptionMatchesWhatTheRendererWrites() throws {
        let diagram = try GraphvizRenderer.render(SampleGraphs.small, as: .svg)
        let standalone = DiagramCaption(selection: GraphSelection(full: SampleGraphs.small), options: DiagramOptions(), engine: .automatic)
        #expect(standalone == diagram.caption)
        // The <desc> holds the caption without its final newline.
        #expect(SVGInspection(diagram.text).descriptions == [String(standalone.plainText.dropLast())])
    }
}
