import Foundation
import Testing
@testable import NewsGraphExtraction

/// The shipped resources are part of the package: a missing file is an error naming it, never a
/// lexicon that silently lacks its words.
@Suite struct LexiconResourceTests {
    @Test func aMissingShippedFileIsAnErrorNamingIt() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: Lexicon.resourceFolder(), to: copy)
        _ = try Lexicon(resources: copy)
        try FileManager.default.removeItem(at: copy.appendingPathComponent("patterns/quantities.tsv"))
        #expect {
            _ = try Lexicon(resources: copy)
        } throws: { error in
            guard case ExtractionError.badLexicon(let path, _, let reason) = error else { return false }
            return path.hasSuffix("patterns/quantities.tsv") && reason.contains("missing")
        }
    }
}
