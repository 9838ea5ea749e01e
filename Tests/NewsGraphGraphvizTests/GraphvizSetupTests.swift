import Foundation
import NewsGraphCore
import NewsGraphExport
import Testing
import _NewsGraphTestSupport

@testable import NewsGraphGraphviz

/// How Graphviz is set up: built-in text metrics (no pango), errors captured and surfaced.
@Suite struct GraphvizSetupTests {
    @Test func renderingUsesBuiltInTextMetrics() throws {
        _ = try GraphvizRenderer.svg(SampleGraphs.small)
        let output = try GraphvizSession.render(
            DiagramModel.make(from: GraphSelection(full: SampleGraphs.small), options: DiagramOptions()).model, as: .svg)
        #expect(output.textMetrics == .builtin)
        #expect(try GraphvizRenderer.render(SampleGraphs.small, as: .svg).diagnostics.isEmpty)
    }

    #if os(Linux)
        /// The pango plugin would measure text with the installed fonts; it must never load.
        @Test func pangoIsNeverLoaded() throws {
            _ = try GraphvizRenderer.svg(SampleGraphs.small)
            // procfs files report size 0, so read to the end rather than by the reported size.
            let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/maps"))
            let maps = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
            #expect(maps.contains("libgvplugin_core"))
            #expect(maps.contains("libgvplugin_dot_layout"))
            #expect(!maps.contains("libgvplugin_pango"))
            #expect(!maps.contains("libpangocairo"))
        }
    #endif

    /// With built-in metrics an unknown font is measured like Times; with pango it would fall
    /// back to an installed sans-serif font and get other widths.
    @Test func textWidthsComeFromTheBuiltInTable() throws {
        func geometry(font: String) throws -> String {
            var sheet = StyleSheet.standard
            sheet.font = font
            let svg = try GraphvizRenderer.svg(SampleGraphs.small, options: DiagramOptions(styleSheet: sheet)).svg
            return svg.replacingOccurrences(of: #"font-family="[^"]*""#, with: "", options: .regularExpression)
        }
        #expect(try geometry(font: "NoSuchFontAnywhere") == geometry(font: "Times"))
        #expect(try geometry(font: "Arial") == geometry(font: "Helvetica"))
        #expect(try geometry(font: "Courier") != geometry(font: "Helvetica"))
    }

    @Test func graphvizWarningsBecomeDiagnostics() throws {
        var sheet = StyleSheet.standard
        sheet.nodes["person"]?.fill = "reddish"
        let diagram = try GraphvizRenderer.render(SampleGraphs.small, as: .svg, options: DiagramOptions(styleSheet: sheet))
        #expect(diagram.diagnostics.contains { $0.id == "graphviz.warning" && $0.message.contains("reddish") })
    }

    @Test func encodersPassWarningsOn() throws {
        var sheet = StyleSheet.standard
        sheet.nodes["place"]?.shape = "nosuchshape"
        let received = Received()
        _ = try SVGEncoder(options: DiagramOptions(styleSheet: sheet), onDiagnostic: { received.append($0) })
            .encode(SampleGraphs.small)
        #expect(received.all.contains { $0.message.contains("nosuchshape") })
    }

    @Test func graphvizErrorsAreThrownWithTheirMessage() throws {
        var model = try DiagramModel.make(from: GraphSelection(full: SampleGraphs.small), options: DiagramOptions()).model
        model.graphAttributes.append(DiagramModel.Attribute("label", "<TABLE><TR><TD>unclosed", isHTML: true))
        #expect {
            try GraphvizSession.render(model, as: .svg)
        } throws: { error in
            guard case RenderingError.renderFailed(.svg, let messages) = error else { return false }
            return messages.contains { $0.contains("mismatched tag") }
        }
        // The failure leaves Graphviz usable.
        #expect(try GraphvizSession.render(
            DiagramModel.make(from: GraphSelection(full: SampleGraphs.small), options: DiagramOptions()).model, as: .svg).warnings.isEmpty)
    }

    @Test func danglingEdgesAreLeftOutAndReported() throws {
        let graph = EntityGraph(
            nodes: [Entity(id: "person:a", type: .person, label: "A")],
            edges: [Relation(source: "person:a", target: "country:nowhere", type: .represents)])
        let diagram = try GraphvizRenderer.render(graph, as: .svg)
        #expect(diagram.diagnostics.map(\.id) == ["graphviz.dangling-edge"])
        #expect(!SVGInspection(diagram.text).elementNames.isEmpty)
        #expect(!diagram.text.contains("class=\"edge\""))
    }
}

/// Collects diagnostics from an encoder's callback.
private final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []
    func append(_ item: Diagnostic) { lock.withLock { items.append(item) } }
    var all: [Diagnostic] { lock.withLock { items } }
}
