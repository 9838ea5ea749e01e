import Foundation
import NewsGraphCore
import NewsGraphExport
import NewsGraphGraphviz
import Testing
import _NewsGraphTestSupport

/// Style sheet values reach Graphviz and, for fonts, the SVG unescaped: bad ones are refused.
@Suite struct StyleSheetValidationTests {
    private func sheet(_ edit: (inout [String: Any]) -> Void) throws -> StyleSheet {
        let data = try JSONEncoder().encode(StyleSheet.standard)
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        edit(&object)
        return try JSONDecoder().decode(StyleSheet.self, from: JSONSerialization.data(withJSONObject: object))
    }

    private func expectRefused(_ sheet: StyleSheet, key: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(sourceLocation: sourceLocation) {
            try GraphvizRenderer.svg(SampleGraphs.small, options: DiagramOptions(styleSheet: sheet))
        } throws: { error in
            guard case RenderingError.invalidStyle(let badKey, _, _) = error else { return false }
            return badKey == key
        }
    }

    @Test func standardSheetIsAccepted() throws {
        _ = try GraphvizRenderer.svg(SampleGraphs.small)
    }

    @Test func fontThatCouldEndAnAttributeIsRefused() throws {
        expectRefused(try sheet { $0["font"] = #"x" onload="alert(1)"# }, key: "font")
    }

    @Test func recordShapesAreRefused() throws {
        for shape in ["record", "Mrecord"] {
            let bad = try sheet { object in
                var nodes = object["nodes"] as! [String: Any]
                var person = nodes["person"] as! [String: Any]
                person["shape"] = shape
                nodes["person"] = person
                object["nodes"] = nodes
            }
            expectRefused(bad, key: "nodes.person.shape")
        }
    }

    @Test func colourWithMarkupIsRefused() throws {
        let bad = try sheet { object in
            var relations = object["relations"] as! [String: Any]
            var leads = relations["leads"] as! [String: Any]
            leads["color"] = #"#000" BGCOLOR="red"#
            relations["leads"] = leads
            object["relations"] = relations
        }
        expectRefused(bad, key: "relations.leads.color")
    }

    @Test func errorMessageSaysWhatAndWhere() {
        let error = RenderingError.invalidStyle(key: "nodes.person.shape", value: "record", expected: "a polygon shape")
        #expect(error.description == "cannot use style sheet value nodes.person.shape = 'record': expected a polygon shape")
    }
}
