/// Splits the related entities of a graph into stories (``Story``): groups that their relations
/// hold together more tightly than they hold anything else.
///
/// The rule is a quality to raise, the constant Potts model of Traag, Van Dooren and Nesterov
/// (2011), which Leiden and Louvain implementations offer beside modularity:
///
///     quality = Σ over stories (evidence inside the story − γ × pairs of its entities)
///
/// where a relation's evidence is the number of articles that state it (independent sources),
/// and γ is ``evidencePerPair``. An entity joins the group it has most evidence with; **two
/// groups A and B become one story only when the evidence of the relations between them is more
/// than γ × |A| × |B|.** With the standard γ of 1/20, a person who links a story of 5 entities to
/// another of 5 joins them when the relations that link them are stated by at least 2 articles
/// in all (2 × 20 > 25); two stories of 10 entities need at least 6; a bridge stated by one
/// article joins stories only while their sizes multiply to less than 20. Unlike modularity,
/// the rule compares a story only with itself and its neighbours, never with the size of the
/// whole corpus, so adding articles about other things never merges or splits a story, and
/// small stories in a large corpus stay apart (modularity's resolution limit would merge them).
/// γ = 1/20 is half the 1/10 that splits the seeds, five articles about one trade war, into
/// three stories (1/15 and 1/20 keep it one story; the smaller leaves a margin).
///
/// The quality is raised by the Leiden algorithm (Traag, Waltman and van Eck 2019), made
/// deterministic: entities move, in id order, to the neighbouring group where the quality rises
/// most; each group is refined into well-connected parts; the parts become nodes and move in
/// turn; rounds repeat until one changes nothing. Where Leiden draws at random it takes the
/// best gain and the first in id order, and every gain is an integer (both sides multiplied by
/// γ's denominator), so the same graph always gives the same stories, whatever the order its
/// nodes and relations came in. The last level of a round moves whole stories and stops when
/// none gains by joining another, so two stories are never left apart that the rule above
/// would join (Leiden's γ-separation); the refinement lets a group that an early move glued
/// together come apart at a later level or round. Last, an entity left alone (a leaf of a hub whose story is already too big for it to add
/// enough evidence) joins the story it has most evidence with: every entity with a relation
/// belongs to a story.
///
/// - Complexity: about O(e log e) for e relations: each pass over the entities is linear,
///   aggregation sorts the links, and there are few passes, levels and rounds.
public struct StoryGrouping: Hashable, Sendable {
    /// γ as a fraction: the evidence a story must hold per pair of its entities.
    public var evidencePerPair: (numerator: Int, denominator: Int) {
        get { (numerator, denominator) }
        set {
            precondition(newValue.numerator >= 0 && newValue.denominator > 0, "γ must be a non-negative fraction")
            (numerator, denominator) = newValue
        }
    }
    private var numerator: Int
    private var denominator: Int

    /// γ = 1/20 (see the type's discussion).
    public static let standard = StoryGrouping(evidencePerPair: (1, 20))

    public init(evidencePerPair: (numerator: Int, denominator: Int)) {
        precondition(evidencePerPair.numerator >= 0 && evidencePerPair.denominator > 0, "γ must be a non-negative fraction")
        numerator = evidencePerPair.numerator
        denominator = evidencePerPair.denominator
    }

    /// The stories of `graph`, in canonical order (``Story/precedes(_:_:)``).
    ///
    /// Relations whose endpoints are not both nodes, and relations of a node with itself, are
    /// ignored; a relation with no evidence counts as stated once.
    public func stories(in graph: EntityGraph) -> [Story] {
        let related = RelatedEntities(graph)
        guard related.ids.count > 1 else { return [] }
        var stories = related.stories(of: group(related.links), in: graph).sorted(by: Story.precedes)
        // Ids are slugs of distinct entity ids, which only a hand-written id can make collide.
        var taken = Set<String>()
        for index in stories.indices {
            var id = stories[index].id
            var suffix = 2
            while !taken.insert(id).inserted {
                id = "\(stories[index].id)-\(suffix)"
                suffix += 1
            }
            stories[index].id = id
        }
        return stories
    }

    // MARK: Grouping

    /// The most rounds of Leiden, each starting from the last one's groups; rounds stop earlier
    /// as soon as one changes nothing (as igraph's `n_iterations=-1` does).
    static let maxRounds = 20

    /// Groups of entity indices: a partition of the entities of `links` that have a link.
    func group(_ links: WeightedLinks) -> [[Int]] {
        var partition = Array(0..<links.count)
        for _ in 0..<Self.maxRounds {
            let next = Self.renumbered(leidenRound(links, from: partition))
            if next == partition { break }
            partition = next
        }
        return attachLoneEntities(connectedParts(partition, in: links), in: links)
    }

    /// One round of Leiden (Traag, Waltman and van Eck 2019) from the partition `start`: move
    /// nodes; refine each community into well-connected parts; make each part one node, placed
    /// in its community; repeat on the smaller graph until every community is one node.
    ///
    /// Where Leiden draws at random (the order of nodes, which part a node joins) this takes the
    /// index order and the best gain, so the result depends on the graph alone.
    ///
    /// - Returns: each entity's community label.
    private func leidenRound(_ links: WeightedLinks, from start: [Int]) -> [Int] {
        var level = links
        var community = start
        var membership = Array(0..<links.count)
        while true {
            community = moveNodes(level, from: community)
            guard Set(community).count < level.count else { break }
            let refined = refine(level, community)
            let (aggregate, number) = level.aggregated(by: refined)
            // Nothing merged: the refinement found no well-connected part to grow.
            guard aggregate.count < level.count else { break }
            var parent = Array(repeating: 0, count: aggregate.count)
            for node in 0..<level.count { parent[number[node]] = community[node] }
            membership = membership.map { number[$0] }
            community = Self.renumbered(parent)
            level = aggregate
        }
        return membership.map { community[$0] }
    }

    /// Labels renumbered 0, 1, ... in order of first appearance, so equal partitions compare equal.
    private static func renumbered(_ labels: [Int]) -> [Int] {
        var number: [Int: Int] = [:]
        return labels.map { label in
            if let known = number[label] { return known }
            number[label] = number.count
            return number.count - 1
        }
    }

    /// Leiden's (and Louvain's) local moving from the partition `start`: each node in turn, in
    /// index order, goes to the neighbouring community (or an empty one) where the quality
    /// rises most, until a pass moves none.
    ///
    /// - Parameter start: a label in `0..<links.count` per node.
    /// - Returns: each node's community label.
    private func moveNodes(_ links: WeightedLinks, from start: [Int]) -> [Int] {
        let count = links.count
        var community = start
        var size = Array(repeating: 0, count: count)
        for node in 0..<count { size[community[node]] += links.sizes[node] }
        var empty = (0..<count).reversed().filter { size[$0] == 0 }
        var weightTo = Array(repeating: 0, count: count)
        var touched: [Int] = []
        var moved = true
        while moved {
            moved = false
            for node in 0..<count {
                for edge in links.offsets[node]..<links.offsets[node + 1] {
                    let label = community[links.targets[edge]]
                    if weightTo[label] == 0 { touched.append(label) }
                    weightTo[label] += links.weights[edge]
                }
                let current = community[node]
                let nodeSize = links.sizes[node]
                size[current] -= nodeSize
                var best = current
                var bestGain = gain(weight: weightTo[current], size: nodeSize, joining: size[current])
                for label in touched where label != current {
                    let candidate = gain(weight: weightTo[label], size: nodeSize, joining: size[label])
                    if candidate > bestGain {
                        best = label
                        bestGain = candidate
                    }
                }
                if bestGain < 0, size[current] > 0, let alone = empty.popLast() {
                    // Better on its own than anywhere: an empty community always exists then,
                    // since the node's own holds others.
                    best = alone
                }
                size[best] += nodeSize
                community[node] = best
                if best != current {
                    moved = true
                    if size[current] == 0 { empty.append(current) }
                }
                for label in touched { weightTo[label] = 0 }
                touched.removeAll(keepingCapacity: true)
            }
        }
        return community
    }

    /// The gain in quality, times γ's denominator, of a node of `size` joining a community of
    /// `joining` entities to which it has links of `weight`: the evidence it brings in, less γ
    /// for every pair it forms with the members.
    private func gain(weight: Int, size: Int, joining: Int) -> Int {
        denominator * weight - numerator * size * joining
    }

    /// Leiden's refinement: within each community, nodes start alone; each node still alone
    /// and well connected to its community joins, in index order, the well-connected part of
    /// the same community where the quality rises most, if it rises. Parts are what the next
    /// level moves, so a community the moves glued together badly can come apart there.
    ///
    /// "Well connected": a node or part S of community C has more than γ × |S| × |C − S| of
    /// evidence to the rest of C.
    ///
    /// - Returns: each node's part label (a node index).
    private func refine(_ links: WeightedLinks, _ community: [Int]) -> [Int] {
        let count = links.count
        var communitySize = Array(repeating: 0, count: count)
        for node in 0..<count { communitySize[community[node]] += links.sizes[node] }
        var part = Array(0..<count)
        var partSize = links.sizes
        // Evidence from each part to the rest of its community.
        var outward = Array(repeating: 0, count: count)
        for node in 0..<count {
            for edge in links.offsets[node]..<links.offsets[node + 1] where community[links.targets[edge]] == community[node] {
                outward[node] += links.weights[edge]
            }
        }
        func isWellConnected(_ label: Int, in whole: Int) -> Bool {
            denominator * outward[label] >= numerator * partSize[label] * (whole - partSize[label])
        }
        var weightTo = Array(repeating: 0, count: count)
        var touched: [Int] = []
        for node in 0..<count {
            let whole = communitySize[community[node]]
            // Only a node still alone, and well connected to its community, moves.
            guard part[node] == node, partSize[node] == links.sizes[node], isWellConnected(node, in: whole) else { continue }
            for edge in links.offsets[node]..<links.offsets[node + 1] {
                let neighbour = links.targets[edge]
                guard community[neighbour] == community[node] else { continue }
                let label = part[neighbour]
                if weightTo[label] == 0 { touched.append(label) }
                weightTo[label] += links.weights[edge]
            }
            var best: Int?
            var bestGain = 0
            for label in touched where label != node && isWellConnected(label, in: whole) {
                let candidate = gain(weight: weightTo[label], size: links.sizes[node], joining: partSize[label])
                if candidate > bestGain {
                    best = label
                    bestGain = candidate
                }
            }
            if let best {
                // The links between the node and its new part are inside the part now.
                outward[best] += outward[node] - 2 * weightTo[best]
                partSize[best] += links.sizes[node]
                partSize[node] = 0
                outward[node] = 0
                part[node] = best
            }
            for label in touched { weightTo[label] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return part
    }

    /// Each group split into the parts its own links connect, in order of their first entity.
    private func connectedParts(_ membership: [Int], in links: WeightedLinks) -> [Int] {
        var part = Array(repeating: -1, count: links.count)
        var parts = 0
        var stack: [Int] = []
        for start in 0..<links.count where part[start] < 0 {
            part[start] = parts
            stack.append(start)
            while let node = stack.popLast() {
                for edge in links.offsets[node]..<links.offsets[node + 1] {
                    let neighbour = links.targets[edge]
                    if part[neighbour] < 0 && membership[neighbour] == membership[start] {
                        part[neighbour] = parts
                        stack.append(neighbour)
                    }
                }
            }
            parts += 1
        }
        return part
    }

    /// The groups, with every entity that is alone in its part moved to the story it has most
    /// evidence with (ties: the story whose first entity comes first); entities alone among
    /// lone entities only are grouped by their own links.
    private func attachLoneEntities(_ part: [Int], in links: WeightedLinks) -> [[Int]] {
        var members = Array(repeating: [Int](), count: (part.max() ?? -1) + 1)
        for node in part.indices { members[part[node]].append(node) }
        var story = part.map { members[$0].count > 1 ? $0 : -1 }
        var attached = true
        while attached {
            attached = false
            for node in story.indices where story[node] < 0 {
                var best: (weight: Int, story: Int)?
                for edge in links.offsets[node]..<links.offsets[node + 1] {
                    let label = story[links.targets[edge]]
                    guard label >= 0 else { continue }
                    let weight = links.weights[edge]
                    guard let current = best else {
                        best = (weight, label)
                        continue
                    }
                    if weight > current.weight || (weight == current.weight && members[label][0] < members[current.story][0]) {
                        best = (weight, label)
                    }
                }
                if let best {
                    story[node] = best.story
                    attached = true
                }
            }
        }
        var groups = Array(repeating: [Int](), count: members.count)
        for node in story.indices where story[node] >= 0 { groups[story[node]].append(node) }
        // Lone entities whose every neighbour is lone too: a story of their own.
        let rest = story.indices.filter { story[$0] < 0 }
        if !rest.isEmpty {
            let restLinks = links.restricted(to: rest)
            let restParts = connectedParts(Array(repeating: 0, count: rest.count), in: restLinks)
            var restGroups = Array(repeating: [Int](), count: (restParts.max() ?? -1) + 1)
            for (index, node) in rest.enumerated() { restGroups[restParts[index]].append(node) }
            groups += restGroups
        }
        return groups.filter { !$0.isEmpty }
    }
}

extension StoryGrouping {
    /// Equal when γ is the same number (1/20 equals 2/40).
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.numerator * rhs.denominator == rhs.numerator * lhs.denominator
    }

    public func hash(into hasher: inout Hasher) {
        let divisor = Self.gcd(numerator, denominator)
        hasher.combine(numerator / divisor)
        hasher.combine(denominator / divisor)
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? max(a, 1) : gcd(b, a % b) }
}
