import Foundation
import NewsGraphExtraction

/// Trains the name tagger: reads the training sets, computes every candidate position's
/// features once, runs the averaged perceptron for some epochs in a seeded order, and writes
/// the weights and the model card.
struct NameModelTraining {
    let options: Options

    /// The training sets: file, sentences per document for files without document marks, and
    /// what the card says of it.
    static let sets: [(file: String, description: String)] = [
        ("gmb.train.tsv", "GMB / Kaggle NER corpus, sentences 3,000-47,959 (VOA newswire; silver tags)"),
        ("wikigold.tsv", "Wikigold (Wikipedia, hand-annotated; CC BY 4.0)"),
        ("uner-ewt.dev.tsv", "Universal NER English-EWT dev (web text; CC BY-SA 4.0)"),
        ("uner-ewt.test.tsv", "Universal NER English-EWT test (web text; CC BY-SA 4.0)"),
    ]

    /// Re-DocRED's revised dev file: its first documents are the relation dev set's rd0000 on,
    /// which may be trained on (the rest, rd0250 on, is where the relation scores are measured).
    static let docRED = (file: "redocred/dev_revised.json", documents: 250,
                         description: "Re-DocRED dev, its first 250 documents (rd0000-rd0249 of ../shared/dev/redocred; Wikipedia, MIT annotations)")

    /// GMB marks no documents; its sentences are in document order, so runs of this many
    /// stand for a document (for the words a document also writes in lower case).
    static let sentencesPerDocument = 20

    /// The seed of the order examples are shown in.
    static let seed: UInt64 = 2026_12_05

    /// One sentence ready to train on: its candidates' features and right labels.
    struct Example {
        var features: NameFeatures.SentenceFeatures
        var labels: [NameTagger.Label]
    }

    func run() throws {
        let lexicon = try Lexicon.standard()
        let features = NameFeatures(lexicon: lexicon)
        let excluded = try excludedSentences()
        var sets: [(name: String, documents: [NameTrainingCorpus.Document])] = []
        var wordUse = CommonWords()
        var card: [String: Any] = [:]
        var dataCard: [[String: Any]] = []
        for set in Self.sets {
            let path = (options.data as NSString).appendingPathComponent(set.file)
            var sources = try NameTrainingCorpus.readSentences(path, sentencesPerDocument: Self.sentencesPerDocument)
            var kept = 0
            var dropped = 0
            var number = 0
            sources = sources.map { document in
                document.filter { _ in
                    number += 1
                    if set.file.hasPrefix("gmb"), excluded.contains(number) {
                        dropped += 1
                        return false
                    }
                    kept += 1
                    return true
                }
            }
            for document in sources { for sentence in document { wordUse.count(sentence) } }
            var corpus = NameTrainingCorpus()
            corpus.add(sources, lexicon: lexicon)
            sets.append((set.file, corpus.documents))
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            dataCard.append([
                "file": set.file, "description": set.description, "sentences": kept, "excluded sentences": dropped,
                "bytes": data.count, "fnv1a64": String(format: "%016llx", Self.fnv(data)),
            ])
            log("read \(set.file): \(kept) sentences in \(corpus.documents.count) documents (\(dropped) excluded)")
        }
        do {
            let path = (options.data as NSString).appendingPathComponent(Self.docRED.file)
            var corpus = NameTrainingCorpus()
            let sources = try NameTrainingCorpus.readDocRED(path, count: Self.docRED.documents)
            corpus.add(sources, lexicon: lexicon)
            sets.append((Self.docRED.file, corpus.documents))
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            dataCard.append([
                "file": Self.docRED.file, "description": Self.docRED.description, "documents": Self.docRED.documents,
                "sentences": sources.map(\.count).reduce(0, +), "bytes": data.count, "fnv1a64": String(format: "%016llx", Self.fnv(data)),
            ])
            log("read \(Self.docRED.file): \(corpus.documents.count) documents")
        }
        card["data"] = dataCard

        var heldOutTagger: NameTagger?
        if options.holdOut {
            // The last tenth of the GMB documents: news of the same kind as what newsgraph reads.
            let gmb = sets[0].documents
            let cut = gmb.count - gmb.count / 10
            let training = Array(gmb[..<cut]) + sets.dropFirst().flatMap(\.documents)
            let tagger = train(examples(training, features), log: "hold-out")
            let heldOut = Array(gmb[cut...])
            let scores = evaluate(tagger, examples(heldOut, features))
            if ProcessInfo.processInfo.environment["NEWSGRAPH_MODEL_ERRORS"] == "gmb" { printErrors(tagger, heldOut, features) }
            card["held-out scores"] = [
                "what": "span-level precision, recall and F1 on the last tenth of the GMB documents (\(gmb.count - cut) documents), model trained on the rest",
                "scores": scores,
            ]
            log("held out: \(scores)")
        }
        if options.holdOut {
            // The relation dev set's measured half, rd0250-rd0499: Wikipedia, never trained on.
            let path = (options.data as NSString).appendingPathComponent(Self.docRED.file)
            let sources = try NameTrainingCorpus.readDocRED(path, count: 500).dropFirst(Self.docRED.documents)
            var corpus = NameTrainingCorpus()
            corpus.add(Array(sources), lexicon: lexicon)
            let training = sets.flatMap(\.documents)
            heldOutTagger = train(examples(training, features), log: "all (for rd0250-rd0499)")
            let scores = evaluate(heldOutTagger!, examples(corpus.documents, features))
            if ProcessInfo.processInfo.environment["NEWSGRAPH_MODEL_ERRORS"] == "rd" { printErrors(heldOutTagger!, corpus.documents, features) }
            card["rd0250-rd0499 scores"] = [
                "what": "span-level precision, recall and F1 of the tagger alone on rd0250-rd0499 of ../shared/dev/redocred (Wikipedia), over candidate positions",
                "scores": scores,
            ]
            log("rd0250-rd0499: \(scores)")
        }
        let all = examples(sets.flatMap(\.documents), features)
        let weights = trainWeights(all, log: "all")
        let tagger = NameTagger(weights: weights)
        let coverage = coverageOfNames(sets.flatMap(\.documents), features)
        card["training scores"] = evaluate(tagger, all)
        card["names at candidate positions"] = coverage
        card["model"] = [
            "kind": "greedy averaged perceptron (left to right, BIO labels over person, organisation, place, other)",
            "features": "NameFeatures.swift: word, two words either side, shapes, affixes, sentence start, lower-case use in the document, lexicon hits on and beside the token, given-name and surname flags, organisation words, honorifics, speech verbs, company nouns, the two previous labels",
            "candidates": "capitalised words, and the words and marks that join two of them in a name (name-joiner, name-particle, a hyphen); every other token is outside a name",
            "epochs": options.epochs, "seed": Self.seed, "pruning threshold": options.threshold,
            "features kept": weights.count,
            "labels": NameTagger.Label.allCases.map { "\($0)" },
        ]
        card["conventions"] = "person names without titles or honorifics (stripped from GMB's person spans with newsgraph's lexicon of titles); GMB gpe tags that are demonyms become 'other'; time expressions are no names"
        card["command"] = "make model"
        try write(weights: weights, card: card)
        try write(commonWords: wordUse, from: Self.sets.map(\.description))
    }

    /// Writes the common words (`CommonWords`) with where they come from.
    func write(commonWords: CommonWords, from sources: [String]) throws {
        let words = commonWords.words
        var text = """
            # Common English words: written in lower case at least \(CommonWords.leastLowerCaseUses) times in the
            # training sets, and at least \(CommonWords.lowerCaseShare) times as often as capitalised inside a sentence
            # or tagged a name on its own. Written by `make model` (newsgraph-model names) from:

            """
        for source in sources { text += "#   \(source)\n" }
        text += "# (GMB without its sentences listed in scripts/model/gmb-excluded.tsv.) \(words.count) words.\n"
        for word in words { text += word + "\n" }
        let path = (options.out as NSString).appendingPathComponent("common-words.txt")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        log("wrote \(path) (\(words.count) words)")
    }

    /// GMB sentences left out, by their number in gmb.train.tsv (from 1): those identical to a
    /// sentence of the development set, so that it measures text the model never saw.
    func excludedSentences() throws -> Set<Int> {
        guard let path = options.exclude else { return [] }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return Set(text.split(separator: "\n").compactMap { line in line.hasPrefix("#") ? nil : Int(line.split(separator: "\t")[0]) })
    }

    func examples(_ documents: [NameTrainingCorpus.Document], _ features: NameFeatures) -> [Example] {
        var out: [Example] = []
        for document in documents {
            for range in document.sentences {
                let sentence = features.sentence(document.tokens, range, commonWords: document.commonWords)
                guard !sentence.positions.isEmpty else { continue }
                out.append(Example(features: sentence, labels: sentence.positions.map { document.labels[$0] }))
            }
        }
        return out
    }

    func train(_ examples: [Example], log name: String) -> NameTagger {
        NameTagger(weights: trainWeights(examples, log: name))
    }

    /// Epochs of the averaged perceptron, each over the examples in a seeded order; the
    /// labels before a position are the ones the model gave, as when it tags.
    func trainWeights(_ examples: [Example], log name: String) -> [UInt64: [Float]] {
        var model = AveragedPerceptron(labelCount: NameTagger.labelCount)
        var order = Array(examples.indices)
        var random = SplitMix64(seed: Self.seed)
        var scores = [Double](repeating: 0, count: NameTagger.labelCount)
        for epoch in 1...options.epochs {
            // Fisher-Yates with the seeded generator: the same order on every machine.
            for index in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(index, Int(random.next() % UInt64(index + 1)))
            }
            var mistakes = 0
            var total = 0
            for exampleIndex in order {
                let example = examples[exampleIndex]
                var previous = NameTagger.Label.outside
                var beforePrevious = NameTagger.Label.outside
                let positions = example.features.positions
                for index in positions.indices {
                    if index > 0 && positions[index - 1] != positions[index] - 1 {
                        previous = .outside
                        beforePrevious = .outside
                    }
                    let label = NameFeatures.labelFeatures(
                        previous: previous.rawValue, beforePrevious: beforePrevious.rawValue,
                        word: example.features.words[index], shape: example.features.shapes[index])
                    let features = Array(example.features.features(at: index)) + [label.0, label.1, label.2, label.3]
                    model.scores(features, into: &scores)
                    var guess = NameTagger.Label.outside
                    var best = -Double.infinity
                    for candidate in NameTagger.Label.allCases where candidate.isAllowed(after: previous) {
                        if scores[Int(candidate.rawValue)] > best {
                            best = scores[Int(candidate.rawValue)]
                            guess = candidate
                        }
                    }
                    let truth = example.labels[index]
                    model.step()
                    if guess != truth {
                        mistakes += 1
                        model.update(truth: Int(truth.rawValue), guess: Int(guess.rawValue), features: features)
                    }
                    total += 1
                    beforePrevious = previous
                    previous = guess
                }
            }
            log("\(name): epoch \(epoch): \(mistakes) mistakes in \(total) positions")
        }
        return model.averaged(threshold: options.threshold)
    }

    /// Span-level precision, recall and F1 per kind of name, over the candidate positions.
    func evaluate(_ tagger: NameTagger, _ examples: [Example]) -> [String: [String: Double]] {
        var found = [Int](repeating: 0, count: 5)
        var gold = [Int](repeating: 0, count: 5)
        var right = [Int](repeating: 0, count: 5)
        for example in examples {
            let predicted = Self.spans(tagger.tag(example.features).map(\.label), example.features.positions)
            let truth = Self.spans(example.labels, example.features.positions)
            for span in predicted { found[span.kind] += 1 }
            for span in truth { gold[span.kind] += 1 }
            for span in Set(predicted.map { "\($0.start) \($0.end) \($0.kind)" }).intersection(truth.map { "\($0.start) \($0.end) \($0.kind)" }) {
                right[Int(span.split(separator: " ")[2])!] += 1
            }
        }
        var out: [String: [String: Double]] = [:]
        for (kind, name) in [(1, "person"), (2, "organisation"), (3, "place"), (4, "other")] {
            let precision = found[kind] == 0 ? 0 : Double(right[kind]) / Double(found[kind])
            let recall = gold[kind] == 0 ? 0 : Double(right[kind]) / Double(gold[kind])
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            out[name] = ["precision": Self.rounded(precision), "recall": Self.rounded(recall), "f1": Self.rounded(f1)]
        }
        return out
    }

    /// The held-out sentences the tagger labels wrongly, token by token (set
    /// NEWSGRAPH_MODEL_ERRORS to see them): for reading, not for the card.
    func printErrors(_ tagger: NameTagger, _ documents: [NameTrainingCorpus.Document], _ features: NameFeatures) {
        var shown = 0
        for document in documents {
            for range in document.sentences where shown < 60 {
                let sentence = features.sentence(document.tokens, range, commonWords: document.commonWords)
                let labels = tagger.tag(sentence).map(\.label)
                var predicted = [NameTagger.Label](repeating: .outside, count: range.count)
                for (index, position) in sentence.positions.enumerated() { predicted[position - range.lowerBound] = labels[index] }
                guard range.contains(where: { predicted[$0 - range.lowerBound] != document.labels[$0] }) else { continue }
                shown += 1
                let names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
                let line = range.map { index -> String in
                    let gold = document.labels[index]
                    let guess = predicted[index - range.lowerBound]
                    if gold == .outside && guess == .outside { return document.tokens[index].text }
                    let mark = gold == guess ? names[Int(gold.rawValue)] : "\(names[Int(gold.rawValue)])≠\(names[Int(guess.rawValue)])"
                    return "\(document.tokens[index].text)/\(mark)"
                }.joined(separator: " ")
                print(line)
            }
        }
    }

    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    /// Names as token spans: a begin label and the inside labels of its kind after it.
    static func spans(_ labels: [NameTagger.Label], _ positions: [Int]) -> [(start: Int, end: Int, kind: Int)] {
        var out: [(start: Int, end: Int, kind: Int)] = []
        for (index, label) in labels.enumerated() where label.isBegin {
            var end = index + 1
            while end < labels.count && labels[end] == .inside(kind: label.kind) && positions[end] == positions[end - 1] + 1 {
                end += 1
            }
            out.append((positions[index], positions[end - 1] + 1, label.kind))
        }
        return out
    }

    /// How many of the training names lie wholly on candidate positions, which is all the
    /// tagger can find.
    func coverageOfNames(_ documents: [NameTrainingCorpus.Document], _ features: NameFeatures) -> [String: Int] {
        var names = 0
        var covered = 0
        for document in documents {
            for range in document.sentences {
                var index = range.lowerBound
                while index < range.upperBound {
                    let label = document.labels[index]
                    guard label.isBegin else {
                        index += 1
                        continue
                    }
                    var end = index + 1
                    while end < range.upperBound && document.labels[end] == .inside(kind: label.kind) { end += 1 }
                    names += 1
                    let candidates = Set(features.candidates(document.tokens, in: range))
                    if (index..<end).allSatisfy({ candidates.contains($0) }) { covered += 1 }
                    index = end
                }
            }
        }
        return ["names": names, "wholly on candidates": covered]
    }

    func write(weights: [UInt64: [Float]], card: [String: Any]) throws {
        try FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
        let weightsPath = (options.out as NSString).appendingPathComponent("name-tagger.weights")
        try Data(LinearModel.encode(weights, labelCount: NameTagger.labelCount, magic: NameTagger.magic)).write(to: URL(fileURLWithPath: weightsPath), options: .atomic)
        let cardData = try JSONSerialization.data(withJSONObject: card, options: [.prettyPrinted, .sortedKeys])
        let cardPath = (options.out as NSString).appendingPathComponent("name-tagger.json")
        try (cardData + Data("\n".utf8)).write(to: URL(fileURLWithPath: cardPath), options: .atomic)
        log("wrote \(weightsPath) (\(weights.count) features) and \(cardPath)")
    }

    func log(_ message: String) {
        FileHandle.standardError.write("\(message)\n".data(using: .utf8)!)
    }

    static func fnv(_ data: Data) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01B3
        }
        return hash
    }
}
