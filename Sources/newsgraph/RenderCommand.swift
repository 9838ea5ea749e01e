import ArgumentParser
import Foundation
import NewsGraphCore
import NewsGraphExport
import NewsGraphGraphviz

/// `newsgraph render`: a saved JSON graph (perhaps edited by hand) back into any format.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write a saved JSON graph in other formats.",
        discussion: """
            Reads a graph in newsgraph's JSON form (as written by 'build', perhaps edited) and \
            writes it again, for example as SVG after you removed a node by hand. --view writes \
            part of it (in every format); an SVG gets its caption beside it, <name>.caption.md.

            Example: newsgraph render Graphs/seeds.json --format svg -o seeds.svg
            newsgraph render Graphs/seeds.json --view meetings -o seeds.meetings.svg
            """
    )

    @Argument(help: "A graph in newsgraph's JSON form.")
    var graph: String

    @Option(name: .shortAndLong, help: "Formats to write, comma-separated: svg, dot, graphml, json, gexf, cyjs (cyjs also writes <name>.style.json).")
    var format: String = "svg"

    @Option(name: [.customShort("o"), .customLong("output")], help: "The file to write (one format only).")
    var output: String?

    @Option(help: "Folder to write <name>.<format> files into, for several formats.")
    var out: String?

    @Option(help: "Layout engine for SVG: automatic (by graph size and shape), dot, neato or sfdp.")
    var engine: LayoutEngine = .automatic

    @Option(help: "GraphML flavour: plain, or yed (adds yEd's shapes, colours and labels from the style sheet).")
    var graphmlFlavor: GraphMLEncoder.Flavor = .plain

    @OptionGroup var viewOptions: ViewOptions

    func validate() throws {
        if output == nil && out == nil { throw ValidationError("say where to write: -o FILE or --out FOLDER") }
        if output != nil && out != nil { throw ValidationError("give either -o FILE or --out FOLDER, not both") }
    }

    func run() throws {
        do {
            let formats = try Formats.parse(format)
            let loaded = try GraphFile.read(graph)
            let selection = try viewOptions.select(loaded)
            // Only a drawing sets aside the entities with no relation; data formats keep them.
            let data = try viewOptions.select(loaded, view: selection.view, keepsUnrelated: true)
            func part(_ format: String) -> GraphSelection { DiagramFormat(rawValue: format) == nil ? data : selection }
            let options = Formats.Options(
                engine: engine, graphName: URL(fileURLWithPath: graph).deletingPathExtension().lastPathComponent,
                graphMLFlavor: graphmlFlavor)
            if selection.view == .stories {
                guard let out else { throw OutputError("--view stories writes a diagram per story: give --out FOLDER, not -o") }
                let name = URL(fileURLWithPath: graph).deletingPathExtension().lastPathComponent
                try StoryDiagramFiles.write(
                    selection, of: loaded, views: viewOptions, formats: formats, to: try OutputFolder(out), name: name,
                    options: options)
            } else if let output {
                guard formats.count == 1 else { throw OutputError("-o writes one format; use --out FOLDER for several") }
                let url = URL(fileURLWithPath: output)
                _ = try OutputFolder(url.deletingLastPathComponent().path)
                try OutputFolder.writeAtomically(Data(try DiagramFiles.encode(part(formats[0]), as: formats[0], options: options).utf8), to: url)
                if formats[0] == "svg" {
                    let caption = url.deletingLastPathComponent().appendingPathComponent(DiagramFiles.captionName(forSVG: url.lastPathComponent))
                    try OutputFolder.writeAtomically(Data(DiagramFiles.caption(selection, options: options).utf8), to: caption)
                }
            } else if let out {
                let folder = try OutputFolder(out)
                let name = URL(fileURLWithPath: graph).deletingPathExtension().lastPathComponent + ViewOptions.fileSuffix(selection.view)
                for format in formats {
                    try folder.write(try DiagramFiles.encode(part(format), as: format, options: options), to: "\(name).\(format)")
                    if format == "svg" { try folder.write(DiagramFiles.caption(selection, options: options), to: "\(name).caption.md") }
                }
            }
        } catch {
            Report.error(error)
            throw ExitCode.failure
        }
    }
}

/// Reads a graph saved as JSON.
enum GraphFile {
    static func read(_ path: String) throws -> EntityGraph {
        guard FileManager.default.fileExists(atPath: path) else { throw OutputError("cannot read graph \(path): no such file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OutputError("cannot read graph \(path): permission denied or I/O error")
        }
        do {
            // Stories are derived from the nodes and edges: grouped afresh, so a hand-edited
            // graph never carries stale ones.
            return try JSONDecoder().decode(EntityGraph.self, from: data).groupingStories()
        } catch let DecodingError.keyNotFound(key, context) {
            throw OutputError("cannot read graph \(path): missing '\(key.stringValue)' at \(context.codingPath.map(\.stringValue).joined(separator: "."))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw OutputError("cannot read graph \(path): wrong value at \(context.codingPath.map(\.stringValue).joined(separator: "."))")
        } catch let DecodingError.dataCorrupted(context) {
            throw OutputError("cannot read graph \(path): not JSON (\(context.debugDescription))")
        } catch {
            throw OutputError("cannot read graph \(path): not a newsgraph graph")
        }
    }
}
