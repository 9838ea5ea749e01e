/// An undirected graph of numbered nodes with integer link weights and node sizes, in
/// compressed rows: the neighbours of node `i` are `targets[offsets[i]..<offsets[i + 1]]`, in
/// increasing order, with their weights beside them.
///
/// ``StoryGrouping`` works on numbers, not on entity ids: at ten thousand articles a pass over
/// arrays of integers takes milliseconds where dictionaries of strings would take seconds.
struct WeightedLinks: Hashable, Sendable {
    var offsets: [Int]
    var targets: [Int]
    var weights: [Int]
    /// How many original entities each node stands for (1 before aggregation).
    var sizes: [Int]

    var count: Int { sizes.count }

    /// - Parameters:
    ///   - count: the number of nodes.
    ///   - links: `(a, b, weight)` with `a != b` and a positive weight; a pair given more than
    ///     once, in either order, gets the sum of its weights.
    ///   - sizes: each node's size; 1 each by default.
    init(count: Int, links: [(Int, Int, Int)], sizes: [Int]? = nil) {
        // One key per direction, `from * count + to`, sorted: rows come out in order.
        var keyed: [(key: Int, weight: Int)] = []
        keyed.reserveCapacity(links.count * 2)
        for (a, b, weight) in links where a != b {
            keyed.append((a * count + b, weight))
            keyed.append((b * count + a, weight))
        }
        keyed.sort { $0.key < $1.key }
        offsets = Array(repeating: 0, count: count + 1)
        targets = []
        weights = []
        targets.reserveCapacity(keyed.count)
        weights.reserveCapacity(keyed.count)
        var previous = -1
        for (key, weight) in keyed {
            if key == previous {
                weights[weights.count - 1] += weight
                continue
            }
            previous = key
            offsets[key / count + 1] += 1
            targets.append(key % count)
            weights.append(weight)
        }
        for index in 0..<count { offsets[index + 1] += offsets[index] }
        self.sizes = sizes ?? Array(repeating: 1, count: count)
    }

    /// The graph of the communities: one node per community label (numbered in order of the
    /// first node that has it), its size the sum of its members', and links summed between
    /// communities (links inside one are dropped: no move can change them).
    ///
    /// - Returns: the graph, and for every node of this graph the number of its community's node.
    func aggregated(by community: [Int]) -> (links: WeightedLinks, renumbered: [Int]) {
        var number = Array(repeating: -1, count: count)
        var next = 0
        for node in 0..<count where number[community[node]] < 0 {
            number[community[node]] = next
            next += 1
        }
        var sizes = Array(repeating: 0, count: next)
        var links: [(Int, Int, Int)] = []
        for node in 0..<count {
            let from = number[community[node]]
            sizes[from] += self.sizes[node]
            for edge in offsets[node]..<offsets[node + 1] {
                let to = number[community[targets[edge]]]
                // Every link is stored both ways; the constructor adds both directions again, so
                // each is taken once, from its lower end.
                if from < to { links.append((from, to, weights[edge])) }
            }
        }
        let renumbered = community.map { number[$0] }
        return (WeightedLinks(count: next, links: links, sizes: sizes), renumbered)
    }

    /// The graph induced by `nodes` (indices into this graph, increasing), renumbered 0..<n.
    func restricted(to nodes: [Int]) -> WeightedLinks {
        var number = [Int: Int]()
        for (index, node) in nodes.enumerated() { number[node] = index }
        var links: [(Int, Int, Int)] = []
        for (index, node) in nodes.enumerated() {
            for edge in offsets[node]..<offsets[node + 1] {
                if let to = number[targets[edge]], index < to { links.append((index, to, weights[edge])) }
            }
        }
        return WeightedLinks(count: nodes.count, links: links, sizes: nodes.map { sizes[$0] })
    }
}
