/// A learned tagger of names: an averaged perceptron that labels each capitalised word of a
/// sentence as beginning or continuing the name of a person, an organisation, a place or
/// something else (an event, a people, a work), or as no name, left to right, reading the
/// labels it gave before.
///
/// It is the evidence the rules lack: a name with no title, no known given name and no cue
/// word ("Angela Merkel met Barack Obama"), the extent of a club's or company's name that no
/// lexicon lists. The rules read its labels and keep the last word (`MentionRecognizer`).
/// Trained by `make model` from openly licensed data (`Resources/model/name-tagger.json` says
/// which, with its scores); loaded once, read-only, shared by every thread.
package struct NameTagger: Sendable {
    /// BIO labels over the four kinds of name the training data tags.
    package enum Label: UInt8, CaseIterable, Sendable {
        case outside = 0
        case beginPerson, insidePerson, beginOrganisation, insideOrganisation
        case beginPlace, insidePlace, beginOther, insideOther

        /// The kind of name: 0 none, 1 person, 2 organisation, 3 place, 4 other.
        package var kind: Int { (Int(rawValue) + 1) / 2 }
        package var isBegin: Bool { rawValue % 2 == 1 }
        package static func begin(kind: Int) -> Label { Label(rawValue: UInt8(2 * kind - 1))! }
        package static func inside(kind: Int) -> Label { Label(rawValue: UInt8(2 * kind))! }
        /// Whether this label may follow `previous`: inside a name only after its own kind.
        package func isAllowed(after previous: Label) -> Bool { isBegin || self == .outside || previous.kind == kind }
    }

    package static let labelCount = Label.allCases.count

    let model: LinearModel

    /// A tagger from feature weights (a row of `labelCount` per feature).
    package init(weights rows: [UInt64: [Float]]) {
        model = LinearModel(labelCount: Self.labelCount, weights: rows)
    }

    init(model: LinearModel) {
        self.model = model
    }

    /// The label of each candidate position of a sentence, and how far its score led the
    /// runner-up's.
    package func tag(_ sentence: NameFeatures.SentenceFeatures) -> [(label: Label, margin: Float)] {
        var out: [(label: Label, margin: Float)] = []
        out.reserveCapacity(sentence.positions.count)
        let labelCount = Self.labelCount
        // The sums of the features that do not depend on the labels, for every position first:
        // those look-ups depend on nothing decided, so they run back to back and their waits on
        // memory overlap, where between labels each position's waited on the decision before.
        // (Each sum starts from zero and adds the same weights in the same order as before.)
        var given = [Float](repeating: 0, count: sentence.positions.count * labelCount)
        given.withUnsafeMutableBufferPointer { given in
            for index in sentence.positions.indices {
                model.add(sentence.features(at: index), to: UnsafeMutableBufferPointer(rebasing: given[index * labelCount..<(index + 1) * labelCount]))
            }
        }
        var scores = [Float](repeating: 0, count: labelCount)
        var previous = Label.outside
        var beforePrevious = Label.outside
        for index in sentence.positions.indices {
            // A label reads the one before only across a gap-free run of candidates.
            if index > 0 && sentence.positions[index - 1] != sentence.positions[index] - 1 {
                previous = .outside
                beforePrevious = .outside
            }
            let labelFeatures = NameFeatures.labelFeatures(
                previous: previous.rawValue, beforePrevious: beforePrevious.rawValue, word: sentence.words[index],
                shape: sentence.shapes[index])
            scores.withUnsafeMutableBufferPointer { scores in
                for label in 0..<labelCount { scores[label] = given[index * labelCount + label] }
                model.add(labelFeatures.0, to: scores)
                model.add(labelFeatures.1, to: scores)
                model.add(labelFeatures.2, to: scores)
                model.add(labelFeatures.3, to: scores)
            }
            var best = Label.outside
            var bestScore = -Float.infinity
            var second = -Float.infinity
            // By number rather than `allCases`, which makes an array at each call.
            for number in 0..<UInt8(Self.labelCount) {
                let label = Label(rawValue: number)!
                guard label.isAllowed(after: previous) else { continue }
                let score = scores[Int(number)]
                if score > bestScore {
                    second = bestScore
                    bestScore = score
                    best = label
                } else if score > second {
                    second = score
                }
            }
            out.append((best, bestScore - second))
            beforePrevious = previous
            previous = best
        }
        return out
    }

    /// The first bytes of its weights file.
    package static let magic = "NGNT"

    /// The tagger that ships with newsgraph.
    package static func standard() throws -> NameTagger {
        NameTagger(model: try LinearModel.shipped("name-tagger.weights", magic: magic, labelCount: labelCount))
    }
}
