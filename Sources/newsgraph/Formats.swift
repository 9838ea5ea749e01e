import ArgumentParser
import NewsGraphCore
import NewsGraphExport
import NewsGraphGraphviz

/// The output formats the CLI can write, by name.
struct Formats {
    /// Options every format's encoder may read.
    struct Options {
        var engine = LayoutEngine.automatic
        var styleSheet = StyleSheet.standard
        /// The diagram's name (its file's base name), so the SVG title is not `%3`, and the
        /// network's name in Cytoscape.
        var graphName: String?
        var graphMLFlavor = GraphMLEncoder.Flavor.plain
    }

    static let all = ["svg", "dot", "graphml", "json", GEXFEncoder.identifier, CytoscapeEncoder.identifier]

    /// Files written beside a format's own: Cytoscape loads a network and its style apart.
    static let companions = [CytoscapeEncoder.identifier: [CytoscapeEncoder.styleExtension]]

    /// Parses "svg,json" into a list of known formats, in the order given, each followed by
    /// its companions ("cyjs" gives "cyjs", "style.json"): the list of file extensions to write.
    static func parse(_ list: String) throws -> [String] {
        let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw OutputError("no format given (choose from \(all.joined(separator: ", ")))") }
        for name in names where !all.contains(name) {
            throw OutputError("unknown format '\(name)' (choose from \(all.joined(separator: ", ")))")
        }
        var seen = Set<String>()
        return names.flatMap { [$0] + (companions[$0] ?? []) }.filter { seen.insert($0).inserted }
    }

    /// `graph` in `format`, as UTF-8 handed to `write` in pieces: the data formats of a corpus
    /// run to hundreds of megabytes, so they are never joined into one String or buffer.
    static func encode(
        _ graph: EntityGraph, as format: String, options: Options, to write: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        switch format {
        case "json": try JSONGraphEncoder().encode(graph, to: write)
        case "graphml": try GraphMLEncoder(flavor: options.graphMLFlavor, styleSheet: options.styleSheet).encode(graph, to: write)
        case GEXFEncoder.identifier: try GEXFEncoder(styleSheet: options.styleSheet).encode(graph, to: write)
        case CytoscapeEncoder.identifier:
            try CytoscapeEncoder(styleSheet: options.styleSheet, name: options.graphName).encode(graph, to: write)
        case CytoscapeEncoder.styleExtension: try Array(CytoscapeEncoder(styleSheet: options.styleSheet).encodeStyle().utf8).withUnsafeBytes(write)
        case "svg", "dot":
            let diagram = DiagramOptions(engine: options.engine, styleSheet: options.styleSheet, graphName: options.graphName)
            let report: @Sendable (Diagnostic) -> Void = { Report.note("\($0)") }
            let text = format == "svg"
                ? try SVGEncoder(options: diagram, onDiagnostic: report).encode(graph)
                : try DOTEncoder(options: diagram, onDiagnostic: report).encode(graph)
            try Array(text.utf8).withUnsafeBytes(write)
        default: throw ExportError.unknownFormat(format)
        }
    }
}

extension GraphMLEncoder.Flavor: ExpressibleByArgument {}
