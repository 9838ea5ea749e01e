import NewsGraphCore

/// Which articles tell one story, as far as resolution needs to know: two articles that name at
/// least `sharedNames` of the same people, bodies, places or meetings. Countries are left out:
/// a week of news names the same few countries in unrelated stories.
struct StoryContext {
    static let sharedNames = 2
    /// A name more articles than this share says nothing about a story ("United Nations").
    static let commonName = 100

    /// Each document's resolved names, by cluster root.
    private var namesOf: [String: Set<EntityKey>] = [:]
    /// The summary, for the documents that name each key with evidence of its own.
    private let summary: CorpusSummary

    init(_ summary: CorpusSummary, _ clusters: Clusters) {
        self.summary = summary
        namesOf.reserveCapacity(summary.documents.count)
        for (id, document) in summary.documents {
            namesOf[id] = Set(document.names.map { clusters.find($0) })
        }
    }

    /// The documents that name `key` with evidence of its own.
    private func documentsOf(_ key: EntityKey) -> [String] { summary.keys[key]?.strongDocuments.elements ?? [] }

    /// Whether two documents are one, or name enough of the same entities.
    func tellOneStory(_ a: String, _ b: String) -> Bool {
        a == b || (namesOf[a] ?? []).intersection(namesOf[b] ?? []).count >= Self.sharedNames
    }

    /// Whether some article of the one cluster and some article of the other tell one story.
    /// - Parameter keys: the keys the two clusters are made of (a policy's cluster holds only
    ///   policies of its kind), so that a cluster's articles are found without reading every key.
    func shareAStory(_ a: EntityKey, _ b: EntityKey, among keys: [EntityKey], _ clusters: Clusters) -> Bool {
        let documentsA = documents(ofCluster: clusters.find(a), keys, clusters)
        let documentsB = documents(ofCluster: clusters.find(b), keys, clusters)
        return documentsA.contains { da in documentsB.contains { db in tellOneStory(da, db) } }
    }

    private func documents(ofCluster root: EntityKey, _ keys: [EntityKey], _ clusters: Clusters) -> Set<String> {
        var documents = Set<String>()
        for key in keys where clusters.find(key) == root { documents.formUnion(documentsOf(key)) }
        return documents
    }

    /// The pairs of `keys` (each an article's own) whose articles tell one story. Candidates
    /// come from an index of names, so a corpus where many articles say "the investigation"
    /// does not compare every pair.
    func pairsSharingAStory(_ keys: [EntityKey]) -> [(EntityKey, EntityKey)] {
        var keysOfName: [EntityKey: [Int]] = [:]
        var namesOfKey: [Set<EntityKey>] = Array(repeating: [], count: keys.count)
        for (index, key) in keys.enumerated() {
            for document in documentsOf(key) {
                for name in namesOf[document] ?? [] {
                    keysOfName[name, default: []].append(index)
                    namesOfKey[index].insert(name)
                }
            }
        }
        // Each name's keys once, dropping the names too common to tell a story.
        let keysSharing = keysOfName.compactMapValues { indices in indices.count <= Self.commonName ? Set(indices) : nil }
        // The names each key shares with each later key, counted one key at a time: counting
        // every pair at once held millions of counts for a corpus's "the truce".
        var pairs: [(EntityKey, EntityKey)] = []
        var shared: [Int: Int] = [:]
        for first in keys.indices {
            shared.removeAll(keepingCapacity: true)
            for name in namesOfKey[first] {
                for second in keysSharing[name] ?? [] where second > first { shared[second, default: 0] += 1 }
            }
            for second in shared.keys.sorted() where shared[second]! >= Self.sharedNames { pairs.append((keys[first], keys[second])) }
        }
        return pairs
    }
}
