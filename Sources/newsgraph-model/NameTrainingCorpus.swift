import Foundation
import NewsGraphExtraction

/// Sentences of NER training data, tokenized as newsgraph tokenizes text and labelled in
/// newsgraph's conventions: BIO over its tokens, person names without their titles, demonyms
/// as "other" rather than places.
struct NameTrainingCorpus {
    /// One document: its tokens, its sentences as token ranges, a label per token.
    struct Document {
        var tokens: [Token]
        var sentences: [Range<Int>]
        var labels: [NameTagger.Label]
        var commonWords: Set<String>
    }

    var documents: [Document] = []

    /// The kind (1 person, 2 organisation, 3 place, 4 other, 0 none) of a source tag's type.
    /// GMB: per, org, geo, gpe (a demonym among them is told apart later), art, eve, nat; time
    /// expressions (tim) are no names. CoNLL sets: PER, ORG, LOC, MISC.
    static func kind(ofType type: String) -> Int {
        switch type.lowercased() {
        case "per": 1
        case "org": 2
        case "geo", "gpe", "loc": 3
        case "misc", "art", "eve", "nat": 4
        default: 0
        }
    }

    /// A sentence as the file gives it: its words and each word's tag.
    struct SourceSentence {
        var words: [String] = []
        var tags: [String] = []
    }

    /// Reads a file of `word<TAB>tag` lines, blank lines between sentences; `-DOCSTART-` lines
    /// and `# newdoc` comments start a document. A file without document marks is cut into
    /// documents of `sentencesPerDocument` sentences, its sentences being in document order.
    static func readSentences(_ path: String, sentencesPerDocument: Int) throws -> [[SourceSentence]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var documents: [[SourceSentence]] = [[]]
        var sentence = SourceSentence()
        var marked = false
        func endSentence() {
            if !sentence.words.isEmpty { documents[documents.count - 1].append(sentence) }
            sentence = SourceSentence()
        }
        func startDocument() {
            endSentence()
            marked = true
            if !documents[documents.count - 1].isEmpty { documents.append([]) }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                endSentence()
                continue
            }
            if line.hasPrefix("# newdoc") || line.hasPrefix("-DOCSTART-") {
                startDocument()
                continue
            }
            if line.hasPrefix("#") && !line.contains("\t") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            sentence.words.append(String(fields[0]))
            sentence.tags.append(String(fields[1]))
        }
        endSentence()
        if !marked {
            let sentences = documents.flatMap { $0 }
            return stride(from: 0, to: sentences.count, by: sentencesPerDocument).map {
                Array(sentences[$0..<min($0 + sentencesPerDocument, sentences.count)])
            }
        }
        return documents.filter { !$0.isEmpty }
    }

    /// Reads the first `count` documents of a DocRED-style JSON file (`sents` as lists of words,
    /// `vertexSet` as entities with typed mentions by sentence and word position) as sentences
    /// with BIO tags; TIME and NUM mentions are no names.
    static func readDocRED(_ path: String, count: Int) throws -> [[SourceSentence]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let documents = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path])
        }
        var out: [[SourceSentence]] = []
        for document in documents.prefix(count) {
            let sentences = document["sents"] as? [[String]] ?? []
            var tagged = sentences.map { SourceSentence(words: $0, tags: Array(repeating: "O", count: $0.count)) }
            for entity in document["vertexSet"] as? [[[String: Any]]] ?? [] {
                for mention in entity {
                    guard let type = mention["type"] as? String, kind(ofType: type) > 0,
                        let sentence = mention["sent_id"] as? Int, let position = mention["pos"] as? [Int], position.count == 2,
                        sentence < tagged.count, position[0] < position[1], position[1] <= tagged[sentence].words.count
                    else { continue }
                    for word in position[0]..<position[1] { tagged[sentence].tags[word] = (word == position[0] ? "B-" : "I-") + type }
                }
            }
            out.append(tagged)
        }
        return out
    }

    /// Adds the documents of a file, tokenized by `lexicon` and labelled.
    mutating func add(_ sources: [[SourceSentence]], lexicon: Lexicon) {
        let frozen = lexicon.frozen()
        for source in sources { documents.append(Self.document(source, lexicon: frozen)) }
    }

    /// One source document in newsgraph's tokens and conventions.
    static func document(_ source: [SourceSentence], lexicon frozen: FrozenLexicon) -> Document {
        let lexicon = frozen.lexicon
        // The words joined by spaces, a sentence a line, each word's code-point span noted.
        var text = ""
        var wordSpans: [(sentence: Int, word: Int, start: Int, end: Int)] = []
        var offset = 0
        for (sentenceIndex, sentence) in source.enumerated() {
            if sentenceIndex > 0 {
                text += "\n"
                offset += 1
            }
            for (wordIndex, word) in sentence.words.enumerated() {
                if wordIndex > 0 {
                    text += " "
                    offset += 1
                }
                let length = word.unicodeScalars.count
                wordSpans.append((sentenceIndex, wordIndex, offset, offset + length))
                text += word
                offset += length
            }
        }
        let tokens = frozen.tokens(of: Array(text.unicodeScalars))
        // Each token belongs to the source word its first character is in.
        var wordOfToken: [Int] = []
        var cursor = 0
        for token in tokens {
            while cursor + 1 < wordSpans.count && wordSpans[cursor].end <= token.start { cursor += 1 }
            wordOfToken.append(cursor)
        }
        var sentences: [Range<Int>] = []
        var start = 0
        for index in tokens.indices where index + 1 == tokens.count || wordSpans[wordOfToken[index + 1]].sentence != wordSpans[wordOfToken[index]].sentence {
            sentences.append(start..<index + 1)
            start = index + 1
        }
        // The source's entities as spans of words, then of tokens.
        var labels = [NameTagger.Label](repeating: .outside, count: tokens.count)
        var firstTokenOfWord = [Int: Int]()
        var lastTokenOfWord = [Int: Int]()
        for (token, word) in wordOfToken.enumerated() {
            if firstTokenOfWord[word] == nil { firstTokenOfWord[word] = token }
            lastTokenOfWord[word] = token
        }
        var wordBase = 0
        for (sentenceIndex, sentence) in source.enumerated() {
            defer { wordBase += sentence.words.count }
            guard let range = sentences.first(where: { wordSpans[wordOfToken[$0.lowerBound]].sentence == sentenceIndex }) else {
                continue
            }
            let titles = lexicon.titleLikeTokens(tokens, range)
            let demonyms = lexicon.demonymTokens(tokens, range)
            for entity in entities(sentence.tags) {
                guard let first = firstTokenOfWord[wordBase + entity.start], let last = lastTokenOfWord[wordBase + entity.end - 1]
                else { continue }
                var kind = entity.kind
                var span = first..<(last + 1)
                if kind == 1 {
                    // "President Ana Lima": the title is not part of the name.
                    while let head = span.first, titles.contains(head) || tokens[head].kind == .punctuation {
                        span = (head + 1)..<span.upperBound
                    }
                } else if kind == 3 {
                    // "Iranian", "Swedish": newsgraph reads a demonym as its country; as a name of
                    // its own it is "other", whatever the set calls it (GMB gpe, DocRED LOC).
                    if span.allSatisfy({ demonyms.contains($0) || tokens[$0].kind == .punctuation }) { kind = 4 }
                }
                guard kind > 0, !span.isEmpty else { continue }
                for index in span { labels[index] = index == span.lowerBound ? .begin(kind: kind) : .inside(kind: kind) }
            }
        }
        return Document(tokens: tokens, sentences: sentences, labels: labels, commonWords: NameFeatures.lowercaseWords(tokens))
    }

    /// The entities of a sentence's tags, as word ranges: BIO ("B-per", "I-per") or IO (a run
    /// of "I-PER" is one name).
    static func entities(_ tags: [String]) -> [(start: Int, end: Int, kind: Int, type: String)] {
        var found: [(start: Int, end: Int, kind: Int, type: String)] = []
        var current: (start: Int, type: String)?
        func close(_ end: Int) {
            if let open = current { found.append((open.start, end, kind(ofType: open.type), open.type)) }
            current = nil
        }
        for (index, tag) in tags.enumerated() {
            guard tag != "O", let dash = tag.firstIndex(of: "-") else {
                close(index)
                continue
            }
            let prefix = tag[..<dash]
            let type = String(tag[tag.index(after: dash)...])
            if prefix == "B" || current?.type != type {
                close(index)
                current = (index, type)
            }
        }
        close(tags.count)
        return found
    }
}
