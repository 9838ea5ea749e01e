import NewsGraphCore

/// Resolves the mentions of one document to the entities they name: a surname to the full name
/// given earlier ("Ana Lima" … "Lima"), a family name written first ("Wang Jianguo" …
/// "Wang"), an acronym to the name it abbreviates ("IRSS"), a spelling slip inside a list of the
/// same people ("Hu, Lema and Berg" beside "He Jianming").
///
/// Mentions with no evidence of their own are kept only when they resolve; the rest are
/// passed on as unresolved, for the corpus to settle.
struct DocumentResolver {
    let lexicon: Lexicon

    struct Output {
        var mentions: [MentionCandidate]
        var diagnostics: [Diagnostic]
    }

    func resolve(_ input: [MentionCandidate], tokens: [Token], documentID: String) -> Output {
        var mentions = input
        var diagnostics: [Diagnostic] = []
        resolveAcronyms(&mentions, tokens)
        // Full names: persons of two or more words with evidence of their own.
        var heads: [String: String] = [:]  // normalised full name -> key
        var headOrder: [(name: String, position: Int)] = []
        for (index, mention) in mentions.enumerated() where mention.type == .person && !mention.isWeak {
            let name = normalisedName(mention.name)
            if name.split(separator: " ").count >= 2 {
                mentions[index].key = "person:\(name)"
                if heads[name] == nil { headOrder.append((name, mention.start)) }
                heads[name] = "person:\(name)"
            }
        }
        // Full names by the word a short form would use: the surname, or a family name written first.
        var headsByShortForm: [String: [(name: String, position: Int)]] = [:]
        for head in headOrder {
            let parts = head.name.split(separator: " ").map(String.init)
            headsByShortForm[parts.last!, default: []].append(head)
            if isFamilyNameFirst(parts) && parts.first != parts.last { headsByShortForm[parts.first!, default: []].append(head) }
        }
        for index in mentions.indices where mentions[index].type == .person && mentions[index].key.isEmpty {
            let name = normalisedName(mentions[index].name)
            if let key = heads[name] {
                mentions[index].key = key
                mentions[index].isWeak = false
                continue
            }
            let candidates = headsByShortForm[name] ?? []
            if let head = nearestBefore(candidates, mentions[index].start) {
                mentions[index].key = "person:\(head)"
                mentions[index].isWeak = false
                continue
            }
            if mentions[index].isWeak, let variant = spellingVariant(mentions[index], in: mentions, heads: headOrder) {
                diagnostics.append(
                    Diagnostic(
                        id: "resolve.spelling-variant", severity: .note,
                        message: "in \(documentID), '\(mentions[index].name)' read as a misspelling of '\(variant.display)' (one edit, listed with the same people)",
                        subjects: ["person:\(variant.name)"]))
                mentions[index].key = "person:\(variant.name)"
                mentions[index].isWeak = false
                continue
            }
            mentions[index].key = "person:\(name)"
        }
        typeByContext(&mentions, tokens, heads: heads)
        // Governments named after a person resolve with the person.
        for index in mentions.indices where mentions[index].type == .agency && mentions[index].isWeak
            && mentions[index].attributes["leader"] != nil
        {
            let leader = normalisedName(mentions[index].attributes["leader"] ?? "")
            if heads[leader] != nil || headOrder.contains(where: { $0.name.split(separator: " ").last.map(String.init) == leader }) {
                mentions[index].isWeak = false
            }
        }
        return Output(mentions: mentions, diagnostics: diagnostics)
    }

    func isFamilyNameFirst(_ parts: [String]) -> Bool { lexicon.isFamilyNameFirst(parts) }

    /// Names no lexicon knows and no person claims, typed by how the document uses them: after
    /// "in" or "near" a place ("in Natanz"), named twice or more an organisation ("Gazprom").
    /// Family names are left for the corpus, which may know the person.
    private func typeByContext(_ mentions: inout [MentionCandidate], _ tokens: [Token], heads: [String: String]) {
        var byName: [String: [Int]] = [:]
        for (index, mention) in mentions.enumerated() where mention.type == .person && mention.isWeak {
            byName[normalisedName(mention.name), default: []].append(index)
        }
        let placeWords: Set<String> = ["in", "at", "near", "outside", "inside", "across", "around", "towards", "toward"]
        for (name, indices) in byName.sorted(by: { $0.key < $1.key }) {
            if heads[name] != nil { continue }
            let words = name.split(separator: " ")
            if words.count == 1 && lexicon.surnames[name] != nil { continue }
            if words.count > 1 && lexicon.givenNames[String(words[0])] != nil { continue }
            let afterPlaceWord = indices.contains { index in
                mentions[index].start > 0 && placeWords.contains(tokens[mentions[index].start - 1].key)
            }
            let inside = indices.filter { index in
                let start = mentions[index].start
                return start > 0 && tokens[start - 1].newlinesBefore == 0 && !tokens[start - 1].isTerminal
                    && tokens[start - 1].key != "\""
            }
            if lexicon.cue("non-entity-acronym", contains: name.replacingOccurrences(of: " ", with: "")) { continue }
            let type: EntityType
            if afterPlaceWord {
                type = .place
            } else if inside.count >= 2 {
                type = .agency
            } else {
                continue
            }
            for index in indices {
                mentions[index].type = type
                mentions[index].key = "\(type.rawValue):\(name)"
                mentions[index].isWeak = false
                mentions[index].evidence = type == .place ? .placePreposition : .knownInDocument
                if type == .agency { mentions[index].attributes["kind"] = "organisation" }
            }
        }
    }

    private func nearestBefore(_ candidates: [(name: String, position: Int)], _ position: Int) -> String? {
        if candidates.count <= 1 { return candidates.first?.name }
        return candidates.filter { $0.position < position }.max { $0.position < $1.position }?.name ?? candidates.first?.name
    }

    /// A one-word name one edit from the family name of a person listed in the same sentence
    /// ("between Hu, Lema and Berg" when the text names He Jianming).
    private func spellingVariant(
        _ mention: MentionCandidate, in mentions: [MentionCandidate], heads: [(name: String, position: Int)]
    ) -> (name: String, display: String)? {
        let name = normalisedName(mention.name)
        guard !name.contains(" ") else { return nil }
        let listed = mentions.contains { other in
            other.sentence == mention.sentence && other.type == .person && !other.isWeak && other.start != mention.start
        }
        guard listed else { return nil }
        let close = heads.filter { head in
            let parts = head.name.split(separator: " ").map(String.init)
            let family = isFamilyNameFirst(parts) ? parts.first! : parts.last!
            // The cheap tests before the edit distance.
            return family.first == name.first && family.count >= 2 && EditDistance.between(family, name) == 1
        }
        guard close.count == 1 else { return nil }
        let display = mentions.first { normalisedName($0.name) == close[0].name }?.name ?? close[0].name
        return (close[0].name, display)
    }

    /// "the Institute for Regional Security Studies (IRSS)", and later "IRSS": an
    /// acronym defined in brackets, or made of the initials of an agency the text names,
    /// resolves to that agency.
    private func resolveAcronyms(_ mentions: inout [MentionCandidate], _ tokens: [Token]) {
        var byAcronym: [String: Int] = [:]
        for (index, mention) in mentions.enumerated() where mention.type == .agency && mention.evidence != .acronym {
            if let initials = Self.initials(of: mention.name) { byAcronym[initials] = byAcronym[initials] ?? index }
            // "(IRSS)" right after the name.
            if mention.end + 2 < tokens.count, tokens[mention.end].key == "(", tokens[mention.end + 2].key == ")",
                tokens[mention.end + 1].isAllCaps
            {
                byAcronym[tokens[mention.end + 1].key] = index
            }
        }
        for index in mentions.indices where mentions[index].evidence == .acronym {
            guard let target = byAcronym[mentions[index].key.replacingOccurrences(of: "agency:", with: "")] else { continue }
            mentions[index].key = mentions[target].key
            mentions[index].name = mentions[target].name
            mentions[index].country = mentions[target].country
            mentions[index].attributes = mentions[target].attributes
            mentions[index].attributes["acronym"] = tokens[mentions[index].start].text
            mentions[index].isWeak = false
            mentions[target].attributes["acronym"] = tokens[mentions[index].start].text
        }
    }

    /// Initials of the content words: "Institute for Regional Security Studies" → "irss".
    static func initials(of name: String) -> String? {
        let skip: Set<String> = ["of", "for", "and", "the", "on", "in", "de", "&"]
        let words = normalisedName(name).split(separator: " ").filter { !skip.contains(String($0)) }
        guard words.count >= 2 else { return nil }
        return String(words.compactMap(\.first))
    }
}
