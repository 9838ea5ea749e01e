/// The averaged perceptron (Collins 2002; Honnibal's greedy tagger): a weight per feature and
/// label, moved towards the right label and away from the guessed one at each mistake; the
/// model is the average of the weights over every step, which keeps it from chasing the last
/// examples it saw. Deterministic: the same examples in the same order give the same weights.
struct AveragedPerceptron {
    let labelCount: Int
    /// A feature's row in the arrays below.
    private var rowOfFeature: [UInt64: Int] = [:]
    private var features: [UInt64] = []
    private var weights: [Double] = []
    /// The sum of each weight over the steps before its last change, and that step.
    private var totals: [Double] = []
    private var stamps: [Int] = []
    /// Examples seen: the step count.
    private(set) var steps = 0

    init(labelCount: Int) {
        self.labelCount = labelCount
    }

    /// The score of each label: the sum of the features' weights.
    func scores(_ features: [UInt64], into scores: inout [Double]) {
        for label in 0..<labelCount { scores[label] = 0 }
        for feature in features {
            guard let row = rowOfFeature[feature] else { continue }
            for label in 0..<labelCount { scores[label] += weights[row * labelCount + label] }
        }
    }

    mutating func step() { steps += 1 }

    /// After a mistake: the right label's weights up, the guessed one's down.
    mutating func update(truth: Int, guess: Int, features: [UInt64]) {
        guard truth != guess else { return }
        for feature in features {
            let row = self.row(feature)
            change(row * labelCount + truth, by: 1)
            change(row * labelCount + guess, by: -1)
        }
    }

    private mutating func row(_ feature: UInt64) -> Int {
        if let row = rowOfFeature[feature] { return row }
        let row = features.count
        rowOfFeature[feature] = row
        features.append(feature)
        weights += repeatElement(0, count: labelCount)
        totals += repeatElement(0, count: labelCount)
        stamps += repeatElement(0, count: labelCount)
        return row
    }

    private mutating func change(_ slot: Int, by amount: Double) {
        totals[slot] += Double(steps - stamps[slot]) * weights[slot]
        stamps[slot] = steps
        weights[slot] += amount
    }

    /// The averaged weights of the features whose largest weight is at least `threshold` in
    /// size: smaller ones change few decisions and would only fill the file.
    func averaged(threshold: Double) -> [UInt64: [Float]] {
        var out: [UInt64: [Float]] = [:]
        for (row, feature) in features.enumerated() {
            var averaged = [Float](repeating: 0, count: labelCount)
            var largest = 0.0
            for label in 0..<labelCount {
                let slot = row * labelCount + label
                let total = totals[slot] + Double(steps - stamps[slot]) * weights[slot]
                let value = total / Double(max(steps, 1))
                averaged[label] = Float(value)
                largest = max(largest, abs(value))
            }
            if largest >= threshold { out[feature] = averaged }
        }
        return out
    }
}
