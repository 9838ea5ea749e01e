import Foundation
import Testing

@testable import NewsGraphExtraction

/// A record `merge` reads is checked like a saved graph: its spans are slices of its own document.
@Suite struct ExtractionRecordTests {
    func line(editing edit: (inout [String: Any]) -> Void) throws -> Data {
        let article = Article(id: "a1", path: "a1.txt", text: "Trade Minister Ana Lima met Tom Berg in Oslo.")
        var record = try JSONSerialization.jsonObject(with: Data(ExtractionRecord.line(Harness.extractor.extract(article)).utf8)) as! [String: Any]
        edit(&record)
        return try JSONSerialization.data(withJSONObject: record)
    }

    func editFirstMention(_ record: inout [String: Any], _ key: String, _ value: Any) {
        var entities = record["entities"] as! [[String: Any]]
        var mentions = entities[0]["mentions"] as! [[String: Any]]
        mentions[0][key] = value
        entities[0]["mentions"] = mentions
        record["entities"] = entities
    }

    @Test func aGoodRecordReadsBack() throws {
        #expect(try ExtractionRecord.decode(line { _ in }).document.id == "a1")
    }

    @Test func aSpanOfAnotherDocumentOrOutsideItsTextIsRefused() throws {
        let cases: [(String, Any, String)] = [
            ("start", -1, "entities[0].mentions[0]: start -1 is negative"),
            ("document", "elsewhere", "entities[0].mentions[0].document: 'elsewhere' is not the record's document"),
        ]
        for (key, value, message) in cases {
            let data = try line { editFirstMention(&$0, key, value) }
            try expectRefused(data, message)
        }
    }

    /// Found by fuzz-merge-records: merge turned the name into a graph GraphML refuses, after
    /// writing the JSON.
    @Test func anAttributeNameThatIsNoXMLNameIsRefused() throws {
        let data = try line { record in
            var entities = record["entities"] as! [[String: Any]]
            entities[0]["attributes"] = ["../PWNED": "x"]
            record["entities"] = entities
        }
        try expectRefused(data, "entities[0].attributes: the name '../PWNED' is not an XML name token")
    }

    func expectRefused(_ data: Data, _ message: String) throws {
        do {
            _ = try ExtractionRecord.decode(data)
            Issue.record("accepted: \(message)")
        } catch {
            #expect(error.description == "not a newsgraph extraction record (\(message))")
        }
    }
}
