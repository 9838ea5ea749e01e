import NewsGraphCore

/// The findings of `SourceComparison` that read what extraction records per source: an actor
/// only one source names, values recorded `DOCUMENT=VALUE` where sources differ (status,
/// attribution), and the quantities of a node.
extension SourceComparison {
    static func singleSourceFindings(_ graph: EntityGraph, _ settings: ComparisonSettings, _ degrees: [String: Int]) -> [Finding] {
        var findings: [Finding] = []
        // An actor only one source names, doing something only that source says, in a story
        // other sources cover: what that source alone adds. Descriptive links (a post, a place)
        // do not count, as for claims above.
        var claimEdges: [String: [Relation]] = [:]
        for relation in graph.edges.values where settings.claimRelations.contains(relation.type) && relation.attributes["basis"] == nil {
            claimEdges[relation.source, default: []].append(relation)
            claimEdges[relation.target, default: []].append(relation)
        }
        // Which documents write each name, whatever node it went to: a name another article
        // writes under another type ("Norland" a country in one, a body in another) is not
        // one source's alone.
        var documentsOfName: [String: Set<String>] = [:]
        for node in graph.nodes.values {
            for mention in node.mentions { documentsOfName[mention.text.lowercased(), default: []].insert(mention.document) }
        }
        for node in graph.nodes.values where settings.singleSourceTypes.contains(node.type) {
            let named = node.sourceDocuments
            guard named.count == 1, let relations = claimEdges[node.id],
                let story = graph.stories.first(where: { $0.entities.contains(node.id) }),
                story.documents.count >= settings.singleSourceMinStory,
                !([node.label] + node.aliases + node.mentions.map(\.text)).contains(where: { name in
                    documentsOfName[name.lowercased(), default: []].contains { $0 != named[0] }
                })
            else { continue }
            let silent = story.documents.filter { $0 != named[0] }
            let phrases = relations.map { relation in
                "\(graph.nodes[relation.source]?.label ?? relation.source) \(relation.type.phrase) \(graph.nodes[relation.target]?.label ?? relation.target)"
            }
            findings.append(
                Finding(
                    kind: .claim, subjects: [node.id] + relations.map(\.id), title: phrases.joined(separator: "; "),
                    reason:
                        "Only 1 of the \(story.documents.count) sources that cover this story names \(node.label); the others never do.",
                    sides: [
                        Side(value: "names \(node.label)", documents: named, evidence: relations.flatMap(\.evidence).sorted()),
                        Side(value: "never names \(node.label)", documents: silent, evidence: []),
                    ],
                    sources: story.documents.count, links: degrees[node.id, default: 0]))
        }

        return findings
    }

    static func bySourceFindings(_ graph: EntityGraph, _ degrees: [String: Int]) -> [Finding] {
        var findings: [Finding] = []
        // What extraction records per source where the sources differ: `DOCUMENT=VALUE` pairs.
        let documentIDs = graph.documents.map(\.id).sorted { $0.count > $1.count }
        for (attribute, kind, what) in [
            ("status_by_source", Kind.status, "statuses"), ("attribution_by_source", Kind.attribution, "attributions"),
        ] {
            for relation in graph.edges.values {
                guard case .strings(let pairs)? = relation.attributes[attribute],
                    let source = graph.nodes[relation.source], let target = graph.nodes[relation.target]
                else { continue }
                var byValue: [String: [String]] = [:]
                for pair in pairs {
                    // The document is one of the graph's (the longest that opens the pair), so a
                    // value or an id with "=" of its own reads right.
                    guard let document = documentIDs.first(where: { pair.hasPrefix($0 + "=") }) else { continue }
                    let value = String(pair.dropFirst(document.count + 1))
                    guard !value.isEmpty else { continue }
                    byValue[value, default: []].append(document)
                }
                guard byValue.count >= 2 else { continue }
                let sides = byValue.sorted { $0.key < $1.key }.map { value, documents in
                    // One sentence per article: the first it states the relation in.
                    let evidence = documents.sorted().compactMap { document in relation.evidence.first { $0.document == document } }
                    return Side(value: value, documents: documents.sorted(), evidence: evidence)
                }
                findings.append(
                    Finding(
                        kind: kind, subjects: [source.id, target.id, relation.id],
                        title: "\(source.label) \(relation.type.phrase) \(target.label)",
                        reason: "Sources give different \(what): "
                            + sides.map { "\($0.value) in \(Self.count($0.documents.count, "source"))" }.joined(separator: ", ") + ".",
                        sides: sides, sources: Set(byValue.values.joined()).count,
                        links: degrees[source.id, default: 0] + degrees[target.id, default: 0]))
            }
        }

        return findings
    }

    static func quantityFindings(_ graph: EntityGraph, _ degrees: [String: Int]) -> [Finding] {
        var findings: [Finding] = []
        for node in graph.nodes.values {
            for disagreement in Self.quantityDisagreements(node.quantities ?? []) {
                let sides = disagreement.map { value, quantities in
                    // One sentence per article: the first that states the value.
                    var seen = Set<String>()
                    let evidence = quantities.filter { seen.insert($0.document).inserted }.map { quantity in
                        quantity.evidence
                            ?? Evidence(document: quantity.document, start: quantity.start, end: quantity.end, sentence: quantity.text)
                    }
                    return Side(value: value, documents: Array(seen).sorted(), evidence: evidence)
                }
                let kind = disagreement[0].quantities[0].kind
                findings.append(
                    Finding(
                        kind: kind == .date ? .dates : .numbers, subjects: [node.id],
                        title: "\(node.label): \(kind == .date ? "date" : Self.measure(disagreement[0].quantities[0]))",
                        reason: "Sources give different \(kind == .date ? "dates" : "values"): "
                            + sides.map { "\($0.value) in \(Self.count($0.documents.count, "source"))" }.joined(separator: ", ")
                            + ".",
                        sides: sides, sources: node.sourceDocuments.count, links: degrees[node.id, default: 0]))
            }
        }

        return findings
    }

    /// Where a node's sources give one measure values that cannot all be true: for each measure
    /// (a kind and unit; for dates, weekdays apart from calendar dates, which cannot be compared
    /// without the article's own date), the values by what they say, each with the quantities
    /// that give it. A document whose own values contradict each other (two rates for two
    /// things read as one) says nothing certain and is left out; of a document's values that
    /// agree, the most exact stands for it ("10 October" over "October", "55%" over "about 55%").
    static func quantityDisagreements(_ quantities: [Quantity]) -> [[(value: String, quantities: [Quantity])]] {
        func measure(_ quantity: Quantity) -> String {
            quantity.kind == .date ? (quantity.unit == "weekday" ? "date|weekday" : "date|calendar") : "\(quantity.kind.rawValue)|\(quantity.unit)"
        }
        func exactness(_ quantity: Quantity) -> Int {
            if quantity.kind == .date { return ["month": 1, "day": 2, "date": 3][quantity.unit] ?? 0 }
            return quantity.bound == nil ? 1 : 0
        }
        var found: [[(value: String, quantities: [Quantity])]] = []
        for (_, group) in Dictionary(grouping: quantities, by: measure).sorted(by: { $0.key < $1.key }) {
            var stated: [Quantity] = []
            for (_, own) in Dictionary(grouping: group, by: \.document).sorted(by: { $0.key < $1.key }) {
                let consistent = own.allSatisfy { a in own.allSatisfy { b in !a.contradicts(b) } }
                guard consistent, let best = own.sorted().max(by: { exactness($0) < exactness($1) }) else { continue }
                stated.append(best)
            }
            guard stated.contains(where: { a in stated.contains { b in a.contradicts(b) } }) else { continue }
            let byValue = Dictionary(grouping: stated, by: \.normalized)
            found.append(byValue.keys.sorted().map { value in
                let documents = Set(byValue[value]!.map(\.document))
                return (value, group.filter { documents.contains($0.document) }.sorted())
            })
        }
        return found
    }

    /// What a number measures, for a heading: "rate", "sum", "count of troops", "duration".
    static func measure(_ quantity: Quantity) -> String {
        switch quantity.kind {
        case .rate: "rate"
        case .money: "sum"
        case .count: "count of \(quantity.unit)"
        case .duration: "duration"
        case .date: "date"
        }
    }

}
