import CGraphviz
import Foundation

/// The built-in plugin table that makes layouts independent of the installed fonts.
///
/// `gvContext()` loads every plugin listed in Graphviz's configuration, pango included, and
/// pango measures label text with whatever fonts the machine has: the same graph gets other
/// node widths, so other SVG bytes, on another machine. A context made with
/// `gvContextPlugins(table, 0)` from only the core (renderers), dot_layout and neato_layout
/// (neato, sfdp) plugins has no text-layout plugin, so Graphviz falls back to its built-in
/// font metrics (Times, Helvetica/Arial, Courier), which are the same everywhere.
///
/// The plugins are shared libraries beside libgvc (`<libdir>/graphviz/libgvplugin_core.so.6`);
/// they are opened once with `dlopen` and never closed, since every context points into them.
/// Only touch this type while holding ``GraphvizSession``'s lock.
enum GraphvizPlugins {
    /// How label text is measured in the drawings of this process.
    enum TextMetrics: Equatable, Sendable {
        /// Graphviz's built-in metrics: the same bytes on every machine.
        case builtin
        /// The installed fonts via pango, because the built-in table could not be made.
        case fonts(reason: String)
    }

    /// The plugin libraries, by the name in `gvplugin_<name>_LTX_library`.
    static let names = ["core", "dot_layout", "neato_layout"]

    /// The `{name, address}` table ending in `{NULL, NULL}` that `gvContextPlugins` reads, or
    /// why it could not be made. Built on first use and kept for the life of the process.
    static var table: Result<UnsafePointer<lt_symlist_t>, PluginError> {
        if let cached { return cached }
        let result = makeTable()
        cached = result
        return result
    }

    struct PluginError: Error, Equatable {
        var reason: String
    }

    // Guarded by GraphvizSession's lock, like every other Graphviz state.
    nonisolated(unsafe) private static var cached: Result<UnsafePointer<lt_symlist_t>, PluginError>?

    private static func makeTable() -> Result<UnsafePointer<lt_symlist_t>, PluginError> {
        let folders = searchFolders()
        let abi = ng_plugin_abi_version()
        let entries = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: names.count + 1)
        for (index, name) in names.enumerated() {
            let files = ["libgvplugin_\(name).so.\(abi)", "libgvplugin_\(name).\(abi).dylib"]
            let candidates = folders.flatMap { folder in files.map { folder + "/" + $0 } }
            guard let handle = candidates.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else {
                entries.deallocate()
                return .failure(PluginError(reason: "no libgvplugin_\(name) in \(folders.joined(separator: ", "))"))
            }
            let symbol = "gvplugin_\(name)_LTX_library"
            guard let address = dlsym(handle, symbol) else {
                entries.deallocate()
                return .failure(PluginError(reason: "libgvplugin_\(name) has no symbol \(symbol)"))
            }
            entries[index] = lt_symlist_t(name: UnsafePointer(strdup(symbol)), address: address)
        }
        entries[names.count] = lt_symlist_t(name: nil, address: nil)
        return .success(UnsafePointer(entries))
    }

    /// The `graphviz` folder beside the loaded libgvc first, then the usual install places.
    private static func searchFolders() -> [String] {
        var folders: [String] = []
        if let path = loadedLibraryPath("libgvc.") {
            let library = URL(fileURLWithPath: path).resolvingSymlinksInPath()
            folders.append(library.deletingLastPathComponent().appendingPathComponent("graphviz").path)
        }
        folders += [
            "/usr/lib/x86_64-linux-gnu/graphviz", "/usr/lib/aarch64-linux-gnu/graphviz", "/usr/lib64/graphviz",
            "/usr/lib/graphviz", "/usr/local/lib/graphviz", "/opt/homebrew/lib/graphviz",
        ]
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }

    /// The file a loaded shared library came from, read from the process's memory map (Linux).
    private static func loadedLibraryPath(_ prefix: String) -> String? {
        guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) else { return nil }
        for line in maps.split(separator: "\n") {
            guard let slash = line.firstIndex(of: "/") else { continue }
            let path = String(line[slash...])
            if URL(fileURLWithPath: path).lastPathComponent.hasPrefix(prefix) { return path }
        }
        return nil
    }
}
