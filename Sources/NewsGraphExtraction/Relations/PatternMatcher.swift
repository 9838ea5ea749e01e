import NewsGraphCore

/// Matches relation patterns over a sentence's items, with backtracking over gaps and lists.
struct PatternMatcher {
    typealias Mask = RelationPattern.MentionClass.Mask

    /// What each document mention is, by index.
    let kinds: [MentionKind]
    /// The pattern classes that accept each document mention, by index.
    let classes: [Mask]
    /// Reused from sentence to sentence.
    private var present: Presence
    private var candidates: BitSet
    private var search: Search

    init(kinds: [MentionKind], patterns: PatternSet) {
        self.kinds = kinds
        classes = kinds.map(Mask.init(accepting:))
        present = Presence(patterns)
        candidates = BitSet(count: patterns.patterns.count)
        search = Search(kinds: kinds, classes: classes, patterns: patterns)
    }

    /// Finds the matches of the patterns in `sentence` (as `items`) into `found`. Finds the
    /// sentence's cue phrases into `cues` when some pattern may match, so that negation and
    /// hedging can read them then.
    mutating func match(
        _ patterns: PatternSet, in items: SentenceItems, of sentence: Sentence, tokens: [Token], cues: inout SentenceCues,
        into found: inout SentenceMatches
    ) {
        found.removeAll()
        present.fill(items, patterns: patterns, tokens: tokens)
        patterns.candidates(present, into: &candidates)
        guard !candidates.isEmpty else { return }
        cues.find(in: sentence, tokens, patterns.cuePhrases)
        present.addCues(items, cues)
        search.begin(items, tokens: tokens, cues: cues)
        // The search lets go of the sentence, so that the next `fill` and `find` reuse its arrays.
        defer { search.end() }
        for index in candidates where patterns.hasCues(index, present) {
            let pattern = patterns.patterns[index]
            let first = found.matches.count
            search.take(pattern)
            for start in 0..<items.count where search.mayMatch(0, at: start) {
                // Every distinct set of captures from a start position, each with its longest match.
                search.run(from: start)
                for result in search.results {
                    found.append(
                        pattern: index, captureCount: pattern.captureCount, items: start..<result.end,
                        bindings: search.bindings(of: result), literals: search.literals(of: result))
                }
            }
            keepPreferred(&found, from: first, pattern)
        }
    }

    /// What one sentence holds, to skip patterns that cannot match it: the words and cue
    /// classes patterns require (numbered by the `PatternSet` and `CuePhrases`), and the
    /// mention classes.
    struct Presence {
        private(set) var words: BitSet
        private(set) var cues: BitSet
        private(set) var classes = Mask()

        init(_ patterns: PatternSet) {
            words = BitSet(count: patterns.wordCount)
            cues = BitSet(count: patterns.cueClassCount)
        }

        /// Takes in the words and mention classes of `sentence`, forgetting the previous one's
        /// (and its cues).
        mutating func fill(_ sentence: SentenceItems, patterns: PatternSet, tokens: [Token]) {
            words.removeAll()
            cues.removeAll()
            classes = Mask()
            for (item, range) in zip(sentence.items, sentence.ranges) {
                switch item {
                case .token(let token):
                    if let word = patterns.word(of: tokens[token]) { words.insert(word) }
                case .mentions:
                    if range.count == 1, let word = patterns.word(of: tokens[range.lowerBound]) { words.insert(word) }
                case .title:
                    break
                }
            }
            for accepting in sentence.classes { classes.formUnion(accepting) }
        }

        /// Takes in the cue classes of the phrases that start at the sentence's tokens.
        mutating func addCues(_ sentence: SentenceItems, _ sentenceCues: SentenceCues) {
            for case .token(let token) in sentence.items {
                for phrase in sentenceCues.at(token) {
                    for cue in sentenceCues.classes(of: phrase) { cues.insert(cue) }
                }
            }
        }
    }

    /// Of one pattern's matches (those of `found` from `first` on) that differ only in their
    /// first capture, keeps the nearest (or, with `@leftmost`, the leftmost).
    private func keepPreferred(_ found: inout SentenceMatches, from first: Int, _ pattern: CompiledPattern) {
        // The first capture is number 0 (`CompiledPattern.captureCount`).
        guard found.matches.count - first > 1, pattern.captureCount > 0 else { return }
        let matches = Array(found.matches[first...])
        let bindings = matches.map(found.bindings(of:))
        // Each match's first capture as a set, worked out once rather than per pair.
        let firsts = bindings.map { Set($0.indices(of: 0)) }
        // A list and its own tail ("Lima and Berg", "Berg") are one subject: keep the list.
        let kept = matches.indices.filter { index in
            !matches.indices.contains { other in
                firsts[other].count > firsts[index].count && firsts[other].isSuperset(of: firsts[index])
                    && bindings[other].equals(bindings[index], except: 0)
            }
        }
        // For each set of other captures, one match: the nearest, or with `@leftmost` the
        // sentence's subject.
        var best: [PatternMatch] = []
        var bestBindings: [Bindings] = []
        for index in kept {
            let match = matches[index]
            if let slot = bestBindings.firstIndex(where: { $0.equals(bindings[index], except: 0) }) {
                let existing = best[slot]
                let better = pattern.prefersLeftmost ? match.firstItem < existing.firstItem : match.firstItem > existing.firstItem
                if better { best[slot] = match }
            } else {
                best.append(match)
                bestBindings.append(bindings[index])
            }
        }
        found.replaceMatches(from: first, with: best)
    }
}

/// The depth-first search for one pattern's matches from one start item, over every way to
/// match its elements. The current path's bindings and literal tokens sit on stacks, pushed
/// going in and popped coming back, rather than copied at each step; one search serves a
/// whole document.
private struct Search {
    typealias Mask = RelationPattern.MentionClass.Mask

    struct Result {
        /// The item after the match.
        var end: Int
        /// Ranges of `resultIndices` (laid out by `Bindings.append`) and `resultLiterals`.
        fileprivate var bindings: Range<Int>
        fileprivate var literals: Range<Int>
    }

    let kinds: [MentionKind]
    let classes: [Mask]
    /// The words that join a list of mentions, by vocabulary number (`PatternSet`).
    let listComma: Int32
    let listConjunctions: [Int32]
    /// The sentence, from `begin` to `end`.
    private var sentence = SentenceItems()
    private var tokens: [Token] = []
    private var cues = SentenceCues()
    /// The pattern's, from `take` on.
    private var elements: [CompiledPattern.Element] = []
    private var captureCount = 0
    private var bound: [(capture: Int?, index: Int)] = []
    private var literals: [Int] = []
    /// The longest match for each distinct set of bindings from the start, in the order first
    /// found; their bindings and literal tokens in two arrays reused from run to run.
    private(set) var results: [Result] = []
    private var resultIndices: [Int] = []
    private var resultLiterals: [Int] = []

    init(kinds: [MentionKind], classes: [Mask], patterns: PatternSet) {
        self.kinds = kinds
        self.classes = classes
        listComma = patterns.listComma
        listConjunctions = patterns.listConjunctions
    }

    mutating func begin(_ sentence: SentenceItems, tokens: [Token], cues: SentenceCues) {
        self.sentence = sentence
        self.tokens = tokens
        self.cues = cues
    }

    mutating func end() {
        sentence = SentenceItems()
        tokens = []
        cues = SentenceCues()
    }

    /// Takes the pattern the next runs match.
    mutating func take(_ pattern: CompiledPattern) {
        elements = pattern.elements
        captureCount = pattern.captureCount
    }

    /// Finds the `results` from `start`.
    mutating func run(from start: Int) {
        results.removeAll(keepingCapacity: true)
        resultIndices.removeAll(keepingCapacity: true)
        resultLiterals.removeAll(keepingCapacity: true)
        walk(0, start)
    }

    func bindings(of result: Result) -> ArraySlice<Int> { resultIndices[result.bindings] }

    func literals(of result: Result) -> ArraySlice<Int> { resultLiterals[result.literals] }

    /// Tries the elements from `element` on, starting at `item`.
    private mutating func walk(_ element: Int, _ item: Int) {
        guard element < elements.count else {
            record(item)
            return
        }
        let count = sentence.count
        switch elements[element] {
        case .words(let words, let optional):
            if item < count, isWord(words, at: item) {
                literals.append(sentence.ranges[item].lowerBound)
                walk(element + 1, item + 1)
                literals.removeLast()
            }
            if optional { walk(element + 1, item) }
        case .cue(let cueClasses, let optional):
            if item < count, case .token(let token) = sentence.items[item],
                let end = cues.end(ofLongestPhraseAt: token, inAnyOf: cueClasses)
            {
                let pushed = literals.count
                var after = item
                while after < count && sentence.ranges[after].lowerBound < end {
                    if case .token(let t) = sentence.items[after] { literals.append(t) }
                    after += 1
                }
                walk(element + 1, after)
                literals.truncate(to: pushed)
            }
            if optional { walk(element + 1, item) }
        case .mention(let mention, let optional):
            let pushed = bound.count
            if let end = bind(mention, at: item) {
                walk(element + 1, end)
                bound.truncate(to: pushed)
            }
            if optional { walk(element + 1, item) }
        case .gap(let length, let refused):
            // An exclusive gap holds no mention of the kinds on either side of it: the match
            // takes the nearest subject and the nearest object.
            var skip = 0
            while skip <= length && item + skip <= count {
                if skip > 0 && !sentence.classes[item + skip - 1].isDisjoint(with: refused) { break }
                if mayMatch(element + 1, at: item + skip) { walk(element + 1, item + skip) }
                skip += 1
            }
        }
    }

    /// A complete path: kept if its bindings are new, or if it is longer than the one found
    /// first with the same bindings.
    private mutating func record(_ end: Int) {
        let start = resultIndices.count
        Bindings.append(bound, captureCount: captureCount, to: &resultIndices)
        let path = start..<resultIndices.count
        if let index = results.firstIndex(where: { resultIndices[$0.bindings].elementsEqual(resultIndices[path]) }) {
            resultIndices.removeLast(path.count)
            if results[index].end < end {
                // The longer match with the same captures wins, with its own literals (the
                // replaced ones stay unused in the buffer until the next run).
                results[index].end = end
                results[index].literals = appendLiterals()
            }
        } else {
            results.append(Result(end: end, bindings: path, literals: appendLiterals()))
        }
    }

    private mutating func appendLiterals() -> Range<Int> {
        resultLiterals += literals
        return (resultLiterals.count - literals.count)..<resultLiterals.count
    }

    /// A word matches a token, or a one-word mention that is that word ("met" naming a meeting).
    private func isWord(_ words: [Int32], at item: Int) -> Bool {
        sentence.ranges[item].count == 1 && words.contains(tokens[sentence.ranges[item].lowerBound].id)
    }

    /// Whether element `element` may match at `item`: false only where it cannot, a required
    /// word or mention being absent there, so that the walk need not go there.
    func mayMatch(_ element: Int, at item: Int) -> Bool {
        guard element < elements.count else { return true }
        switch elements[element] {
        case .words(let words, false):
            return item < sentence.count && isWord(words, at: item)
        case .mention(let mention, false):
            guard item < sentence.count else { return false }
            switch sentence.items[item] {
            case .token: return false
            // A person may come after a title and the title's country or agency.
            case .mentions, .title: return mention.acceptsPerson || !sentence.classes[item].isDisjoint(with: mention.classes)
            }
        default:
            return true
        }
    }

    /// Binds one mention (or a list of them, as long as it goes) of the element's classes at
    /// `item`, pushing the bound indices; returns the item after them, nil for no match.
    private mutating func bind(_ mention: CompiledPattern.Mention, at item: Int) -> Int? {
        guard var end = bindOne(mention, at: item) else { return nil }
        guard mention.list else { return end }
        while end < sentence.count {
            var cursor = end
            var joined = false
            if case .token(let token) = sentence.items[cursor], tokens[token].id == listComma {
                cursor += 1
                joined = true
            }
            if cursor < sentence.count, case .token(let token) = sentence.items[cursor],
                listConjunctions.contains(tokens[token].id)
            {
                cursor += 1
                joined = true
            }
            guard joined, let next = bindOne(mention, at: cursor) else { break }
            end = next
        }
        return end
    }

    /// One mention of the element's classes at `item`. A person may come with the title and
    /// affiliation before it ("Brazilian Foreign Minister Ana Lima" binds Ana Lima).
    private mutating func bindOne(_ mention: CompiledPattern.Mention, at item: Int) -> Int? {
        guard item < sentence.count else { return nil }
        // "[country|agency]? [title] [person]": the person is the head.
        if mention.acceptsPerson {
            var cursor = item
            if case .mentions(let indices) = sentence.items[cursor], cursor + 1 < sentence.count,
                case .title = sentence.items[cursor + 1],
                sentence.mentions(indices).allSatisfy({ kinds[$0].type == .country || kinds[$0].type == .agency })
            {
                cursor += 1
            }
            if case .title = sentence.items[cursor], cursor + 1 < sentence.count,
                case .mentions(let people) = sentence.items[cursor + 1],
                sentence.mentions(people).contains(where: { kinds[$0].type == .person })
            {
                for index in sentence.mentions(people) where kinds[index].type == .person {
                    bound.append((mention.capture, index))
                }
                return cursor + 2
            }
        }
        switch sentence.items[item] {
        case .mentions(let indices):
            guard !sentence.classes[item].isDisjoint(with: mention.classes) else { return nil }
            for index in sentence.mentions(indices) where !classes[index].isDisjoint(with: mention.classes) {
                bound.append((mention.capture, index))
            }
            return item + 1
        case .title(let index):
            guard mention.acceptsTitle else { return nil }
            bound.append((mention.capture, index))
            return item + 1
        case .token:
            return nil
        }
    }
}

extension Array {
    /// Drops the elements after the first `count`, one by one: the search pops a few at a time,
    /// and `removeLast(_:)` would go through `replaceSubrange`.
    fileprivate mutating func truncate(to count: Int) {
        while self.count > count { removeLast() }
    }
}
