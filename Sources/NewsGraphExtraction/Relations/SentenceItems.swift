import NewsGraphCore

/// A sentence seen as patterns see it: tokens, with each mention and title folded into one item.
///
/// One value serves every sentence of a document: `fill` reuses its arrays.
struct SentenceItems {
    typealias Mask = RelationPattern.MentionClass.Mask

    enum Item {
        case token(Int)
        /// One or more mentions sharing a span, as a range of `mentionIndices`; a plural
        /// trigger can stand for several meetings ("meetings in Oslo and Nairobi").
        case mentions(Range<Int>)
        case title(Int)
    }

    private(set) var items: [Item] = []
    /// Token range `[start, end)` of each item.
    private(set) var ranges: [Range<Int>] = []
    /// The pattern classes that accept each item: its mentions', `.title` for a title, none for a token.
    private(set) var classes: [Mask] = []
    /// The mentions of the `.mentions` items, by index into the document's mentions.
    private var mentionIndices: [Int] = []
    /// By token offset in the sentence: the end of the longest mention starting there (-1: none),
    /// and the title starting there (-1: none). Kept at -1 between sentences (`fill` resets what
    /// it set) rather than filled anew for each.
    private var longestMentionEnd: [Int] = []
    private var titleAt: [Int] = []

    private static let title = Mask([.title])

    var count: Int { items.count }

    /// The mentions of a `.mentions` item.
    func mentions(_ range: Range<Int>) -> ArraySlice<Int> { mentionIndices[range] }

    /// Makes the items of `sentence`, forgetting the previous sentence's. Where mentions start,
    /// the longest of them (all that end alike) are one item; else a title starting there is;
    /// else the token is.
    /// - Parameters:
    ///   - sentenceMentions: the sentence's mentions, by index into the document's, in order.
    ///   - sentenceTitles: the sentence's titles, by index into `titles`, in order.
    ///   - itemRanges: the tokens patterns see of each document mention (`itemRange`).
    ///   - mentionClasses: the pattern classes that accept each document mention.
    mutating func fill(
        _ sentence: Sentence, mentions sentenceMentions: ArraySlice<Int>, titles sentenceTitles: ArraySlice<Int>,
        itemRanges: [Range<Int>], mentionClasses: [Mask], titles: [TitleMention]
    ) {
        items.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        classes.removeAll(keepingCapacity: true)
        mentionIndices.removeAll(keepingCapacity: true)
        let lower = sentence.tokens.lowerBound
        if longestMentionEnd.count < sentence.tokens.count {
            longestMentionEnd += repeatElement(-1, count: sentence.tokens.count - longestMentionEnd.count)
            titleAt += repeatElement(-1, count: sentence.tokens.count - titleAt.count)
        }
        defer {
            for index in sentenceMentions where sentence.tokens.contains(itemRanges[index].lowerBound) {
                longestMentionEnd[itemRanges[index].lowerBound - lower] = -1
            }
            for index in sentenceTitles where sentence.tokens.contains(titles[index].start) {
                titleAt[titles[index].start - lower] = -1
            }
        }
        for index in sentenceMentions where sentence.tokens.contains(itemRanges[index].lowerBound) {
            let offset = itemRanges[index].lowerBound - lower
            longestMentionEnd[offset] = max(longestMentionEnd[offset], itemRanges[index].upperBound)
        }
        for index in sentenceTitles where sentence.tokens.contains(titles[index].start) {
            titleAt[titles[index].start - lower] = index
        }
        var token = lower
        while token < sentence.tokens.upperBound {
            let end = longestMentionEnd[token - lower]
            let title = titleAt[token - lower]
            if end >= 0 {
                let first = mentionIndices.count
                var accepting = Mask()
                for index in sentenceMentions where itemRanges[index] == token..<end {
                    mentionIndices.append(index)
                    accepting.formUnion(mentionClasses[index])
                }
                append(.mentions(first..<mentionIndices.count), token..<end, accepting)
                token = end
            } else if title >= 0 {
                append(.title(title), token..<titles[title].end, Self.title)
                token = titles[title].end
            } else {
                append(.token(token), token..<(token + 1), Mask())
                token += 1
            }
        }
    }

    private mutating func append(_ item: Item, _ range: Range<Int>, _ accepting: Mask) {
        items.append(item)
        ranges.append(range)
        classes.append(accepting)
    }
}
