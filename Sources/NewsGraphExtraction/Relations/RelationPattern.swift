import Foundation
import NewsGraphCore

/// One relation pattern of `relations.patterns`: a sequence of elements matched over a
/// sentence's tokens and mentions, and the relations a match asserts.
///
/// The file format is documented at the top of `Resources/patterns/relations.patterns`.
public struct RelationPattern: Sendable, Hashable {
    /// A class of mention an element accepts.
    public enum MentionClass: String, Sendable, Hashable, CaseIterable {
        case person, agency, country, place, meeting, policy, commodity, actor, location, title
        /// A policy that restricts or charges (tariffs, controls, bans, investigations).
        case measure
        /// A policy the parties agree (a deal, truce, treaty).
        case accord

        func accepts(_ kind: MentionKind) -> Bool {
            switch self {
            case .actor: [.person, .agency, .country].contains(kind.type)
            case .location: [.place, .country].contains(kind.type)
            case .title: false
            case .measure: kind.type == .policy && !kind.isAccord
            case .accord: kind.type == .policy && kind.isAccord
            default: kind.type.rawValue == rawValue
            }
        }

        /// Classes as bits, one per case, so "does one of these classes accept one of those
        /// kinds" is one AND instead of a loop over both.
        struct Mask: Sendable, Hashable {
            private var bits: UInt32 = 0

            init() {}

            init(_ classes: [MentionClass]) {
                for mentionClass in classes { insert(mentionClass) }
            }

            /// The classes that accept a kind of mention.
            init(accepting kind: MentionKind) {
                self = Self.byKind.first { $0.kind == kind }!.mask
            }

            /// The classes accepting each kind, worked out once: every mention of every document asks.
            private static let byKind: [(kind: MentionKind, mask: Mask)] = EntityType.allCases.flatMap { type in
                [false, true].map { isAccord in
                    let kind = MentionKind(type: type, isAccord: isAccord)
                    var mask = Mask()
                    for mentionClass in MentionClass.allCases where mentionClass.accepts(kind) { mask.insert(mentionClass) }
                    return (kind, mask)
                }
            }

            mutating func insert(_ mentionClass: MentionClass) {
                bits |= 1 << UInt32(MentionClass.allCases.firstIndex(of: mentionClass)!)
            }

            mutating func formUnion(_ other: Mask) { bits |= other.bits }

            func isDisjoint(with other: Mask) -> Bool { bits & other.bits == 0 }
        }
    }

    public enum Element: Sendable, Hashable {
        /// `[person|agency:name]`, `[actor+:a]` (a list: "X, Y and Z").
        case mention(classes: [MentionClass], capture: String?, list: Bool, optional: Bool)
        /// `meet|met` (token keys), `with?`.
        case words([String], optional: Bool)
        /// `<speech>`, `<status-enacted|status-threatened>`: any word or phrase of the cue classes.
        case cue([String], optional: Bool)
        /// `~4`: up to four items; `~4!` also refuses a mention the previous element accepts, so
        /// the match takes the nearest one.
        case gap(Int, exclusive: Bool)
    }

    /// `a attends b`; an endpoint is a capture name, `MEETING` (the meeting the sentence is
    /// about) or, for `ROLE[t]`, the relation the title `t` implies.
    public struct Output: Sendable, Hashable {
        /// What an output makes: a relation of a type, or the one a captured title implies
        /// (`ROLE[t]`: a minister represents a country, a chief executive leads a body).
        public enum Relation: Sendable, Hashable {
            case typed(RelationType)
            case role(titleCapture: String)
        }

        public var source: String
        public var relation: Relation
        public var target: String
        public var attributes: [String: String]
    }

    public var name: String
    public var elements: [Element]
    public var outputs: [Output]
    /// When several matches differ only in their first capture, keep the leftmost (the
    /// sentence's subject) instead of the nearest.
    public var prefersLeftmost: Bool
    /// Cue classes that drop a match when one of their words appears in it outside the
    /// pattern's own words (`@unless <oppose|support>`), as negation does for every pattern.
    public var vetoes: [String] = []
    public var line: Int

    /// What a sentence must hold for the pattern to have a chance: for each required word
    /// element its alternatives, the cue classes, and the mention classes. Lets the matcher skip
    /// most patterns on most sentences without trying them.
    let requiredWords: [[String]]
    let requiredCues: [[String]]
    let requiredMentions: [[MentionClass]]

    init(name: String, elements: [Element], outputs: [Output], prefersLeftmost: Bool, line: Int) {
        self.name = name
        self.elements = elements
        self.outputs = outputs
        self.prefersLeftmost = prefersLeftmost
        self.line = line
        requiredWords = elements.compactMap { if case .words(let words, false) = $0 { words } else { nil } }
        requiredCues = elements.compactMap { if case .cue(let names, false) = $0 { names } else { nil } }
        requiredMentions = elements.compactMap { if case .mention(let classes, _, _, false) = $0 { classes } else { nil } }
    }

    /// Parses a pattern file.
    public static func parse(_ text: String, path: String) throws -> [RelationPattern] {
        var patterns: [RelationPattern] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            do {
                patterns.append(try parseLine(line, number: number + 1))
            } catch let error as PatternSyntaxError {
                throw ExtractionError.badPattern(path: path, line: number + 1, reason: error.reason)
            }
        }
        return patterns
    }

    struct PatternSyntaxError: Error {
        var reason: String
    }

    static func parseLine(_ line: String, number: Int) throws -> RelationPattern {
        let halves = line.components(separatedBy: "=>")
        guard halves.count == 2 else { throw PatternSyntaxError(reason: "expected 'name elements => relations'") }
        var left = halves[0].split(whereSeparator: \.isWhitespace).map(String.init)
        guard left.count >= 2 else { throw PatternSyntaxError(reason: "a pattern needs a name and at least one element") }
        let name = left.removeFirst()
        var leftmost = false
        var vetoes: [String] = []
        // Trailing flags, in any order: "@leftmost", "@unless <class|class>".
        while let last = left.last {
            if last == "@leftmost" {
                leftmost = true
                left.removeLast()
            } else if left.count >= 2, left[left.count - 2] == "@unless", last.hasPrefix("<"), last.hasSuffix(">") {
                vetoes += last.dropFirst().dropLast().split(separator: "|").map(String.init)
                left.removeLast(2)
            } else {
                break
            }
        }
        guard !left.isEmpty else { throw PatternSyntaxError(reason: "a pattern needs a name and at least one element") }
        let elements = try left.map(parseElement)
        var captures = Set<String>()
        for element in elements {
            if case .mention(_, let capture?, _, _) = element { captures.insert(capture) }
        }
        let outputs = try halves[1].split(separator: ";").map { try parseOutput(String($0), captures: captures) }
        guard !outputs.isEmpty else { throw PatternSyntaxError(reason: "no relation after '=>'") }
        var pattern = RelationPattern(name: name, elements: elements, outputs: outputs, prefersLeftmost: leftmost, line: number)
        pattern.vetoes = vetoes
        return pattern
    }

    static func parseElement(_ text: String) throws -> Element {
        var body = text
        var optional = false
        if body.hasSuffix("?") && body.count > 1 {
            optional = true
            body.removeLast()
        }
        if body.hasPrefix("[") && body.hasSuffix("]") {
            var inner = String(body.dropFirst().dropLast())
            var capture: String?
            if let colon = inner.firstIndex(of: ":") {
                capture = String(inner[inner.index(after: colon)...])
                inner = String(inner[..<colon])
            }
            // "[actor+]" and "[policy+|commodity+]" are lists.
            let list = inner.contains("+")
            inner = inner.replacingOccurrences(of: "+", with: "")
            let classes = try inner.split(separator: "|").map { name -> MentionClass in
                guard let mentionClass = MentionClass(rawValue: String(name)) else {
                    throw PatternSyntaxError(
                        reason: "unknown mention class '\(name)' (\(MentionClass.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                return mentionClass
            }
            return .mention(classes: classes, capture: capture, list: list, optional: optional)
        }
        if body.hasPrefix("<") && body.hasSuffix(">") {
            return .cue(body.dropFirst().dropLast().split(separator: "|").map(String.init), optional: optional)
        }
        if body.hasPrefix("~") {
            let exclusive = body.hasSuffix("!")
            let digits = body.dropFirst().filter(\.isNumber)
            guard let count = Int(digits), count > 0 else { throw PatternSyntaxError(reason: "a gap is ~N or ~N!, N > 0") }
            return .gap(count, exclusive: exclusive)
        }
        let words = body.split(separator: "|").map { $0.lowercased() }
        guard !words.isEmpty, words.allSatisfy({ !$0.isEmpty }) else { throw PatternSyntaxError(reason: "empty word in '\(text)'") }
        return .words(words, optional: optional)
    }

    static func parseOutput(_ text: String, captures: Set<String>) throws -> Output {
        var attributes: [String: String] = [:]
        var spec = text
        if let brace = spec.firstIndex(of: "{") {
            guard spec.hasSuffix("}") || spec.trimmingCharacters(in: .whitespaces).hasSuffix("}") else {
                throw PatternSyntaxError(reason: "unclosed '{' in '\(text)'")
            }
            let inner = spec[spec.index(after: brace)...].trimmingCharacters(in: .whitespaces).dropLast()
            for pair in inner.split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                attributes[parts[0]] = parts.count > 1 ? parts[1] : ""
            }
            spec = String(spec[..<brace])
        }
        let words = spec.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count == 3 else { throw PatternSyntaxError(reason: "a relation is 'source type target', got '\(spec.trimmingCharacters(in: .whitespaces))'") }
        for endpoint in [words[0], words[2]] where endpoint != "MEETING" && !captures.contains(endpoint) {
            throw PatternSyntaxError(reason: "'\(endpoint)' is not captured by the pattern")
        }
        let written = words[1]
        let relation: Output.Relation
        if written.hasPrefix("ROLE[") {
            let title = String(written.dropFirst(5).dropLast())
            guard captures.contains(title) else { throw PatternSyntaxError(reason: "ROLE needs a captured title, '\(title)' is not") }
            relation = .role(titleCapture: title)
        } else if let type = RelationType(rawValue: written) {
            relation = .typed(type)
        } else {
            throw PatternSyntaxError(reason: "unknown relation '\(written)'")
        }
        return Output(source: words[0], relation: relation, target: words[2], attributes: attributes)
    }
}
