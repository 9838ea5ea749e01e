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
            writes it again, for example as SVG after you removed a node (and its edges) by hand. \
            The whole graph is checked first, and nothing is written if any part is wrong. \
            --decisions FILE applies an analyst's decisions to the saved graph (a build with them can \
            also keep apart what the saved graph merged). --view writes \
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

    @OptionGroup var decisions: DecisionOptions

    func validate() throws {
        if output == nil && out == nil { throw ValidationError("say where to write: -o FILE or --out FOLDER") }
        if output != nil && out != nil { throw ValidationError("give either -o FILE or --out FOLDER, not both") }
    }

    func run() throws {
        let decided = try decisions.given()
        let formats = try Formats.parse(format)
        if output != nil, formats.count != 1 { throw OutputError("-o writes one format; use --out FOLDER for several") }
        var loaded = try GraphFile.read(graph)
        if !decided.isEmpty { loaded = try loaded.applying(decided).groupingStories() }
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
            return
        }
        // Every file is made before the first is written: one that cannot be made leaves
        // none behind, rather than some formats of the graph.
        var files: [(name: String, text: String)] = []
        let base =
            URL(fileURLWithPath: graph).deletingPathExtension().lastPathComponent + ViewOptions.fileSuffix(selection.view)
        for format in formats {
            let name = output.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "\(base).\(format)"
            files.append((name, try DiagramFiles.encode(part(format), as: format, options: options)))
            if format == "svg" {
                files.append((DiagramFiles.captionName(forSVG: name), DiagramFiles.caption(selection, options: options)))
            }
        }
        if let output {
            // A path the user chose: written where it says, whatever its name.
            let folder = URL(fileURLWithPath: output).deletingLastPathComponent()
            _ = try OutputFolder(folder.path)
            for file in files {
                try OutputFolder.writeAtomically(Data(file.text.utf8), to: folder.appendingPathComponent(file.name))
            }
        } else if let out {
            let folder = try OutputFolder(out)
            for file in files { try folder.write(file.text, to: file.name) }
        }
    }
}
