import NewsGraphCore
import NewsGraphExport
import NewsGraphGraphviz

/// The output formats the CLI can write, by name.
struct Formats {
    /// Options every format's encoder may read.
    struct Options {
        var engine = LayoutEngine.automatic
        var styleSheet = StyleSheet.standard
        /// The diagram's name (its file's base name), so the SVG title is not `%3`.
        var graphName: String?
    }

    static let all = ["svg", "dot", "graphml", "json"]

    /// Parses "svg,json" into a list of known formats, in the order given.
    static func parse(_ list: String) throws -> [String] {
        let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw OutputError("no format given (choose from \(all.joined(separator: ", ")))") }
        for name in names where !all.contains(name) {
            throw OutputError("unknown format '\(name)' (choose from \(all.joined(separator: ", ")))")
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    static func encode(_ graph: EntityGraph, as format: String, options: Options) throws -> String {
        switch format {
        case "json": return try JSONGraphEncoder().encode(graph)
        case "graphml": return try GraphMLEncoder().encode(graph)
        case "svg", "dot":
            let diagram = DiagramOptions(engine: options.engine, styleSheet: options.styleSheet, graphName: options.graphName)
            let report: @Sendable (Diagnostic) -> Void = { Report.note("\($0)") }
            return format == "svg"
                ? try SVGEncoder(options: diagram, onDiagnostic: report).encode(graph)
                : try DOTEncoder(options: diagram, onDiagnostic: report).encode(graph)
        default: throw ExportError.unknownFormat(format)
        }
    }
}
