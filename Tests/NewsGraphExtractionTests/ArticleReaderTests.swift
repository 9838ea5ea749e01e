import Foundation
import Testing
@testable import NewsGraphExtraction

@Suite struct ArticleReaderTests {
    @Test func emptyAndWhitespaceOnlyFilesAreRefused() {
        #expect(throws: ExtractionError.empty(path: "a.txt")) { try ArticleReader.decode(Data(), id: "a", path: "a.txt") }
        #expect(throws: ExtractionError.empty(path: "a.txt")) { try ArticleReader.decode(Data(" \n\t".utf8), id: "a", path: "a.txt") }
    }

    @Test func binaryFilesAreRefusedWithTheOffset() {
        #expect(throws: ExtractionError.binary(path: "b.txt", offset: 3)) {
            try ArticleReader.decode(Data([65, 66, 67, 0, 68]), id: "b", path: "b.txt")
        }
    }

    @Test func invalidUTF8NamesTheByteAndOffset() {
        let error = ExtractionError.notUTF8(path: "c.txt", byte: 0xE9, offset: 4)
        #expect(throws: error) { try ArticleReader.decode(Data([0x63, 0x61, 0x66, 0x20, 0xE9, 0x20]), id: "c", path: "c.txt") }
        #expect(error.description == "cannot read article c.txt: not UTF-8 (byte 0xE9 at offset 4)")
    }

    @Test func theBadByteIsTheOneThatStartsTheBrokenSequence() {
        // "José" written in Latin-1: 0xE9 opens a three-byte sequence the space does not continue.
        #expect(throws: ExtractionError.notUTF8(path: "j.txt", byte: 0xE9, offset: 3)) {
            try ArticleReader.decode(Data([0x4A, 0x6F, 0x73, 0xE9, 0x20, 0x41, 0x6C, 0x76, 0x61, 0x72, 0x65, 0x7A]), id: "j", path: "j.txt")
        }
        // A lead byte with a wrong second byte (overlong), and one cut off at the end.
        #expect(throws: ExtractionError.notUTF8(path: "k.txt", byte: 0xE0, offset: 1)) {
            try ArticleReader.decode(Data([0x41, 0xE0, 0x80, 0x80]), id: "k", path: "k.txt")
        }
        #expect(throws: ExtractionError.notUTF8(path: "l.txt", byte: 0xC3, offset: 2)) {
            try ArticleReader.decode(Data([0x41, 0x42, 0xC3]), id: "l", path: "l.txt")
        }
        #expect(throws: ExtractionError.notUTF8(path: "m.txt", byte: 0x80, offset: 1)) {
            try ArticleReader.decode(Data([0x41, 0x80]), id: "m", path: "m.txt")
        }
    }

    @Test func aByteOrderMarkIsCodePointZeroAndTheTitleIsTheFirstLine() throws {
        let article = try ArticleReader.decode(Data("\u{FEFF}\n  Talks resume\nBody.".utf8), id: "d", path: "d.txt")
        #expect(article.text.hasPrefix("\u{FEFF}\n"))
        #expect(article.document.title == "Talks resume")
        #expect(throws: ExtractionError.empty(path: "e.txt")) { try ArticleReader.decode(Data("\u{FEFF} \n".utf8), id: "e", path: "e.txt") }
    }

    /// Offsets count code points of the file as Python's `open(encoding="utf-8")` decodes it,
    /// the byte-order mark included: with the mark dropped, every slice was one code point off.
    @Test func offsetsAfterAByteOrderMarkCountIt() throws {
        let text = "\u{FEFF}Norwegian Trade Minister Ana Lima met Swedish Trade Minister Tom Berg in Oslo."
        let article = try ArticleReader.decode(Data(text.utf8), id: "bom", path: "bom.txt")
        let record = Harness.extractor.extract(article)
        let scalars = Array(text.unicodeScalars)
        let lima = try #require(record.entities.first { $0.names.first == "Ana Lima" })
        // "Trade Minister Ana Lima": the mark is code point 0, "Norwegian " 1 to 10.
        #expect(lima.mentions.map(\.start) == [11])
        for mention in record.entities.flatMap(\.mentions) {
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text)
        }
    }

    /// Found by `make fuzz` (fuzz-article-reader): after 32 blank lines the title was the rest of
    /// the text, line breaks and all.
    @Test func theTitleIsOneLineAfterManyBlankOnes() throws {
        let blank = String(repeating: " \n", count: 32)
        let article = try ArticleReader.decode(Data("\(blank)Headline\nBody one.\nBody two.".utf8), id: "b", path: "b.txt")
        #expect(article.document.title == "Headline")
        // Empty lines are not counted; the 33rd line with text is the last one looked at.
        let last = try ArticleReader.decode(Data("\(blank)\n\nLast\nBody.".utf8), id: "c", path: "c.txt")
        #expect(last.document.title == "Last")
        let later = try ArticleReader.decode(Data("\(blank) \nToo late\nBody.".utf8), id: "d", path: "d.txt")
        #expect(later.document.title == "")
    }

    @Test func aLongFirstLineIsBodyNotTitle() throws {
        let headline = String(repeating: "Talks ", count: 50).trimmingCharacters(in: .whitespaces)  // 299 code points
        let short = try ArticleReader.decode(Data("\(headline)\nBody.".utf8), id: "s", path: "s.txt")
        #expect(short.document.title == headline)
        let long = try ArticleReader.decode(Data("\(headline) x\nBody.".utf8), id: "l", path: "l.txt")
        #expect(long.document.title == "")
    }

    @Test func foldersListTxtFilesSortedAndRefuseEmptyOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ng-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ExtractionError.noArticles(folder: folder.path)) { try ArticleReader.articles(inFolder: folder.path) }
        for name in ["b.txt", "a.txt", "notes.md", ".hidden.txt"] {
            try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        #expect(try ArticleReader.articles(inFolder: folder.path).map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.txt", "b.txt"])
    }

    @Test func subfoldersAreReadAndALinkBackDoesNotLoop() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ng-reader-\(UUID().uuidString)")
        let sub = folder.appendingPathComponent("2024/march")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["b.txt", "2024/a.txt", "2024/march/c.txt", "2024/march/notes.md", ".git/x.txt"] {
            try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try FileManager.default.createSymbolicLink(at: sub.appendingPathComponent("loop"), withDestinationURL: folder)
        #expect(
            try ArticleReader.articles(inFolder: folder.path) == ["2024/a.txt", "2024/march/c.txt", "b.txt"].map { "\(folder.path)/\($0)" })
    }

    @Test func aMissingFileIsNamed() {
        #expect(throws: ExtractionError.missing(path: "/no/such/file.txt")) { try ArticleReader.read(path: "/no/such/file.txt") }
    }
}
