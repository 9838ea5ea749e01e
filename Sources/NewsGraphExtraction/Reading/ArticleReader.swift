import Foundation

/// Reads article files, refusing what is not an article: missing, empty, binary or not UTF-8.
public enum ArticleReader {
    /// Reads one file; the document id is the file name without its extension.
    public static func read(path: String) throws -> Article {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ExtractionError.missing(path: path)
        }
        if isFolder.boolValue { throw ExtractionError.unreadable(path: path, reason: "is a folder") }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ExtractionError.unreadable(path: path, reason: "permission denied or I/O error")
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try decode(data, id: name, path: path)
    }

    /// Checks and decodes the bytes of an article (also used for standard input).
    public static func decode(_ data: Data, id: String, path: String) throws -> Article {
        if data.isEmpty { throw ExtractionError.empty(path: path) }
        let bytes = [UInt8](data)
        if let nul = bytes.firstIndex(of: 0) { throw ExtractionError.binary(path: path, offset: nul) }
        // The standard library validates fast; the byte-by-byte scan only runs to name the bad byte.
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (byte, offset) = firstInvalidUTF8(bytes) ?? (bytes[0], 0)
            throw ExtractionError.notUTF8(path: path, byte: byte, offset: offset)
        }
        // A byte-order mark stays: it is code point 0 of the text as Python and other readers
        // decode UTF-8, so offsets count it (the tokenizer reads it as space). Dropping it made
        // every offset one short of the file's (issue 15).
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
            throw ExtractionError.empty(path: path)
        }
        return Article(id: id, path: path, text: text)
    }

    /// Lists the `.txt` articles of a folder and of its subfolders, each folder's entries sorted
    /// by name so output order never depends on the file system. Hidden files and folders (a
    /// leading dot) are left out; a folder reached twice through symbolic links is read once,
    /// so a link to a parent folder does not loop.
    public static func articles(inFolder folder: String) throws -> [String] {
        try listing(folder).articles
    }

    /// The articles of `folder` and its subfolders, as ``articles(inFolder:)`` lists them, and the
    /// subfolders that could not be listed (their articles are missing from the list: say so).
    ///
    /// - Throws: ``ExtractionError`` when `folder` cannot be listed or holds no article.
    public static func listing(_ folder: String) throws -> (articles: [String], unreadable: [String]) {
        let base = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        var visited = Set<String>()
        var found: (articles: [String], unreadable: [String]) = ([], [])
        collect(base, into: &found, visited: &visited)
        if found.unreadable.first == base { throw ExtractionError.unreadable(path: folder, reason: "cannot list the folder") }
        if found.articles.isEmpty && found.unreadable.isEmpty { throw ExtractionError.noArticles(folder: folder) }
        return found
    }

    /// Appends the articles under `folder` depth first, and each folder that cannot be listed.
    private static func collect(
        _ folder: String, into found: inout (articles: [String], unreadable: [String]), visited: inout Set<String>
    ) {
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            found.unreadable.append(folder)
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = "\(folder)/\(name)"
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                collect(path, into: &found, visited: &visited)
            } else if name.hasSuffix(".txt") {
                found.articles.append(path)
            }
        }
    }

    /// The first byte that breaks UTF-8, with its offset: the byte that starts an ill-formed
    /// sequence (a lead byte whose continuation bytes are missing or wrong, as in "Jos\u{E9} "
    /// written in Latin-1, is the bad byte, not the space after it).
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (UInt8, Int)? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (byte, index)
            }
            if index + length > bytes.count { return (byte, index) }
            for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 { return (byte, index) }
            if length == 3 {
                let second = bytes[index + 1]
                if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second > 0x9F) { return (byte, index) }
            } else if length == 4 {
                let second = bytes[index + 1]
                if (byte == 0xF0 && second < 0x90) || (byte == 0xF4 && second > 0x8F) { return (byte, index) }
            }
            index += length
        }
        return nil
    }
}
