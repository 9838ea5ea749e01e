import NewsGraphCore

/// How a graph's relations compare with a document's gold relations, judged as
/// `../shared/eval/relations.py` judges them: each node stands for the gold entity most of its
/// mentions in the document overlap; an edge of a type the gold uses, not from knowledge and
/// citing the document, is right when the gold relates those two entities by that type (each
/// gold relation once), wrong otherwise; a gold pair no right edge gives is missed.
///
/// The training chooses the relation classifier's threshold on what the whole pipeline makes of
/// documents, since the patterns' edges, the chains and the merging of evidence all stand
/// between a classifier's reading and the edge an analyst sees.
struct RelationGraphScore {
    var right = 0
    var wrong = 0
    var missed = 0

    static let zero = RelationGraphScore(right: 0, wrong: 0, missed: 0)

    var precision: Double { right + wrong == 0 ? 0 : Double(right) / Double(right + wrong) }
    var recall: Double { right + missed == 0 ? 0 : Double(right) / Double(right + missed) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    static func += (total: inout RelationGraphScore, score: RelationGraphScore) {
        total.right += score.right
        total.wrong += score.wrong
        total.missed += score.missed
    }

    /// The score of `graph` on `document`.
    /// - Parameters:
    ///   - spans: the gold entities' mention spans, by entity id.
    ///   - relations: the gold relations' types, by "head>tail".
    ///   - scored: the relation types the gold of the whole set uses.
    init(right: Int, wrong: Int, missed: Int) {
        self.right = right
        self.wrong = wrong
        self.missed = missed
    }

    init(
        _ graph: EntityGraph, document: String, spans: [Int: [Range<Int>]], relations: [String: Set<String>], scored: Set<String>
    ) {
        // Each node's votes for the gold entities its mentions overlap, one per overlapping
        // gold mention; the entity with most stands for the node (ties: the lowest id).
        var standsFor: [String: Int] = [:]
        for node in graph.nodes.values {
            var votes: [Int: Int] = [:]
            for mention in node.mentions where mention.document == document {
                for (id, goldSpans) in spans {
                    votes[id, default: 0] += goldSpans.count { $0.overlaps(mention.start..<mention.end) }
                }
            }
            if let best = votes.filter({ $0.value > 0 }).max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) {
                standsFor[node.id] = best.key
            }
        }
        var found = Set<String>()
        for edge in graph.edges.values where scored.contains(edge.type.rawValue) && edge.attributes["basis"] != .string("knowledge") {
            guard edge.evidence.contains(where: { $0.document == document }) else { continue }
            if let head = standsFor[edge.source], let tail = standsFor[edge.target],
                relations["\(head)>\(tail)"]?.contains(edge.type.rawValue) == true
            {
                if found.insert("\(head)>\(tail) \(edge.type.rawValue)").inserted { right += 1 }
            } else {
                wrong += 1
            }
        }
        for (pair, types) in relations where !types.contains(where: { found.contains("\(pair) \($0)") }) {
            missed += 1
        }
    }
}
