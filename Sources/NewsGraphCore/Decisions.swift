/// The decisions of one or more decisions files, in the order written, checked for bad lines
/// and for decisions that contradict each other on their face.
///
/// The format (README, "Analyst decisions"): one decision a line; `#` starts a comment line;
/// fields are separated by tabs, or, on a line with no tab, by spaces, a field with spaces in
/// it written in double quotes (`"Ana Lima"`, `\"` and `\\` inside). After the fields a
/// decision takes comes its reason, required for `same`, `different` and `drop`.
///
/// ```
/// same       "Nordic Salmon Council"  "NSC"            its own site spells out NSC
/// different  "Park Min-jun"  "Park Seo-yeon"           siblings, both ministers
/// type       "Harbour Rovers"  agency                  a football club
/// label      person:ana-lima  "Ana Maria Lima"
/// drop       "Leave A Reply"                           page furniture
/// edge-drop  "Ana Lima"  attends  "Oslo talks"         she sent a deputy
/// ```
public struct Decisions: Hashable, Sendable {
    public private(set) var items: [Decision]

    /// No decisions: resolution runs as it does without a file.
    public init() { items = [] }

    /// The decisions of `files` (each its path as the user gave it and its text), in order.
    ///
    /// - Throws: ``DecisionError`` for the first bad line, for two files of one name (output
    ///   cites decisions by file name), or for two decisions that contradict each other.
    public init(files: [(path: String, text: String)]) throws(DecisionError) {
        var items: [Decision] = []
        var pathOfName: [String: String] = [:]
        for (path, text) in files {
            let name = Self.fileName(path)
            if let other = pathOfName[name], other != path {
                throw .file(
                    path: path, reason: "another decisions file, \(other), has the same name; output cites decisions by file name"
                )
            }
            pathOfName[name] = path
            items += try Self.parse(text, path: path)
        }
        try Self.checkContradictions(items)
        self.items = items
    }

    public var isEmpty: Bool { items.isEmpty }

    /// The last component of a path: what output calls the file.
    static func fileName(_ path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        return name.isEmpty ? path : name
    }

    // MARK: Reading

    /// The decisions of one file's text.
    static func parse(_ text: String, path: String) throws(DecisionError) -> [Decision] {
        var decisions: [Decision] = []
        let file = fileName(path)
        // "\r\n" is one Character: each of the three line ends ends a line.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            func bad(_ reason: String) -> DecisionError { .line(path: path, line: number, reason: reason) }
            var line = Substring(raw)
            while let last = line.last, last == "\r" || last == " " || last == "\t" { line.removeLast() }
            while let first = line.first, first == " " || first == "\t" { line.removeFirst() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if let control = line.unicodeScalars.first(where: { $0 != "\t" && ($0.properties.generalCategory == .control) }) {
                throw bad("a control character (U+\(String(control.value, radix: 16, uppercase: true))) in the line")
            }
            let fields: [Field]
            do { fields = try Self.fields(line) } catch { throw bad(error.reason) }
            let keyword = fields[0].text.lowercased()
            guard let arity = Self.arity[keyword] else {
                throw bad("unknown decision '\(fields[0].text)' (choose same, different, type, label, drop or edge-drop)")
            }
            guard fields.count > arity else {
                throw bad("'\(keyword)' takes \(Self.usage[keyword]!)")
            }
            let arguments = fields[1...arity].map(\.text)
            if let empty = arguments.firstIndex(where: { $0.trimmingSpaces().isEmpty }) {
                throw bad("'\(keyword)' takes \(Self.usage[keyword]!); field \(empty + 2) is empty")
            }
            var reason = ""
            if fields.count > arity + 1 {
                let rest = fields[(arity + 1)...]
                reason = rest.count == 1 ? rest.first!.text : String(line[rest.first!.start...])
                reason = String(reason.map { $0 == "\t" ? " " : $0 }).trimmingSpaces()
            }
            let action: Decision.Action
            switch keyword {
            case "same", "different":
                guard Decision.normalized(arguments[0]) != Decision.normalized(arguments[1]) else {
                    throw bad("'\(keyword)' names '\(arguments[0])' twice")
                }
                action = keyword == "same" ? .same(arguments[0], arguments[1]) : .different(arguments[0], arguments[1])
            case "type":
                guard let type = EntityType(rawValue: arguments[1].lowercased()) else {
                    throw bad(
                        "unknown type '\(arguments[1])' (choose \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                action = .type(arguments[0], type)
            case "label":
                action = .label(arguments[0], arguments[1].trimmingSpaces())
            case "drop":
                action = .drop(arguments[0])
            default:
                guard let type = RelationType(rawValue: arguments[1].lowercased()) else {
                    throw bad(
                        "unknown relation '\(arguments[1])' (choose \(RelationType.allCases.map(\.rawValue).joined(separator: ", ")))"
                    )
                }
                action = .dropEdge(source: arguments[0], type: type, target: arguments[2])
            }
            if reason.isEmpty && ["same", "different", "drop"].contains(keyword) {
                throw bad("'\(keyword)' needs a reason after \(arity == 1 ? "its entity" : "its two entities")")
            }
            let origin = DecisionLine(file: file, line: number, text: Decision.text(of: action, reason: reason))
            decisions.append(Decision(action: action, reason: reason, origin: origin, path: path))
        }
        return decisions
    }

    /// How many fields each decision takes after its keyword.
    private static let arity = ["same": 2, "different": 2, "type": 2, "label": 2, "drop": 1, "edge-drop": 3]
    private static let usage = [
        "same": "two entities and a reason", "different": "two entities and a reason", "type": "an entity and a type",
        "label": "an entity and its label", "drop": "an entity and a reason",
        "edge-drop": "a source entity, a relation type and a target entity",
    ]

    /// A field of a line: its text (unquoted) and where it starts in the line.
    struct Field {
        var text: String
        var start: Substring.Index
    }

    struct FieldError: Error {
        var reason: String
    }

    /// The fields of a line: split at tabs if it has any, else at runs of spaces, with double
    /// quotes keeping a field's spaces.
    static func fields(_ line: Substring) throws(FieldError) -> [Field] {
        var fields: [Field] = []
        let splitsAtTabs = line.contains("\t")
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "\t" || (!splitsAtTabs && character == " ") {
                index = line.index(after: index)
                continue
            }
            let start = index
            var text = ""
            if character == "\"" {
                index = line.index(after: index)
                var closed = false
                while index < line.endIndex {
                    let c = line[index]
                    if c == "\\", line.index(after: index) < line.endIndex {
                        index = line.index(after: index)
                        text.append(line[index])
                    } else if c == "\"" {
                        closed = true
                        index = line.index(after: index)
                        break
                    } else {
                        text.append(c)
                    }
                    index = line.index(after: index)
                }
                guard closed else { throw FieldError(reason: "a quote opened and not closed") }
                // What follows a closing quote must end the field.
                if index < line.endIndex, line[index] != "\t", splitsAtTabs || line[index] != " " {
                    if splitsAtTabs {
                        while index < line.endIndex, line[index] == " " { index = line.index(after: index) }
                        if index < line.endIndex, line[index] != "\t" {
                            throw FieldError(reason: "text after a closing quote in the same field")
                        }
                    } else {
                        throw FieldError(reason: "text after a closing quote in the same field")
                    }
                }
            } else {
                while index < line.endIndex, line[index] != "\t", splitsAtTabs || line[index] != " " {
                    text.append(line[index])
                    index = line.index(after: index)
                }
                if splitsAtTabs { text = text.trimmingSpaces() }
            }
            fields.append(Field(text: text, start: start))
        }
        return fields
    }

    // MARK: Contradictions

    /// Two decisions about the same names that cannot both hold: the same pair both one entity
    /// and two, one name given two types or two labels, a dropped name also joined, typed or
    /// labelled. Reported at the later line, naming the earlier.
    static func checkContradictions(_ items: [Decision]) throws(DecisionError) {
        var pairs: [String: Decision] = [:]
        var types: [String: Decision] = [:]
        var labels: [String: Decision] = [:]
        var drops: [String: Decision] = [:]
        /// Names joined, typed or labelled, with the first decision that did.
        var shaped: [String: Decision] = [:]
        func pairKey(_ a: String, _ b: String) -> String {
            [Decision.normalized(a), Decision.normalized(b)].sorted().joined(separator: "\u{0}")
        }
        func clash(_ decision: Decision, _ earlier: Decision, _ why: String) -> DecisionError {
            .at(decision, "contradicts \(earlier.location) (\(earlier.origin.text)): \(why)")
        }
        for decision in items {
            switch decision.action {
            case .same(let a, let b), .different(let a, let b):
                let key = pairKey(a, b)
                if let earlier = pairs[key], earlier.keyword != decision.keyword {
                    throw clash(decision, earlier, "'\(a)' and '\(b)' cannot be both one entity and two")
                }
                pairs[key] = pairs[key] ?? decision
            case .type(let a, let type):
                let key = Decision.normalized(a)
                if let earlier = types[key], case .type(_, let other) = earlier.action, other != type {
                    throw clash(decision, earlier, "'\(a)' cannot be both \(other.rawValue) and \(type.rawValue)")
                }
                types[key] = types[key] ?? decision
            case .label(let a, let label):
                let key = Decision.normalized(a)
                if let earlier = labels[key], case .label(_, let other) = earlier.action, other != label {
                    throw clash(decision, earlier, "'\(a)' cannot be labelled both '\(other)' and '\(label)'")
                }
                labels[key] = labels[key] ?? decision
            case .drop, .dropEdge:
                break
            }
            switch decision.action {
            case .same(let a, let b):
                for name in [a, b] { shaped[Decision.normalized(name)] = shaped[Decision.normalized(name)] ?? decision }
            case .type(let a, _), .label(let a, _):
                shaped[Decision.normalized(a)] = shaped[Decision.normalized(a)] ?? decision
            case .drop(let a):
                drops[Decision.normalized(a)] = drops[Decision.normalized(a)] ?? decision
            default:
                break
            }
            for name in decision.references {
                let key = Decision.normalized(name)
                if case .drop = decision.action, let earlier = shaped[key] {
                    throw clash(decision, earlier, "'\(name)' cannot be dropped and kept")
                }
                if let earlier = drops[key], earlier != decision, shapes(decision) {
                    throw clash(decision, earlier, "'\(name)' cannot be dropped and kept")
                }
            }
        }
    }

    /// Whether a decision keeps its entities and shapes them (joins, types, labels them).
    static func shapes(_ decision: Decision) -> Bool {
        switch decision.action {
        case .same, .type, .label: true
        case .different, .drop, .dropEdge: false
        }
    }
}
