import FuzzChecks
import Foundation
import NewsGraphCore
import NewsGraphExtraction

// Any article through the whole extractor and the corpus resolver: spans inside the text and
// equal to their slices, the same record twice, and a record line that reads back to it.
FuzzDriver.run { data in
    guard let article = try? ArticleReader.decode(data, id: "fuzz", path: "fuzz.txt") else { return }
    let record = GraphChecks.extractor.extract(article)
    Invariant.require(GraphChecks.extractor.extract(article) == record, "two extractions of one article differ")
    for entity in record.entities {
        for mention in entity.mentions {
            Invariant.require(
                mention.start >= 0 && mention.start <= mention.end && mention.end <= article.scalars.count
                    && article.slice(mention.start, mention.end) == mention.text,
                "mention \(mention) of \(entity.key)")
        }
    }
    do {
        let line = try ExtractionRecord.line(record)
        let again = try ExtractionRecord.decode(Data(line.utf8))
        Invariant.require(again == record, "the record line reads back to another record")
    } catch {
        Invariant.fail("record line: \(error)")
    }
    let graph = CorpusResolver(lexicon: GraphChecks.extractor.lexicon).resolve([record])
    GraphChecks.spans(graph, ["fuzz": article.scalars])
}
