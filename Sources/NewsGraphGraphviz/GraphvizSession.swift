import CGraphviz
import Foundation
import NewsGraphCore

/// The only code that calls Graphviz: builds a ``DiagramModel`` as a cgraph graph, lays it
/// out, renders it and frees everything, all under one process-wide lock.
///
/// Graphviz 2.42 is not thread-safe: it keeps layout, error and random-number state in
/// globals, and four threads with their own contexts and graphs crashed in 15 of 15 runs
/// (`shared/GRAPHVIZ.md`). So everything from `agopen` to `agclose` happens inside
/// ``lock``, and every C object is freed in a `defer` before the lock is released: no C
/// pointer leaves this type.
enum GraphvizSession {
    /// What one rendering produced.
    struct Output: Sendable, Equatable {
        var text: String
        /// Graphviz's warnings, one per line, without the "Warning: " prefix.
        var warnings: [String]
        /// How text was measured for the layout; `nil` for DOT, which is not laid out.
        var textMetrics: GraphvizPlugins.TextMetrics?
    }

    /// Serialises every call into Graphviz in this process.
    private static let lock = NSLock()

    /// Renders `model` as `format`. DOT is written by cgraph without a layout; SVG is laid out
    /// with `model.engine` after seeding the random-number generators.
    ///
    /// - Throws: ``RenderingError`` when Graphviz cannot be set up, refuses an element, fails
    ///   to lay out or render, or reports an error (it often does so and still returns success).
    static func render(_ model: DiagramModel, as format: DiagramFormat) throws(RenderingError) -> Output {
        try locked { () throws(RenderingError) -> Output in
            // DOT needs no layout, so no context; freed last, after the layout and the graph.
            let setup = format == .svg ? try makeContext() : nil
            defer { if let setup { gvFreeContext(setup.context) } }

            guard let graph = ng_agopen(model.name) else {
                throw .graphConstructionFailed(element: "the graph \(model.name)", messages: messages().all)
            }
            defer { agclose(graph) }
            try build(model, in: graph)

            let text: String
            switch format {
            case .dot:
                text = try writeDOT(graph)
            case .svg:
                guard let context = setup?.context else { throw .graphvizUnavailable(reason: "no context for the layout") }
                ng_seed_random(DiagramModel.layoutSeed)
                // Also after a failed layout, which may have attached layout records already;
                // gvFreeLayout is a no-op on a graph without them.
                defer { gvFreeLayout(context, graph) }
                guard gvLayout(context, graph, model.engine.rawValue) == 0 else {
                    throw .layoutFailed(engine: model.engine, messages: messages().all)
                }
                text = try renderData(context, graph, format: "svg", as: .svg)
            }
            let reported = messages()
            if !reported.errors.isEmpty || agerrors() >= Int32(AGERR.rawValue) {
                throw .renderFailed(format: format, messages: reported.all)
            }
            return Output(text: text.hasSuffix("\n") ? text : text + "\n", warnings: reported.warnings, textMetrics: setup?.metrics)
        }
    }

    /// A context with only the built-in plugin table, or `gvContext()` when the table could not
    /// be made (then text is measured with the installed fonts, and the caller says so).
    private static func makeContext() throws(RenderingError) -> (context: OpaquePointer, metrics: GraphvizPlugins.TextMetrics) {
        switch GraphvizPlugins.table {
        case .success(let table):
            guard let context = gvContextPlugins(table, 0) else {
                throw .graphvizUnavailable(reason: "gvContextPlugins returned no context")
            }
            return (context, .builtin)
        case .failure(let error):
            guard let context = gvContext() else { throw .graphvizUnavailable(reason: "gvContext returned no context") }
            return (context, .fonts(reason: error.reason))
        }
    }

    /// A DOT file as cgraph reads it back: lets tests check that what cgraph wrote parses to
    /// the labels that were set.
    struct ParsedDOT: Equatable, Sendable {
        var name: String
        /// Each node name with its `label` attribute.
        var nodes: [String: String]
        var edgeCount: Int
    }

    /// Parses `text` with cgraph's own reader, twice: from memory (`agmemread`) and from a
    /// `FILE`, as the `dot` program reads a file. The two differ: in 2.42 a word of more than
    /// 16,384 letters reads from memory but is a syntax error from a file.
    ///
    /// - Throws: ``RenderingError/renderFailed(format:messages:)`` when cgraph cannot read it or
    ///   reports an error.
    static func parseDOT(_ text: String) throws(RenderingError) -> ParsedDOT {
        try locked { () throws(RenderingError) -> ParsedDOT in
            var bytes = Array(text.utf8)
            let fromFile: UnsafeMutablePointer<Agraph_t>? = bytes.withUnsafeMutableBytes { buffer in
                guard let file = fmemopen(buffer.baseAddress, buffer.count, "r") else { return nil }
                defer { fclose(file) }
                return agread(UnsafeMutableRawPointer(file), nil)
            }
            guard let fromFile else { throw .renderFailed(format: .dot, messages: ["cgraph cannot read it from a file"] + messages().all) }
            agclose(fromFile)
            guard let graph = agmemread(text) else { throw .renderFailed(format: .dot, messages: ["cgraph cannot read it"] + messages().all) }
            defer { agclose(graph) }
            var nodes: [String: String] = [:]
            var node = agfstnode(graph)
            while let current = node {
                let label = ng_agget(UnsafeMutableRawPointer(current), "label").map { String(cString: $0) } ?? ""
                nodes[String(cString: agnameof(UnsafeMutableRawPointer(current)))] = label
                node = agnxtnode(graph, current)
            }
            let parsed = ParsedDOT(
                name: String(cString: agnameof(UnsafeMutableRawPointer(graph))), nodes: nodes,
                edgeCount: Int(agnedges(graph)))
            guard messages().errors.isEmpty else { throw .renderFailed(format: .dot, messages: messages().all) }
            return parsed
        }
    }

    /// Runs `body` holding the lock, with Graphviz's messages captured instead of printed.
    private static func locked<T>(_ body: () throws(RenderingError) -> T) throws(RenderingError) -> T {
        lock.lock()
        defer { lock.unlock() }
        let previousHandler = agseterrf(captureMessage)
        let previousLevel = agseterr(AGWARN)  // report warnings and errors; don't queue them in a tmpfile
        capturedMessages = ""
        agreseterrors()
        defer {
            agseterrf(previousHandler)
            agseterr(previousLevel)
            capturedMessages = ""
        }
        return try body()
    }

    private static func build(_ model: DiagramModel, in graph: UnsafeMutablePointer<Agraph_t>) throws(RenderingError) {
        for attribute in model.graphAttributes {
            if attribute.isHTML {
                guard ng_set_html_label(UnsafeMutableRawPointer(graph), attribute.value) == 0 else {
                    throw .graphConstructionFailed(element: "the graph label", messages: messages().all)
                }
            } else {
                _ = ng_agattr(graph, Int32(AGRAPH), attribute.name, attribute.value)
            }
        }
        for attribute in model.nodeDefaults { _ = ng_agattr(graph, Int32(AGNODE), attribute.name, attribute.value) }
        for attribute in model.edgeDefaults { _ = ng_agattr(graph, Int32(AGEDGE), attribute.name, attribute.value) }

        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        for node in model.nodes {
            guard let made = ng_agnode(graph, node.name) else {
                throw .graphConstructionFailed(element: "node \(node.name)", messages: messages().all)
            }
            nodes[node.name] = made
            try set(node.attributes, on: UnsafeMutableRawPointer(made), element: "node \(node.name)")
        }
        for edge in model.edges {
            guard let tail = nodes[edge.tail], let head = nodes[edge.head], let made = ng_agedge(graph, tail, head) else {
                throw .graphConstructionFailed(element: "edge \(edge.tail) -> \(edge.head)", messages: messages().all)
            }
            try set(edge.attributes, on: UnsafeMutableRawPointer(made), element: "edge \(edge.tail) -> \(edge.head)")
        }
        for cluster in model.clusters {
            guard let subgraph = ng_agsubg(graph, cluster.name) else {
                throw .graphConstructionFailed(element: "subgraph \(cluster.name)", messages: messages().all)
            }
            try set(cluster.attributes, on: UnsafeMutableRawPointer(subgraph), element: "subgraph \(cluster.name)")
            for name in cluster.nodes {
                guard let node = nodes[name], agsubnode(subgraph, node, 1) != nil else {
                    throw .graphConstructionFailed(element: "node \(name) in subgraph \(cluster.name)", messages: messages().all)
                }
            }
        }
        for (index, group) in model.sameRank.enumerated() {
            guard let subgraph = ng_agsubg(graph, "rank\(index)") else {
                throw .graphConstructionFailed(element: "subgraph rank\(index)", messages: messages().all)
            }
            try set([DiagramModel.Attribute("rank", "same")], on: UnsafeMutableRawPointer(subgraph), element: "subgraph rank\(index)")
            for name in group {
                guard let node = nodes[name], agsubnode(subgraph, node, 1) != nil else {
                    throw .graphConstructionFailed(element: "node \(name) in subgraph rank\(index)", messages: messages().all)
                }
            }
        }
    }

    private static func set(
        _ attributes: [DiagramModel.Attribute], on object: UnsafeMutableRawPointer, element: String
    ) throws(RenderingError) {
        for attribute in attributes {
            let status =
                attribute.isHTML
                ? ng_set_html_label(object, attribute.value) : ng_agsafeset(object, attribute.name, attribute.value)
            guard status == 0 else {
                throw .graphConstructionFailed(element: "attribute \(attribute.name) of \(element)", messages: messages().all)
            }
        }
    }

    private static func writeDOT(_ graph: UnsafeMutablePointer<Agraph_t>) throws(RenderingError) -> String {
        var buffer: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = ng_write_dot(graph, &buffer, &length)
        defer { free(buffer) }
        guard status == 0, let buffer else { throw .renderFailed(format: .dot, messages: messages().all) }
        return decode(buffer, length)
    }

    private static func renderData(
        _ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, format name: String, as format: DiagramFormat
    ) throws(RenderingError) -> String {
        var buffer: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = ng_render_data(context, graph, name, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer else { throw .renderFailed(format: format, messages: messages().all) }
        return decode(buffer, length)
    }

    private static func decode(_ buffer: UnsafeMutablePointer<CChar>, _ length: Int) -> String {
        let bytes = UnsafeRawBufferPointer(start: buffer, count: length)
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Messages

    /// What Graphviz reported since the session began. Guarded by `lock`.
    nonisolated(unsafe) private static var capturedMessages = ""

    /// The `agusererrf` that receives Graphviz's messages instead of stderr. cgraph calls it
    /// with the level ("Error", "Warning"), then ": ", then the formatted message.
    private static let captureMessage: agusererrf = { message in
        if let message { capturedMessages += String(cString: message) }
        return 0
    }

    /// The captured messages split into lines; a line without a level prefix continues the
    /// message before it and shares its level.
    private static func messages() -> (errors: [String], warnings: [String], all: [String]) {
        var errors: [String] = []
        var warnings: [String] = []
        var all: [String] = []
        var isError = false
        for line in capturedMessages.split(whereSeparator: \.isNewline) {
            var text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            all.append(text)
            if text.hasPrefix("Error: ") {
                isError = true
                text.removeFirst("Error: ".count)
            } else if text.hasPrefix("Warning: ") {
                isError = false
                text.removeFirst("Warning: ".count)
            }
            if isError { errors.append(text) } else { warnings.append(text) }
        }
        return (errors, warnings, all)
    }
}
