import Foundation
import NewsGraphExtraction

/// Trains newsgraph's learned models from the openly licensed data in `../shared/train`
/// (`make model`), deterministically: the same data gives the same bytes.
///
///     newsgraph-model names --data DIR --out DIR [--epochs N] [--threshold T] [--exclude FILE] [--hold-out]
///
///     newsgraph-model tag TEXT
///
///     newsgraph-model relations --relation-data DIR --out DIR [--epochs N]
///
/// `relations` trains the relation classifier (`RelationClassifier`) on rd0000-rd0249 of the
/// relation dev set and writes `relation-classifier.weights` and its card.
/// `names` trains the name tagger (`NameTagger`) and writes `name-tagger.weights` and its card
/// `name-tagger.json` (data, features, settings, scores) to `--out`. With `--hold-out` it also
/// trains on all but the last tenth of the GMB documents first and scores that tenth, which the
/// card reports. `tag` prints the shipped tagger's label and margin at each candidate of TEXT,
/// for reading what it decides.

struct Options {
    var command = ""
    var data = "../shared/train"
    var out = "Sources/NewsGraphExtraction/Resources/model"
    var epochs = 8
    var threshold = 0.02
    var exclude: String?
    var holdOut = false
    /// The relation dev set, whose training half the relation classifier learns from.
    var relationData = "../shared/dev/redocred"
}

func parseOptions() -> Options {
    var options = Options()
    var arguments = CommandLine.arguments.dropFirst()
    options.command = arguments.popFirst() ?? ""
    while let argument = arguments.popFirst() {
        switch argument {
        case "--data": options.data = arguments.popFirst() ?? options.data
        case "--out": options.out = arguments.popFirst() ?? options.out
        case "--epochs": options.epochs = Int(arguments.popFirst() ?? "") ?? options.epochs
        case "--threshold": options.threshold = Double(arguments.popFirst() ?? "") ?? options.threshold
        case "--exclude": options.exclude = arguments.popFirst()
        case "--hold-out": options.holdOut = true
        case "--relation-data": options.relationData = arguments.popFirst() ?? options.relationData
        default:
            FileHandle.standardError.write("newsgraph-model: unknown option \(argument)\n".data(using: .utf8)!)
            exit(2)
        }
    }
    return options
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write("newsgraph-model: \(message)\n".data(using: .utf8)!)
    exit(1)
}

if CommandLine.arguments.count == 3 && CommandLine.arguments[1] == "tag" {
    do {
        let lexicon = try Lexicon.standard()
        let tagger = try NameTagger.standard()
        let text = CommandLine.arguments[2]
        let tokens = lexicon.frozen().tokens(of: Array(text.unicodeScalars))
        let sentence = NameFeatures(lexicon: lexicon).sentence(
            tokens, 0..<tokens.count, commonWords: NameFeatures.lowercaseWords(tokens))
        for (position, tagged) in zip(sentence.positions, tagger.tag(sentence)) {
            print("\(tokens[position].text)\t\(tagged.label)\t\(String(format: "%.1f", tagged.margin))")
        }
    } catch {
        fail("\(error)")
    }
    exit(0)
}
let options = parseOptions()
do {
    switch options.command {
    case "names": try NameModelTraining(options: options).run()
    case "relations": try RelationModelTraining(options: options).run()
    default: fail("usage: newsgraph-model names|relations [--data DIR] [--relation-data DIR] [--out DIR] [--epochs N] [--hold-out]")
    }
} catch {
    fail("\(error)")
}
