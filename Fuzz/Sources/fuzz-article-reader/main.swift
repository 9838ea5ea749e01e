import FuzzChecks
import Foundation
import NewsGraphExtraction

// Any bytes as an article file: refused with the right fact, or read without losing a byte.
FuzzDriver.run { data in
    do {
        let article = try ArticleReader.decode(data, id: "fuzz", path: "fuzz.txt")
        // Offsets count the code points of the file as UTF-8 decodes it, byte-order mark included.
        Invariant.require(Data(article.text.utf8) == data, "the text is not the file's bytes")
        Invariant.require(article.scalars == Array(article.text.unicodeScalars), "scalars are not the text's")
        Invariant.require(article.slice(0, article.scalars.count) == article.text, "the whole slice is not the text")
        let title = article.document.title
        Invariant.require(title.unicodeScalars.count <= Article.longestTitle, "a title of \(title.unicodeScalars.count) code points")
        Invariant.require(!title.contains(where: \.isNewline), "a title with a line break")
        Invariant.require(title.isEmpty || article.text.contains(title), "a title that is not in the text")
    } catch let error as ExtractionError {
        Invariant.require(!"\(error)".contains("\n"), "a message of two lines: \(error)")
        let bytes = [UInt8](data)
        switch error {
        case .empty:
            let text = String(decoding: bytes, as: UTF8.self)
            Invariant.require(text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" }, "refused as empty")
        case .binary(_, let offset):
            Invariant.require(bytes.firstIndex(of: 0) == offset, "NUL reported at \(offset)")
        case .notUTF8(_, let byte, let offset):
            Invariant.require(offset < bytes.count && bytes[offset] == byte, "byte 0x\(String(byte, radix: 16)) is not at \(offset)")
            Invariant.require(!bytes[..<offset].contains(0), "a NUL before the bad byte was not reported")
            Invariant.require(String(validating: bytes[..<offset], as: UTF8.self) != nil, "the bytes before offset \(offset) are not UTF-8")
        default:
            Invariant.fail("unexpected error \(error)")
        }
    } catch {
        Invariant.fail("unexpected error \(error)")
    }
}
