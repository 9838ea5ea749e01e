import NewsGraphCore

/// The written caption of a diagram: what it shows, its sources as a numbered list, and a note
/// for each entity that only one source names.
///
/// It goes into the SVG's `<desc>` (``plainText``), beside the SVG as `<name>.caption.md`
/// (``markdown``) and into the HTML brief. Source numbers are the ones tooltips and the drawn
/// heading use: the selection's documents in order, from 1.
public struct DiagramCaption: Sendable, Hashable {
    /// A source article and its number in this caption.
    public struct Source: Sendable, Hashable {
        public var number: Int
        public var id: String
        public var title: String
    }

    /// An entity only one source names: worth checking before it goes into a briefing.
    public struct SingleSourceNote: Sendable, Hashable {
        public var label: String
        public var type: EntityType
        /// The number of the one source.
        public var source: Int
    }

    /// An analyst's decision that shaped what the diagram shows: where it is written and what
    /// it did, in the words of its diagnostic.
    public struct DecisionNote: Sendable, Hashable {
        /// "decisions.tsv:3".
        public var place: String
        public var message: String
    }

    /// The diagram's title: the title option, or the view's name.
    public var heading: String
    /// Sentences saying what the diagram shows, how it was laid out and what it leaves out.
    public var summary: [String]
    public var sources: [Source]
    public var singleSource: [SingleSourceNote]
    /// The decisions about the entities shown (and, for the whole graph, the entities dropped),
    /// in the order of the graph's diagnostics; empty for a graph built without decisions.
    public var decisions: [DecisionNote]
    /// Source numbers by document id.
    private var numbers: [String: Int]

    /// How many left-out labels the summary names before "and N more".
    static let listedDropped = 20

    /// - Parameters:
    ///   - selection: what the diagram shows.
    ///   - options: the title option.
    ///   - engine: the engine asked for; `automatic` is resolved as the renderer resolves it.
    public init(selection: GraphSelection, options: DiagramOptions, engine: LayoutEngine) {
        let plan = LayoutPlan(graph: selection.graph, requested: engine)
        self.init(selection: selection, title: options.title, plan: plan)
    }

    init(selection: GraphSelection, title: String?, plan: LayoutPlan) {
        let graph = selection.graph
        heading =
            title.map { GraphvizText.truncated(GraphvizText.clean($0), to: GraphvizText.longestTitle) }
            .flatMap { $0.isEmpty ? nil : $0 } ?? Self.viewTitle(selection)
        sources = graph.documents.enumerated().map { index, document in
            // Tooltips and footnotes repeat the title: capped, so output stays linear in input.
            let title = GraphvizText.truncated(GraphvizText.clean(document.title), to: GraphvizText.longestTitle)
            let number = selection.sourceNumber(of: document.id) ?? index + 1
            return Source(number: number, id: document.id, title: title.isEmpty ? document.id : title)
        }
        let numbers = Dictionary(sources.map { ($0.id, $0.number) }, uniquingKeysWith: { first, _ in first })
        self.numbers = numbers
        singleSource = graph.nodes.values.compactMap { entity in
            let documents = entity.sourceDocuments
            guard documents.count == 1, let number = numbers[documents[0]] else { return nil }
            return SingleSourceNote(label: GraphvizText.name(entity.label), type: entity.type, source: number)
        }
        summary = Self.summary(selection, plan: plan)
        decisions = Self.decisionNotes(selection)
    }

    /// The decision diagnostics about an entity the selection chose (drawn, left out or set
    /// aside); those about no entity (a node dropped) only with the whole graph.
    static func decisionNotes(_ selection: GraphSelection) -> [DecisionNote] {
        let decided = selection.graph.diagnostics.filter { $0.decision != nil }
        guard !decided.isEmpty else { return [] }
        let chosen = Set(selection.graph.nodes.keys).union(selection.dropped.map(\.id)).union(selection.unrelated.map(\.id))
        return decided.compactMap { diagnostic in
            let shown = diagnostic.subjects.contains { chosen.contains($0) }
            guard shown || (diagnostic.subjects.isEmpty && selection.view == .full) else { return nil }
            let origin = diagnostic.decision!
            return DecisionNote(place: "\(origin.file):\(origin.line)", message: diagnostic.message)
        }
    }

    /// The number of the source with this document id.
    public func number(ofDocument id: String) -> Int? {
        numbers[id]
    }

    /// The source with this number.
    public func source(numbered number: Int) -> Source? {
        sources.first { $0.number == number }
    }

    /// The view's name as a heading ("Actors", "Around Ana Lima").
    static func viewTitle(_ selection: GraphSelection) -> String {
        switch selection.view {
        case .full: return "Entity graph"
        case .actors: return "Actors: people, agencies and countries"
        case .policies: return "Policies: who imposes what on whom"
        case .meetings: return "Meetings in date order"
        case .ego: return "Around " + centreNames(selection)
        case .stories: return "Overview of the stories"
        case .story(let id):
            let title = shownStory(selection).map { GraphvizText.clean($0.title) } ?? ""
            return "Story: " + (title.isEmpty ? GraphvizText.clean(id) : title)
        }
    }

    /// The story a `story` view shows.
    static func shownStory(_ selection: GraphSelection) -> Story? {
        guard case .story(let id) = selection.view else { return nil }
        return selection.graph.story(withID: id) ?? selection.graph.stories.first
    }

    /// The labels of an ego view's centres.
    private static func centreNames(_ selection: GraphSelection) -> String {
        let names = selection.centres.compactMap { selection.graph.nodes[$0]?.label }.map(GraphvizText.name)
        return names.isEmpty ? GraphvizText.name(selection.view.description) : names.joined(separator: ", ")
    }

    private static func summary(_ selection: GraphSelection, plan: LayoutPlan) -> [String] {
        let graph = selection.graph
        let shown = "\(count(graph.nodes.count, "entity", "entities")) and \(count(graph.edges.count, "relation", "relations"))"
        let ofWhole =
            selection.isPartial
            ? " (of \(selection.totalNodes) entities and \(selection.totalEdges) relations in the whole graph)" : ""
        let articles = count(graph.documents.count, "news article", "news articles")
        var sentences: [String]
        switch selection.view {
        case .full:
            // Part of the whole graph is left out (entities with no relation, or past the most
            // a diagram shows): the diagram is then no longer the whole graph it counts against.
            sentences = ["\(selection.isPartial ? "The graph drawn" : "The whole graph"): \(shown) extracted from \(articles)\(ofWhole)."]
        case .actors:
            sentences = ["The people, agencies and countries in \(articles), and how they are linked: \(shown)\(ofWhole)."]
        case .policies:
            sentences = [
                "Policies with who imposes, opposes or supports them, whom they target and which goods they cover, from \(articles): \(shown)\(ofWhole)."
            ]
        case .meetings:
            sentences = [
                "Meetings with who attended them and where they were held, from \(articles): \(shown)\(ofWhole).",
                "Meetings are numbered in date order where the articles give a date or a month, then in order of first mention.",
            ]
        case .ego:
            let steps = count(selection.depth, "step", "steps")
            sentences = ["Everything within \(steps) of \(centreNames(selection)) in \(articles): \(shown)\(ofWhole)."]
        case .stories:
            let stories = graph.stories.count
            let heaviest = stories < selection.totalStories ? "The \(stories) heaviest of " : "All "
            sentences = [
                heaviest + "\(count(selection.totalStories, "story", "stories")) the relations group the entities into "
                    + "(most evidence first), each in a box with its title and up to "
                    + "\(EntityGraph.entitiesPerStoryInOverview) of its strongest entities: \(shown) from \(articles)\(ofWhole).",
                "A story is a group of entities its relations hold together; each has a diagram of its own.",
            ]
        case .story:
            let story = shownStory(selection)
            let articlesOfStory = story.map { count($0.documents.count, "news article", "news articles") } ?? articles
            sentences = ["One story, the entities its relations hold together: \(shown) from \(articlesOfStory)."]
        }
        if !selection.dropped.isEmpty, let limit = selection.maxNodes {
            let names = selection.dropped.prefix(listedDropped).map { GraphvizText.name($0.label) }
            let more = selection.dropped.count - names.count
            sentences.append(
                "Limited to the \(limit) most connected entities (most evidence in their relations, then most sources); "
                    + "\(count(selection.dropped.count, "entity", "entities")) left out: " + names.joined(separator: "; ")
                    + (more > 0 ? "; and \(more) more." : "."))
        }
        if !selection.unrelated.isEmpty {
            let names = selection.unrelated.prefix(listedDropped).map { GraphvizText.clean($0.label) }
            let more = selection.unrelated.count - names.count
            sentences.append(
                "Also mentioned, with no relation in this view (not drawn): " + names.joined(separator: "; ")
                    + (more > 0 ? "; and \(more) more." : "."))
        }
        sentences.append("Laid out with \(plan.engine).")
        if !plan.showsEdgeLabels && !graph.edges.isEmpty {
            sentences.append("Relations are not labelled at this size: the legend gives their colours, line styles and arrowheads.")
        }
        sentences.append(
            "Thicker borders and lines have more independent sources; each entity's and relation's tooltip gives its evidence sentences and sources.")
        if graph.edges.values.contains(where: { $0.attributes["basis"] != nil }) {
            sentences.append(
                "Fainter lines are relations no sentence states: a place's country known from the gazetteer, or a relation the classifier inferred from the article.")
        }
        return sentences
    }

    static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) \(n == 1 ? singular : plural)"
    }

    /// The caption as plain text, for the SVG's `<desc>`: not escaped.
    public var plainText: String {
        var lines = [heading] + summary
        if !sources.isEmpty {
            lines.append("Sources:")
            lines += sources.map { "\($0.number). \($0.title) (\($0.id))" }
        }
        if !singleSource.isEmpty {
            lines.append(
                "Named by one source only: "
                    + singleSource.map { "\($0.label) (source \($0.source))" }.joined(separator: "; ") + ".")
        }
        if !decisions.isEmpty {
            lines.append("Analyst decisions:")
            lines += decisions.map { "\($0.place): \(GraphvizText.clean($0.message))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The caption as Markdown, for `<name>.caption.md`: article text escaped, single-source
    /// entities as footnotes.
    public var markdown: String {
        var blocks = ["# " + MarkdownText.escaped(heading), summary.map(MarkdownText.escaped).joined(separator: " ")]
        if !sources.isEmpty {
            blocks.append("## Sources")
            blocks.append(
                sources.map { "\($0.number). \(MarkdownText.escaped($0.title)) (\(MarkdownText.escaped($0.id)))" }
                    .joined(separator: "\n"))
        }
        if !singleSource.isEmpty {
            let references = singleSource.enumerated().map { index, note in "\(MarkdownText.escaped(note.label))[^\(index + 1)]" }
            blocks.append("Named by one source only: " + references.joined(separator: ", ") + ".")
            blocks.append(
                singleSource.enumerated().map { index, note in
                    "[^\(index + 1)]: \(MarkdownText.escaped(note.label)) (\(note.type.rawValue)): only in source \(note.source), "
                        + "\(MarkdownText.escaped(source(numbered: note.source)?.title ?? ""))."
                }.joined(separator: "\n"))
        }
        if !decisions.isEmpty {
            blocks.append("## Analyst decisions")
            blocks.append(
                decisions.map { "- \(MarkdownText.escaped($0.place)): \(MarkdownText.escaped($0.message))" }
                    .joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }
}
