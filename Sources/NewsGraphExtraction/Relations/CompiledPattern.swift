import NewsGraphCore

/// A relation pattern compiled against the lexicon for matching: words by vocabulary number,
/// cue classes by number, captures by number, an exclusive gap's refused classes worked out,
/// and each output's relation parsed, so that matching compares integers and turning a match
/// into relations parses nothing.
struct CompiledPattern: Sendable {
    typealias Mask = RelationPattern.MentionClass.Mask

    enum Element: Sendable {
        /// A one-token item whose key is one of the words, by vocabulary number.
        case words([Int32], optional: Bool)
        /// A cue phrase of one of the classes, by number (`CuePhrases`).
        case cue([Int], optional: Bool)
        case mention(Mention, optional: Bool)
        /// Up to `length` items, none of which `refused` accepts: for an exclusive gap the
        /// classes of the mention elements on either side of it, else none.
        case gap(length: Int, refused: Mask)
    }

    struct Mention: Sendable {
        var classes: Mask
        /// The capture number, nil if the element captures nothing.
        var capture: Int?
        var list: Bool
        /// The classes take a person, who may come after a title ("Foreign Minister Ana Lima").
        var acceptsPerson: Bool
        var acceptsTitle: Bool
    }

    /// A relation endpoint: a capture, or `MEETING` (the meeting the sentence is about).
    struct Endpoint: Sendable {
        var isMeeting: Bool
        var capture: Int?
    }

    struct Output: Sendable {
        enum Relation: Sendable {
            case typed(RelationType)
            /// `ROLE[t]`: the relation the title captured as `t` implies.
            case role(title: Int)
        }

        var source: Endpoint
        var relation: Relation
        var target: Endpoint
        /// What every relation the output makes starts with: the pattern's name and the output's
        /// fixed attributes.
        var attributes: [String: AttributeValue]
        /// `{status}`: the relation carries the status the match states.
        var wantsStatus: Bool
    }

    let name: String
    let elements: [Element]
    /// Captures are numbered in order of appearance, so the first mention element that captures
    /// captures number 0.
    let captureCount: Int
    let prefersLeftmost: Bool
    /// Cue classes whose words, in a match outside the pattern's own, drop it (by number).
    let vetoes: [Int]
    let outputs: [Output]
    /// Some output names `MEETING`.
    let namesMeeting: Bool

    /// - Parameter numbering: numbers the pattern's words in the lexicon's vocabulary.
    init(_ pattern: RelationPattern, numbering: inout WordNumbering) {
        let cues = numbering.lexicon.cues
        var captures: [String: Int] = [:]
        for case .mention(_, let capture?, _, _) in pattern.elements where captures[capture] == nil {
            captures[capture] = captures.count
        }
        let person = Mask(accepting: MentionKind(type: .person))
        func classes(at index: Int) -> Mask {
            guard pattern.elements.indices.contains(index), case .mention(let classes, _, _, _) = pattern.elements[index] else {
                return Mask()
            }
            return Mask(classes)
        }
        var elements: [Element] = []
        for (index, element) in pattern.elements.enumerated() {
            switch element {
            case .words(let words, let optional):
                elements.append(.words(words.map { numbering.number($0) }, optional: optional))
            case .cue(let names, let optional):
                // A class cues.tsv lacks is never present: the element cannot match.
                elements.append(.cue(names.compactMap { cues.number(ofClass: $0) }, optional: optional))
            case .mention(let classes, let capture, let list, let optional):
                let mask = Mask(classes)
                let mention = Mention(
                    classes: mask, capture: capture.flatMap { captures[$0] }, list: list,
                    acceptsPerson: !mask.isDisjoint(with: person),
                    acceptsTitle: classes.contains(.title))
                elements.append(.mention(mention, optional: optional))
            case .gap(let length, let exclusive):
                var refused = Mask()
                if exclusive {
                    refused.formUnion(classes(at: index - 1))
                    refused.formUnion(classes(at: index + 1))
                }
                elements.append(.gap(length: length, refused: refused))
            }
        }
        func endpoint(_ name: String) -> Endpoint { Endpoint(isMeeting: name == "MEETING", capture: captures[name]) }
        // The parser refuses a role without a captured title; a pattern built otherwise could
        // make no relation of it, so the output is left out.
        outputs = pattern.outputs.compactMap { output in
            let relation: Output.Relation
            switch output.relation {
            case .role(let titleCapture):
                guard let title = captures[titleCapture] else { return nil }
                relation = .role(title: title)
            case .typed(let type):
                relation = .typed(type)
            }
            // With room for what a match adds: status, hedging, role.
            var attributes = [String: AttributeValue](minimumCapacity: output.attributes.count + 4)
            attributes["pattern"] = .string(pattern.name)
            for (key, value) in output.attributes where key != "status" { attributes[key] = .string(value) }
            return Output(
                source: endpoint(output.source), relation: relation, target: endpoint(output.target), attributes: attributes,
                wantsStatus: output.attributes.keys.contains("status"))
        }
        namesMeeting = outputs.contains { $0.source.isMeeting || $0.target.isMeeting }
        name = pattern.name
        self.elements = elements
        captureCount = captures.count
        prefersLeftmost = pattern.prefersLeftmost
        vetoes = pattern.vetoes.compactMap { cues.number(ofClass: $0) }
    }
}
