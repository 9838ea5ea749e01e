import NewsGraphCore

/// Generated graphs for size-dependent behaviour (engine choice, sfdp seeding), and the graphs
/// `make bench` lays out (Benchmarks/ links this file rather than keep a copy).
enum SyntheticGraphs {
    /// `nodes` entities of every type with about two edges each, wired pseudo-randomly but the
    /// same every time (a fixed linear congruential generator).
    static func tangled(nodes count: Int, edgesPerNode: Int = 2) -> EntityGraph {
        let nodes = (0..<count).map { index in
            let type = EntityType.allCases[index % EntityType.allCases.count]
            return Entity(id: "\(type.rawValue):n\(index)", type: type, label: "Entity \(index)")
        }
        var state: UInt64 = 42
        var edges: [Relation] = []
        for index in 0..<count {
            for _ in 0..<edgesPerNode {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let target = Int((state >> 33) % UInt64(count))
                let type = RelationType.allCases[Int(state >> 40) % RelationType.allCases.count]
                if target != index {
                    edges.append(Relation(source: nodes[index].id, target: nodes[target].id, type: type))
                }
            }
        }
        return EntityGraph(
            documents: [Document(id: "synthetic", path: "synthetic.txt", title: "Synthetic")], nodes: nodes, edges: edges)
    }

    /// `count` isolated entities and no edges.
    static func isolated(nodes count: Int) -> EntityGraph {
        EntityGraph(nodes: (0..<count).map { Entity(id: "person:p\($0)", type: .person, label: "P\($0)") })
    }
}
