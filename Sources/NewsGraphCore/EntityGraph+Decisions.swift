import OrderedCollections

extension EntityGraph {
    /// The graph with the analyst's `decisions` applied to its nodes and edges: what
    /// `newsgraph render --decisions` draws from a saved graph.
    ///
    /// Building with the decisions (`CorpusResolver`) applies them inside resolution, where a
    /// `different` can refuse a merge; a saved graph has only its nodes, so here `same` joins two
    /// nodes (mentions, aliases and relations), `type` and `label` change a node (and its id),
    /// `drop` removes a node and its relations, `edge-drop` a relation, and `different` checks
    /// that two nodes are apart: it cannot split a node the graph merged. Entities are named as
    /// `ego:NAME` names them (id, then label, then alias). A decision the graph already carries
    /// (a diagnostic with the same decision text, from a build with the file) is not applied twice.
    ///
    /// - Throws: ``DecisionError`` at the line of a decision that names no node or relation,
    ///   that would split a node, or that contradicts another.
    /// - Complexity: O((n + e) · d) for n nodes, e edges and d decisions.
    public func applying(_ decisions: Decisions) throws(DecisionError) -> EntityGraph {
        let applied = Set(diagnostics.compactMap(\.decision?.text))
        let items = decisions.items.filter { !applied.contains($0.origin.text) }
        guard !items.isEmpty else { return self }
        var work = DecisionWork(graph: self, items: items)
        try work.bind()
        try work.checkContradictions()
        work.dropNodes()
        work.joinNodes()
        work.keepApart()
        work.retypeAndRelabel()
        try work.dropEdges()
        return work.finished()
    }
}

/// The state of `EntityGraph.applying(_:)`: the graph as changed so far, each decision's nodes
/// (by their ids in the graph as read) and where each of those ids is now.
private struct DecisionWork {
    var graph: EntityGraph
    let items: [Decision]
    /// For each decision, the ids each of its references names in the graph as read.
    var named: [[[String]]] = []
    /// Where each id of the graph as read is now (after joins and renames); absent once dropped.
    var current: [String: String] = [:]
    var marks: [String: Set<String>] = [:]
    var diagnostics: [Diagnostic] = []

    init(graph: EntityGraph, items: [Decision]) {
        self.graph = graph
        self.items = items
        for id in graph.nodes.keys { current[id] = id }
    }

    mutating func bind() throws(DecisionError) {
        for decision in items {
            var ids: [[String]] = []
            for name in decision.references {
                let found = graph.nodeIDs(named: name)
                guard !found.isEmpty else {
                    let close = graph.closeLabels(to: name)
                    throw .at(
                        decision,
                        "no entity is named '\(name)' in the graph"
                            + (close.isEmpty ? "" : " (close: \(close.joined(separator: ", ")))"))
                }
                ids.append(found)
            }
            named.append(ids)
        }
    }

    /// The error for decisions (by index) that contradict each other, at the last one's line.
    private func contradiction(_ indices: [Int], _ why: String) -> DecisionError {
        let decisions = Set(indices).sorted().map { items[$0] }
        let earlier = decisions.dropLast().map { "\($0.location) (\($0.origin.text))" }.joined(separator: " and ")
        return .at(decisions.last!, "contradicts \(earlier): \(why)")
    }

    /// What the decisions cannot all do: split a node, keep apart what `same` joins, drop what
    /// another keeps, give one node two types or labels.
    mutating func checkContradictions() throws(DecisionError) {
        var parent: [String: String] = [:]
        func find(_ id: String) -> String {
            var current = id
            while let next = parent[current], next != current { current = next }
            return current
        }
        var joinedBy: [String: Int] = [:]
        for (index, decision) in items.enumerated() {
            guard case .same = decision.action else { continue }
            let ids = named[index].flatMap { $0 }.sorted()
            for id in ids.dropFirst() where find(id) != find(ids[0]) {
                let (a, b) = (find(id), find(ids[0]))
                parent[max(a, b)] = min(a, b)
                joinedBy[max(a, b)] = index
            }
        }
        var dropped: [String: Int] = [:]
        var types: [String: (EntityType, Int)] = [:]
        var labels: [String: (String, Int)] = [:]
        for (index, decision) in items.enumerated() {
            switch decision.action {
            case .drop:
                for id in named[index][0] where dropped[id] == nil { dropped[id] = index }
            case .different(let a, let b):
                for x in named[index][0] {
                    for y in named[index][1] where x == y {
                        throw .at(
                            decision,
                            "'\(a)' and '\(b)' are one node in this graph (\(x)): a saved graph cannot be split; build or merge again with the decisions"
                        )
                    }
                }
                for x in named[index][0] {
                    for y in named[index][1] where find(x) == find(y) {
                        let joins = [joinedBy[x], joinedBy[y]].compactMap { $0 }
                        throw contradiction(joins + [index], "'\(a)' and '\(b)' cannot be both one entity and two")
                    }
                }
            case .type(_, let type):
                for id in named[index][0] {
                    if let (other, earlier) = types[find(id)], other != type {
                        throw contradiction([earlier, index], "one entity cannot have two types")
                    }
                    types[find(id)] = (type, index)
                }
            case .label(_, let label):
                for id in named[index][0] {
                    if let (other, earlier) = labels[find(id)], other != label {
                        throw contradiction([earlier, index], "one entity cannot have two labels")
                    }
                    labels[find(id)] = (label, index)
                }
            case .same, .dropEdge:
                break
            }
        }
        for (index, decision) in items.enumerated() {
            switch decision.action {
            case .drop, .different: continue
            case .same, .type, .label, .dropEdge: break
            }
            for (position, ids) in named[index].enumerated() {
                guard let drop = ids.compactMap({ dropped[$0] }).min() else { continue }
                throw contradiction([drop, index], "'\(decision.references[position])' cannot be dropped and kept")
            }
        }
    }

    private mutating func note(_ id: String, _ decision: Decision, _ message: String, _ subjects: [String]) {
        diagnostics.append(Diagnostic(id: id, severity: .note, message: message, subjects: subjects, decision: decision.origin))
    }

    private func now(_ ids: [String]) -> [String] { Set(ids.compactMap { current[$0] }).sorted() }

    mutating func dropNodes() {
        for (index, decision) in items.enumerated() {
            guard case .drop(let name) = decision.action else { continue }
            let ids = now(named[index][0])
            guard !ids.isEmpty else { continue }
            let entities = ids.compactMap { graph.nodes[$0] }
            let mentions = entities.reduce(0) { $0 + $1.mentions.count }
            let documents = Set(entities.flatMap(\.sourceDocuments)).count
            let types = Set(entities.map(\.type)).sorted().map(\.rawValue).joined(separator: ", ")
            for id in ids { graph.nodes[id] = nil }
            for (old, new) in current where ids.contains(new) { current[old] = nil }
            graph.dropDanglingEdges()
            note(
                "decision.drop", decision,
                "dropped '\(name)' (\(types); \(Self.count(mentions, "mention")) in \(Self.count(documents, "article"))), as decided: \(decision.reason)",
                [])
        }
    }

    /// `same`: each group of nodes becomes the one of them with the most mentions (then the
    /// smallest id), which takes the others' mentions, names and relations.
    mutating func joinNodes() {
        for (index, decision) in items.enumerated() {
            guard case .same(let a, let b) = decision.action else { continue }
            let ids = now(named[index].flatMap { $0 })
            if ids.count > 1 {
                let kept = ids.max { x, y in
                    let (mx, my) = (graph.nodes[x]!.mentions.count, graph.nodes[y]!.mentions.count)
                    return mx != my ? mx < my : x > y
                }!
                merge(ids.filter { $0 != kept }, into: kept)
            }
            let node = current[named[index][0][0]]!
            marks[node, default: []].insert(decision.mark)
            note("decision.same", decision, "joined '\(a)' and '\(b)' as one entity, as decided: \(decision.reason)", [node])
        }
    }

    mutating func keepApart() {
        for (index, decision) in items.enumerated() {
            guard case .different(let a, let b) = decision.action else { continue }
            let ids = now(named[index][0]) + now(named[index][1])
            for id in ids { marks[id, default: []].insert(decision.mark) }
            note(
                "decision.different", decision,
                "kept '\(a)' and '\(b)' apart, as decided: \(decision.reason); the graph had them apart", ids)
        }
    }

    mutating func retypeAndRelabel() {
        for (index, decision) in items.enumerated() {
            switch decision.action {
            case .type(let name, let type):
                let ids = now(named[index][0])
                let before = Set(ids.compactMap { graph.nodes[$0]?.type }).sorted().map(\.rawValue)
                var renamed: [String] = []
                for id in ids {
                    var node = graph.nodes[id]!
                    node.type = type
                    renamed.append(replace(id, with: node))
                }
                for id in renamed { marks[id, default: []].insert(decision.mark) }
                let was = before == [type.rawValue] ? "already" : "was \(before.joined(separator: ", "))"
                note(
                    "decision.type", decision,
                    "typed '\(name)' as \(type.rawValue) (\(was)), as decided" + Self.because(decision.reason), renamed)
            case .label(let name, let label):
                var renamed: [String] = []
                for id in now(named[index][0]) {
                    var node = graph.nodes[id]!
                    if node.label != label {
                        node.aliases = Array(Set(node.aliases + [node.label]).subtracting([label])).sorted()
                        node.label = label
                    }
                    renamed.append(replace(id, with: node))
                }
                for id in renamed { marks[id, default: []].insert(decision.mark) }
                note(
                    "decision.label", decision,
                    "labelled '\(name)' '\(label)', its other names kept as aliases, as decided" + Self.because(decision.reason),
                    renamed)
            default:
                continue
            }
        }
    }

    mutating func dropEdges() throws(DecisionError) {
        for (index, decision) in items.enumerated() {
            guard case .dropEdge(let source, let type, let target) = decision.action else { continue }
            let sources = Set(now(named[index][0]))
            let targets = Set(now(named[index][1]))
            let phrase = "'\(source)' \(type.phrase) '\(target)'"
            let doomed = graph.edges.values.filter {
                $0.type == type && sources.contains($0.source) && targets.contains($0.target)
            }
            guard !doomed.isEmpty else { throw .at(decision, "no relation in the graph states \(phrase)") }
            let sentences = doomed.reduce(0) { $0 + $1.evidence.count }
            let documents = Set(doomed.flatMap(\.sourceDocuments)).count
            for edge in doomed { graph.edges[edge.id] = nil }
            note(
                "decision.edge-drop", decision,
                "dropped the relation \(phrase) (\(Self.count(sentences, "sentence")) in \(Self.count(documents, "article"))), as decided"
                    + Self.because(decision.reason),
                [doomed[0].source, doomed[0].target])
        }
    }

    func finished() -> EntityGraph {
        var graph = graph
        for (id, new) in marks where graph.nodes[id] != nil {
            var all = new
            if case .strings(let old)? = graph.nodes[id]!.attributes["decisions"] { all.formUnion(old) }
            graph.nodes[id]!.attributes["decisions"] = .strings(all.sorted())
        }
        graph.diagnostics += diagnostics
        graph.stories = []
        return graph.canonicalized()
    }

    // MARK: Changing nodes

    /// Puts `node` (changed) in place of the node `id`, under the id its type and label give
    /// (made unique as resolution makes it); returns that id.
    private mutating func replace(_ id: String, with node: Entity) -> String {
        var node = node
        let base = Slug.id(node.type, node.label)
        var newID = base
        if newID != id {
            var suffix = 2
            while graph.nodes[newID] != nil {
                newID = "\(base)-\(suffix)"
                suffix += 1
            }
        }
        node.id = newID
        graph.nodes[id] = nil
        graph.nodes[newID] = node
        if newID != id { rename([id: newID]) }
        return newID
    }

    /// Joins the nodes `ids` into the node `kept`.
    private mutating func merge(_ ids: [String], into kept: String) {
        var node = graph.nodes[kept]!
        var aliases = Set(node.aliases)
        for id in ids {
            let other = graph.nodes[id]!
            aliases.formUnion(other.aliases + [other.label])
            node.mentions += other.mentions
            for (name, value) in other.attributes where node.attributes[name] == nil { node.attributes[name] = value }
            graph.nodes[id] = nil
        }
        aliases.remove(node.label)
        node.aliases = aliases.sorted()
        node.mentions = Array(Set(node.mentions)).sorted()
        graph.nodes[kept] = node
        rename(Dictionary(uniqueKeysWithValues: ids.map { ($0, kept) }))
    }

    /// Points every reference to the nodes `map` names at their new ids: edges (joining two
    /// that become one, dropping one that would join a node to itself), diagnostics and
    /// `current`.
    private mutating func rename(_ map: [String: String]) {
        for (old, new) in current { if let moved = map[new] { current[old] = moved } }
        var edges: [String: Relation] = [:]
        var order: [String] = []
        for edge in graph.edges.values {
            var edge = edge
            edge.source = map[edge.source] ?? edge.source
            edge.target = map[edge.target] ?? edge.target
            guard edge.source != edge.target else { continue }
            edge.id = Relation.id(source: edge.source, type: edge.type, target: edge.target)
            if var existing = edges[edge.id] {
                existing.evidence = Array(Set(existing.evidence + edge.evidence)).sorted()
                for (name, value) in edge.attributes where existing.attributes[name] == nil { existing.attributes[name] = value }
                if existing.attributes["sources"] != nil { existing.attributes["sources"] = .int(existing.sourceDocuments.count) }
                edges[edge.id] = existing
            } else {
                edges[edge.id] = edge
                order.append(edge.id)
            }
        }
        graph.edges = OrderedDictionary(uniqueKeysWithValues: order.map { ($0, edges[$0]!) })
        for index in graph.diagnostics.indices {
            graph.diagnostics[index].subjects = graph.diagnostics[index].subjects.map { map[$0] ?? $0 }
        }
        for index in diagnostics.indices { diagnostics[index].subjects = diagnostics[index].subjects.map { map[$0] ?? $0 } }
        for (id, set) in marks where map[id] != nil {
            marks[map[id]!, default: []].formUnion(set)
            marks[id] = nil
        }
    }

    static func because(_ reason: String) -> String { reason.isEmpty ? "" : ": \(reason)" }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
