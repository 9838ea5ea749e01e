import NewsGraphCore

/// A sentence seen as patterns see it: tokens, with each mention and title folded into one item.
struct SentenceItems {
    enum Item {
        case token(Int)
        /// One or more mentions (by index into the document's mentions) sharing a span; a
        /// plural trigger can stand for several meetings ("meetings in Oslo and Nairobi").
        case mentions([Int])
        case title(Int)
    }

    var items: [Item]
    /// Token range `[start, end)` of each item.
    var ranges: [Range<Int>]
}

/// A successful match of one pattern.
struct PatternMatch {
    var pattern: RelationPattern
    /// Capture name → mention indices (or, for titles, title indices).
    var bindings: [String: [Int]]
    /// Items `[first, end)` the match spans.
    var firstItem: Int
    var endItem: Int
    /// Tokens the pattern's own words matched (so a pattern may say "not accept" itself).
    var literalTokens: Set<Int>
}

/// Matches relation patterns over a sentence's items, with backtracking over gaps and lists.
struct PatternMatcher {
    let lexicon: Lexicon
    /// What each document mention is, by index.
    let kinds: [MentionKind]
    /// The pattern classes that accept each document mention, by index.
    let classes: [RelationPattern.MentionClass.Mask]

    init(lexicon: Lexicon, kinds: [MentionKind]) {
        self.lexicon = lexicon
        self.kinds = kinds
        classes = kinds.map(RelationPattern.MentionClass.Mask.init(accepting:))
    }

    func matches(_ patterns: PatternSet, in sentence: SentenceItems, tokens: [Token], cues: SentenceCues) -> [PatternMatch] {
        var found: [PatternMatch] = []
        let present = Presence(sentence, patterns: patterns, tokens: tokens, cues: cues, matcher: self)
        for pattern in patterns.candidates(present) {
            var matches: [PatternMatch] = []
            for start in sentence.items.indices where present.mayStart(pattern, at: start, sentence) {
                var results: [Partial] = []
                match(pattern, element: 0, item: start, state: State(), sentence: sentence, tokens: tokens, cues: cues, into: &results)
                // Every distinct set of captures from a start position, each with its longest match.
                // A start gives few results: comparing their captures costs less than hashing them.
                var longest: [Partial] = []
                for result in results {
                    if let index = longest.firstIndex(where: { $0.bindings == result.bindings }) {
                        if longest[index].item < result.item { longest[index] = result }
                    } else {
                        longest.append(result)
                    }
                }
                for best in longest {
                    matches.append(
                        PatternMatch(
                            pattern: pattern, bindings: best.bindings, firstItem: start, endItem: best.item,
                            literalTokens: best.literals))
                }
            }
            found += preferred(matches, pattern)
        }
        return found
    }

    /// What one sentence holds, to skip patterns that cannot match it: the words and cue
    /// classes patterns require (numbered by the `PatternSet`), and the mention classes.
    struct Presence {
        var words: BitSet
        var cues: BitSet
        var classes = RelationPattern.MentionClass.Mask()
        let kinds: [MentionKind]
        let tokens: [Token]

        init(_ sentence: SentenceItems, patterns: PatternSet, tokens: [Token], cues sentenceCues: SentenceCues, matcher: PatternMatcher) {
            self.kinds = matcher.kinds
            self.tokens = tokens
            words = BitSet(count: patterns.wordIDs.count)
            cues = BitSet(count: patterns.cueIDs.count)
            for (item, range) in zip(sentence.items, sentence.ranges) {
                switch item {
                case .token(let token):
                    if let word = patterns.word(of: tokens[token]) { words.insert(word) }
                    for match in sentenceCues.at(token) {
                        for case .cue(let name) in match.hits {
                            if let cue = patterns.cueIDs[name] { cues.insert(cue) }
                        }
                    }
                case .mentions(let indices):
                    for index in indices { classes.formUnion(matcher.classes[index]) }
                    if range.count == 1, let word = patterns.word(of: tokens[range.lowerBound]) { words.insert(word) }
                case .title:
                    classes.insert(.title)
                }
            }
        }

        /// A pattern that opens with a required mention or word can only start on one.
        func mayStart(_ pattern: RelationPattern, at item: Int, _ sentence: SentenceItems) -> Bool {
            switch pattern.elements.first {
            case .mention(let classes, _, _, false)?:
                switch sentence.items[item] {
                case .mentions(let indices): return indices.contains { index in classes.contains { $0.accepts(kinds[index]) } }
                case .title: return true  // a title may open "[title] [person]"
                case .token: return false
                }
            case .words(let words, false)?:
                return sentence.ranges[item].count == 1 && words.contains(tokens[sentence.ranges[item].lowerBound].key)
            default:
                return true
            }
        }
    }

    /// Of matches that differ only in their first capture, the nearest (or, with `@leftmost`, the leftmost).
    private func preferred(_ matches: [PatternMatch], _ pattern: RelationPattern) -> [PatternMatch] {
        guard !matches.isEmpty, let firstCapture = pattern.elements.lazy.compactMap({ element -> String? in
            if case .mention(_, let capture?, _, _) = element { return capture }
            return nil
        }).first else { return matches }
        // Each match's first capture and other captures, worked out once rather than per pair.
        let firsts = matches.map { Set($0.bindings[firstCapture] ?? []) }
        let rests = matches.map { $0.bindings.filter { $0.key != firstCapture } }
        // A list and its own tail ("Lima and Berg", "Berg") are one subject: keep the list.
        let kept = matches.indices.filter { index in
            !matches.indices.contains { other in
                firsts[other].count > firsts[index].count && firsts[other].isSuperset(of: firsts[index]) && rests[other] == rests[index]
            }
        }
        // The best match for each set of other captures, found by comparing captures rather than
        // hashing them (the pairwise test above already assumes few matches).
        var best: [PatternMatch] = []
        var bestRests: [[String: [Int]]] = []
        for index in kept {
            let match = matches[index]
            if let slot = bestRests.firstIndex(of: rests[index]) {
                let existing = best[slot]
                let better = pattern.prefersLeftmost ? match.firstItem < existing.firstItem : match.firstItem > existing.firstItem
                if better { best[slot] = match }
            } else {
                best.append(match)
                bestRests.append(rests[index])
            }
        }
        return best
    }

    struct State {
        var bindings: [String: [Int]] = [:]
        var literals: Set<Int> = []
    }

    struct Partial {
        var item: Int
        var bindings: [String: [Int]]
        var literals: Set<Int>
    }

    /// Appends every way to match the pattern's elements from `element` on, starting at `item`,
    /// to `results` (one array for the whole search rather than one per step).
    private func match(
        _ pattern: RelationPattern, element: Int, item: Int, state: State, sentence: SentenceItems, tokens: [Token],
        cues: SentenceCues, into results: inout [Partial]
    ) {
        if element == pattern.elements.count {
            results.append(Partial(item: item, bindings: state.bindings, literals: state.literals))
            return
        }
        let count = sentence.items.count
        func next(_ item: Int, _ state: State) {
            match(pattern, element: element + 1, item: item, state: state, sentence: sentence, tokens: tokens, cues: cues, into: &results)
        }
        switch pattern.elements[element] {
        case .words(let words, let optional):
            // A word matches a token, or a one-word mention that is that word ("met" naming a meeting).
            if item < count, sentence.ranges[item].count == 1, words.contains(tokens[sentence.ranges[item].lowerBound].key) {
                var state2 = state
                state2.literals.insert(sentence.ranges[item].lowerBound)
                next(item + 1, state2)
            }
            if optional { next(item, state) }
        case .cue(let names, let optional):
            if item < count, case .token(let token) = sentence.items[item],
                let end = cueEnd(names, at: token, cues: cues)
            {
                var after = item
                var state2 = state
                while after < count && sentence.ranges[after].lowerBound < end {
                    if case .token(let t) = sentence.items[after] { state2.literals.insert(t) }
                    after += 1
                }
                next(after, state2)
            }
            if optional { next(item, state) }
        case .mention(let classes, let capture, let list, let optional):
            for (end, bound) in mentionMatches(classes, list: list, at: item, sentence: sentence, tokens: tokens) {
                var state2 = state
                if let capture { state2.bindings[capture, default: []] += bound }
                next(end, state2)
            }
            if optional { next(item, state) }
        case .gap(let length, let exclusive):
            // An exclusive gap holds no mention of the kinds on either side of it: the match
            // takes the nearest subject and the nearest object.
            var excluded: [RelationPattern.MentionClass] = []
            if exclusive {
                if element > 0, case .mention(let classes, _, _, _) = pattern.elements[element - 1] { excluded += classes }
                if element + 1 < pattern.elements.count, case .mention(let classes, _, _, _) = pattern.elements[element + 1] {
                    excluded += classes
                }
            }
            var skip = 0
            while skip <= length && item + skip <= count {
                if skip > 0 && accepts(excluded, sentence.items[item + skip - 1]) { break }
                next(item + skip, state)
                skip += 1
            }
        }
    }

    /// The end (token offset) of the longest cue phrase of one of `names` starting at `token`.
    private func cueEnd(_ names: [String], at token: Int, cues: SentenceCues) -> Int? {
        for match in cues.at(token)
        where names.contains(where: { match.hits.contains(.cue($0)) }) {
            return match.end
        }
        return nil
    }

    private func accepts(_ classes: [RelationPattern.MentionClass], _ item: SentenceItems.Item) -> Bool {
        switch item {
        case .mentions(let indices): indices.contains { index in classes.contains { $0.accepts(kinds[index]) } }
        case .title: classes.contains(.title)
        case .token: false
        }
    }

    /// One mention (or a list of them) of the given classes at `item`: every way to match, as
    /// (next item, bound indices). A person may come with the title and affiliation before it
    /// ("Brazilian Foreign Minister Ana Lima" binds Ana Lima).
    private func mentionMatches(
        _ classes: [RelationPattern.MentionClass], list: Bool, at item: Int, sentence: SentenceItems, tokens: [Token]
    ) -> [(Int, [Int])] {
        guard let first = single(classes, at: item, sentence: sentence) else { return [] }
        var results = [first]
        guard list else { return results }
        var (end, bound) = first
        while end < sentence.items.count {
            var cursor = end
            var joined = false
            if case .token(let token) = sentence.items[cursor], tokens[token].key == "," {
                cursor += 1
                joined = true
            }
            if cursor < sentence.items.count, case .token(let token) = sentence.items[cursor],
                tokens[token].key == "and" || tokens[token].key == "or" || tokens[token].key == "&"
            {
                cursor += 1
                joined = true
            }
            guard joined, let more = single(classes, at: cursor, sentence: sentence) else { break }
            end = more.0
            bound += more.1
            results.append((end, bound))
        }
        return [results.last!]
    }

    private func single(
        _ classes: [RelationPattern.MentionClass], at item: Int, sentence: SentenceItems
    ) -> (Int, [Int])? {
        guard item < sentence.items.count else { return nil }
        let wantsPerson = classes.contains { $0.accepts(MentionKind(type: .person)) }
        // "[country|agency]? [title] [person]": the person is the head.
        if wantsPerson {
            var cursor = item
            if case .mentions(let indices) = sentence.items[cursor], cursor + 1 < sentence.items.count,
                case .title = sentence.items[cursor + 1],
                indices.allSatisfy({ [.country, .agency].contains(kinds[$0].type) })
            {
                cursor += 1
            }
            if case .title = sentence.items[cursor], cursor + 1 < sentence.items.count,
                case .mentions(let people) = sentence.items[cursor + 1], people.contains(where: { kinds[$0].type == .person })
            {
                return (cursor + 2, people.filter { kinds[$0].type == .person })
            }
        }
        switch sentence.items[item] {
        case .mentions(let indices):
            let accepted = indices.filter { index in classes.contains { $0.accepts(kinds[index]) } }
            return accepted.isEmpty ? nil : (item + 1, accepted)
        case .title(let index):
            return classes.contains(.title) ? (item + 1, [index]) : nil
        case .token:
            return nil
        }
    }
}
