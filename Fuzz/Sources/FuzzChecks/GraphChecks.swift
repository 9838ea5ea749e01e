import Foundation
import NewsGraphCore
import NewsGraphExport
import NewsGraphExtraction
import NewsGraphGraphviz

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The invariants of issue 15, checked of whatever a fuzzed input made: offsets inside their
/// text and `text == slice`, well-formed XML and JSON, DOT that cgraph reads back, no raw
/// control character in a diagram, names that stay inside the output folder.
public enum GraphChecks {
    /// The extractor every target shares: loading the lexicons takes a second.
    public static let extractor: Extractor = {
        do { return try Extractor(lexicon: Lexicon.standard()) } catch { Invariant.fail("lexicon: \(error)") }
    }()

    /// Every mention and evidence span of `graph` lies in its document's text and reads as its
    /// text there. `texts` are the documents' code points by id.
    public static func spans(_ graph: EntityGraph, _ texts: [String: [Unicode.Scalar]]) {
        for node in graph.nodes.values {
            for mention in node.mentions {
                span(mention.document, mention.start, mention.end, mention.text, texts, "mention of \(node.id)")
            }
        }
        for edge in graph.edges.values {
            for evidence in edge.evidence {
                span(evidence.document, evidence.start, evidence.end, evidence.sentence, texts, "evidence of \(edge.id)")
            }
        }
    }

    private static func span(
        _ document: String, _ start: Int, _ end: Int, _ text: String, _ texts: [String: [Unicode.Scalar]], _ what: String
    ) {
        guard let scalars = texts[document] else { Invariant.fail("\(what) cites unknown document \(document)") }
        Invariant.require(0 <= start && start <= end && end <= scalars.count, "\(what): [\(start), \(end)) outside 0..<\(scalars.count)")
        let slice = String(String.UnicodeScalarView(scalars[start..<end]))
        Invariant.require(slice == text, "\(what): text \(text.debugDescription) is not the slice \(slice.debugDescription)")
    }

    /// Every encoder on `graph`: the data formats parse as JSON or XML, the JSON reads back to
    /// the same bytes, DOT reads back in cgraph with every node, and (when `svg`) the SVG is
    /// well-formed and free of raw control characters.
    public static func encoders(_ graph: EntityGraph, svg: Bool) {
        let json = encode(JSONGraphEncoder(), graph)
        let parsed = jsonObject(json, "JSON export")
        Invariant.require(parsed is [String: Any], "JSON export is not an object")
        do {
            let again = try JSONGraphDecoder.decode(Data(json.utf8))
            Invariant.require(encode(JSONGraphEncoder(), again) == json, "JSON export does not read back to the same bytes")
        } catch {
            Invariant.fail("JSON export is refused by the reader: \(error)")
        }
        xml(encode(GraphMLEncoder(), graph), "GraphML")
        xml(encode(GraphMLEncoder(flavor: .yed), graph), "yEd GraphML")
        xml(encode(GEXFEncoder(), graph), "GEXF")
        _ = jsonObject(encode(CytoscapeEncoder(name: "fuzz"), graph), "Cytoscape.js")
        do {
            let dot = try GraphvizRenderer.dot(graph, options: DiagramOptions(graphName: "fuzz"))
            let read = try GraphvizRenderer.readBack(dot: dot)
            Invariant.require(read.labels.count == graph.nodes.count, "DOT reads back \(read.labels.count) of \(graph.nodes.count) nodes")
            if svg {
                let diagram = try GraphvizRenderer.render(graph, as: .svg, options: DiagramOptions(graphName: "fuzz"))
                xml(diagram.text, "SVG")
                noControlCharacters(diagram.text, "SVG")
                noControlCharacters(diagram.caption.markdown, "caption")
            }
        } catch {
            Invariant.fail("Graphviz refused a graph the validator accepts: \(error)")
        }
    }

    /// The name of an output file made of `name` lies directly in any folder, when `FileName`
    /// accepts it.
    public static func staysInFolder(_ name: String) {
        guard FileName.problem(name) == nil else { return }
        let folder = URL(fileURLWithPath: "/tmp/newsgraph-fuzz-out").standardizedFileURL
        for file in ["\(name).json", "\(name).caption.md"] {
            let target = folder.appendingPathComponent(file).standardizedFileURL
            Invariant.require(
                target.deletingLastPathComponent().path == folder.path && target.lastPathComponent == file,
                "the accepted name \(name.debugDescription) gives \(target.path)")
        }
    }

    private static func encode(_ encoder: some GraphEncoder, _ graph: EntityGraph) -> String {
        do { return try encoder.encode(graph) } catch { Invariant.fail("\(type(of: encoder)) refused a valid graph: \(error)") }
    }

    private static func jsonObject(_ text: String, _ what: String) -> Any {
        do { return try JSONSerialization.jsonObject(with: Data(text.utf8)) } catch { Invariant.fail("\(what) is not JSON: \(error)") }
    }

    private static func xml(_ text: String, _ what: String) {
        let parser = XMLParser(data: Data(text.utf8))
        Invariant.require(parser.parse(), "\(what) is not well-formed XML: \(String(describing: parser.parserError))")
    }

    private static func noControlCharacters(_ text: String, _ what: String) {
        let bad = text.unicodeScalars.first { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" }
        Invariant.require(bad == nil, "\(what) holds the control character U+\(String(bad?.value ?? 0, radix: 16))")
    }
}
