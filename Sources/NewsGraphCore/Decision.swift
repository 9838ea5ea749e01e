/// One judgement of an analyst's, read from a line of a decisions file: two names are one
/// entity or two, an entity's type or label, a name that is no entity, a relation that is wrong.
///
/// Resolution applies decisions as it builds the graph (`CorpusResolver`), so every rebuild
/// keeps them; `EntityGraph.applying(_:)` applies them to a saved graph. Each applied decision
/// leaves a ``Diagnostic`` whose ``Diagnostic/decision`` names the file and line.
public struct Decision: Hashable, Sendable {
    /// What the analyst decided. Entities are named as the graph names them: a node id
    /// (`person:ana-lima`), a label or an alias, ignoring case.
    public enum Action: Hashable, Sendable {
        /// Always one entity, whatever the rules say.
        case same(String, String)
        /// Never one entity, even when every rule would join them.
        case different(String, String)
        /// The entity is of this type.
        case type(String, EntityType)
        /// The entity is shown under this label; the name it had stays an alias.
        case label(String, String)
        /// Not an entity (page furniture, a misread phrase): as if no article named it.
        case drop(String)
        /// The relation `source -type-> target` is wrong.
        case dropEdge(source: String, type: RelationType, target: String)
    }

    public var action: Action
    /// Why, in the analyst's words; may be empty where the format allows it.
    public var reason: String
    /// The file's name, the line and the decision as written: what output reports.
    public var origin: DecisionLine
    /// The file as the user gave it, for error messages.
    public var path: String

    public init(action: Action, reason: String, origin: DecisionLine, path: String) {
        self.action = action
        self.reason = reason
        self.origin = origin
        self.path = path
    }

    /// The word that starts the line: `same`, `different`, `type`, `label`, `drop`, `edge-drop`.
    public var keyword: String { Self.keyword(of: action) }

    static func keyword(of action: Action) -> String {
        switch action {
        case .same: "same"
        case .different: "different"
        case .type: "type"
        case .label: "label"
        case .drop: "drop"
        case .dropEdge: "edge-drop"
        }
    }

    /// The entity names the decision refers to, in the order written.
    public var references: [String] {
        switch action {
        case .same(let a, let b), .different(let a, let b): [a, b]
        case .type(let a, _), .label(let a, _), .drop(let a): [a]
        case .dropEdge(let source, _, let target): [source, target]
        }
    }

    /// "decisions.tsv:3", as output cites it.
    public var place: String { "\(origin.file):\(origin.line)" }

    /// "notes/decisions.tsv:3", as error messages cite it: the path the user gave.
    public var location: String { "\(path):\(origin.line)" }

    /// The mark a node shaped by this decision carries in its `decisions` attribute:
    /// "decisions.tsv:3 different".
    public var mark: String { "\(place) \(keyword)" }

    /// The decision in the file's canonical form: the keyword, each name in double quotes,
    /// types bare, then the reason. It reads back as the same decision.
    public static func text(of action: Action, reason: String) -> String {
        var fields = [keyword(of: action)]
        switch action {
        case .same(let a, let b), .different(let a, let b): fields += [quoted(a), quoted(b)]
        case .type(let a, let type): fields += [quoted(a), type.rawValue]
        case .label(let a, let label): fields += [quoted(a), quoted(label)]
        case .drop(let a): fields.append(quoted(a))
        case .dropEdge(let source, let type, let target): fields += [quoted(source), type.rawValue, quoted(target)]
        }
        if !reason.isEmpty { fields.append(reason) }
        return fields.joined(separator: " ")
    }

    /// `text` in double quotes, with `\` and `"` escaped by a backslash.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            if character == "\\" || character == "\"" { out.append("\\") }
            out.append(character)
        }
        return out + "\""
    }

    /// Up to three of `names` that look like `name`, most alike first, for a "close:" hint:
    /// those that contain it or that it contains, then those sharing most letter pairs with it
    /// (Dice coefficient of bigrams, at least 0.5).
    public static func closeNames(to name: String, among names: some Sequence<String>) -> [String] {
        let wanted = normalized(name)
        guard wanted.count >= 3 else { return [] }
        var best: [String: Double] = [:]
        for candidate in names where !candidate.isEmpty {
            let lowered = normalized(candidate)
            let contains = lowered.contains(wanted) || (lowered.count >= 3 && wanted.contains(lowered))
            let score = contains ? 1 : EntityGraph.bigramSimilarity(wanted, lowered)
            if score >= 0.5 { best[candidate] = max(best[candidate] ?? 0, score) }
        }
        return best.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3).map(\.key)
    }

    /// A name as decisions compare it: lowercased, runs of white space as one space.
    public static func normalized(_ name: String) -> String {
        // Most names are ASCII words with single spaces: lowercasing is all they need. Matching
        // normalizes every name and mention of a corpus, so the common case stays cheap.
        var previousIsSpace = true
        var isSimple = true
        for byte in name.utf8 {
            if byte >= 0x80 || (byte < 0x20) || (byte == 0x20 && previousIsSpace) {
                isSimple = false
                break
            }
            previousIsSpace = byte == 0x20
        }
        if isSimple && !previousIsSpace { return name.lowercased() }
        return name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Where a decision was written and what it says, as a diagnostic reports it.
public struct DecisionLine: Codable, Hashable, Sendable, Comparable {
    /// The decisions file's name (never its folder, so output does not depend on where it is).
    public var file: String
    /// The line, from 1.
    public var line: Int
    /// The decision in the file's canonical form (``Decision/text(of:reason:)``).
    public var text: String

    public init(file: String, line: Int, text: String) {
        self.file = file
        self.line = line
        self.text = text
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.file, lhs.line, lhs.text) < (rhs.file, rhs.line, rhs.text)
    }
}

/// Why a decisions file cannot be used: one line, naming the file and, where there is one, the line.
public enum DecisionError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file as a whole (unreadable, not UTF-8, a name another decisions file has).
    case file(path: String, reason: String)
    /// One line: it cannot be read, names nothing, or contradicts another.
    case line(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .file(let path, let reason): "cannot use decisions \(path): \(reason)"
        case .line(let path, let line, let reason): "cannot use decisions \(path):\(line): \(reason)"
        }
    }

    /// The error for `decision`'s line.
    public static func at(_ decision: Decision, _ reason: String) -> DecisionError {
        .line(path: decision.path, line: decision.origin.line, reason: reason)
    }
}
