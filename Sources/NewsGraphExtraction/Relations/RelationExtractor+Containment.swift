import NewsGraphCore

/// What lies in what, as a sentence states it: an address ("Sacramento, California",
/// "Gahwareh, Kermanshah Province, Iran"), and a place or body said to be in a larger unit ("a
/// town in the Kotayk Province of Armenia", "Alder University in Mora").
///
/// A list names units of one size ("Oslo, Lisbon and Nairobi"); an address goes from the
/// smaller to the larger. So a place is read as lying in the unit after it only when that unit
/// is larger (`PlaceLevel`); the lexicon says how large a known place is, the name's own words
/// how large an unknown one ("Oran County"). Nothing here is world knowledge: the sentence says
/// where the thing is, and the levels only tell an address from a list.
extension RelationExtractor {
    /// The located_in relations of a document's sentences (what follows from them is
    /// `ContainmentChains`').
    /// - Parameter meetingPlaces: the events' relations: "talks with the EU in Brussels" are
    ///   held in Brussels, and the place a sentence gives a meeting is no body's seat.
    func containment(
        _ mentions: [MentionCandidate], _ sentences: [Sentence], _ tokens: [Token], _ evidences: [Evidence],
        meetingPlaces: [LocalRelation]
    ) -> [LocalRelation] {
        let bySentence = GroupedIndices(keys: mentions.map(\.sentence))
        // Each meeting's place, with the sentence that gives it.
        let venues = Set(meetingPlaces.lazy.filter { $0.type == .heldIn }.map { Venue(sentenceStart: $0.evidence.start, place: $0.target) })
        var found: [LocalRelation] = []
        for sentence in sentences where sentence.zone == .body {
            let located = bySentence[sentence.index].filter { Self.level(of: mentions[$0]) != nil }
                .sorted { mentions[$0].start < mentions[$1].start }
            for (position, inner) in located.enumerated() {
                guard let innerLevel = Self.level(of: mentions[inner]), let next = located.dropFirst(position + 1).first(where: {
                    mentions[$0].start >= mentions[inner].end
                }) else { continue }
                let outer = next
                if isUnit(mentions[outer], namedAfter: mentions[inner], tokens) {
                    found.append(
                        LocalRelation(
                            source: mentions[outer].key!, target: mentions[inner].key!, type: .locatedIn,
                            attributes: ["pattern": .string("place-of")], evidence: evidences[sentence.index]))
                    continue
                }
                guard mentions[outer].type == .place || mentions[outer].type == .country,
                    let outerLevel = Self.level(of: mentions[outer]),
                    let rule = statesContainment(mentions[inner], mentions[outer], tokens),
                    outerLevel < innerLevel
                        || (rule != Self.addressRule && mentions[inner].type != .country && !Self.knowsLevel(of: mentions[outer])),
                    mentions[inner].type != .agency
                        || !venues.contains(Venue(sentenceStart: evidences[sentence.index].start, place: mentions[outer].key!))
                else { continue }
                found.append(
                    LocalRelation(
                        source: mentions[inner].key!, target: mentions[outer].key!, type: .locatedIn,
                        attributes: ["pattern": .string(rule)], evidence: evidences[sentence.index]))
                // "It is located in Lowther": the sentence that names what "It" is, too.
                if let antecedent = mentions[inner].antecedentSentence {
                    Self.citeAntecedents([antecedent], of: found.count - 1, in: &found, evidences)
                }
            }
        }
        return found
    }

    /// "the South Darfur village of Labado", "the Oran County town of Vik": a place noun right
    /// after a place's name, for a unit smaller than it, then "of" and a place: that place is
    /// such a unit, in the first. ("the Kotayk province of Armenia" says what the first is.)
    private func isUnit(_ unit: MentionCandidate, namedAfter place: MentionCandidate, _ tokens: [Token]) -> Bool {
        guard unit.type == .place, unit.start == place.end + 2, tokens[place.end + 1].key == "of",
            let nounLevel = unitNoun(after: place, tokens)
        else { return false }
        // A place the gazetteer knows to be larger than the noun says is not such a unit.
        return !Self.knowsLevel(of: unit) || unit.placeLevel.map { $0 >= nounLevel } ?? true
    }

    /// The size of the unit a place noun right after a place's name stands for, when it is a
    /// smaller unit than the place ("village" after "South Darfur").
    private func unitNoun(after place: MentionCandidate, _ tokens: [Token]) -> PlaceLevel? {
        guard place.type == .place, place.end < tokens.count, let placeLevel = place.placeLevel,
            let nounLevel = lexicon.placeLastWords[tokens[place.end].key], nounLevel > placeLevel,
            lexicon.cue("place-noun", contains: tokens[place.end].key)
        else { return nil }
        return nounLevel
    }

    /// A place a sentence gives a meeting.
    private struct Venue: Hashable {
        var sentenceStart: Int
        var place: EntityKey
    }

    /// The country code a place or country mention is in, where the lexicon knows it.
    static func country(of mention: MentionCandidate) -> String? {
        mention.type == .country ? mention.attributes["code"] : mention.placeCountry
    }

    /// The rule of "Sacramento, California": a comma between two names, which a list has too.
    static let addressRule = "place-address"

    /// Whether a mention's size is known (the gazetteer's place, a country) rather than guessed
    /// from its words or its use. Where a phrase says that a place or body lies in another
    /// ("a town in Cumbria", "a canton in the far north of Ostland"), only a size known to be no
    /// larger vetoes it; a comma alone says nothing without the sizes ("in Oslo, Lisbon and
    /// Nairobi"), and a country's adjective is no place in one ("the Ukrainian city of X").
    static func knowsLevel(of mention: MentionCandidate) -> Bool {
        mention.type == .country || mention.evidence == .lexicon
    }

    /// How large a unit a mention names, for the mentions that can lie in something.
    static func level(of mention: MentionCandidate) -> PlaceLevel? {
        switch mention.type {
        case .country: .country
        case .place: mention.placeLevel
        // A body's seat is a site in a town; a government's body is part of its country instead.
        case .agency: mention.attributes["kind"] == "government" ? nil : .site
        default: nil
        }
    }

    /// The rule by which the words between two mentions state that the first lies in the
    /// second: a comma or a bracket (an address), or a phrase of containment words that ends
    /// in "in" or "of" ("is a town in", ", a suburb of", "in the far north of").
    private func statesContainment(_ inner: MentionCandidate, _ outer: MentionCandidate, _ tokens: [Token]) -> String? {
        let gap = inner.end..<outer.start
        // Where the gazetteer puts both in different countries, the words cannot mean that one
        // lies in the other ("in Texas, Mexico and Canada" is a list): knowledge only vetoes.
        if let innerCountry = Self.country(of: inner), let outerCountry = Self.country(of: outer), innerCountry != outerCountry {
            return nil
        }
        if gap.count == 1 && (tokens[gap.lowerBound].key == "," || tokens[gap.lowerBound].key == "(") {
            return Self.addressRule
        }
        guard !gap.isEmpty, gap.count <= 8 else { return nil }
        for index in gap where !lexicon.cue("containment-gap", contains: tokens[index].key) { return nil }
        if gap.contains(where: { tokens[$0].key == "in" }) { return "place-in" }
        // "of" after a unit's own name ("the Kotayk Province of Armenia") or a word that says
        // what it is ("the capital of", "part of"); not after any name ("the people of France").
        guard gap.contains(where: { tokens[$0].key == "of" }) else { return nil }
        // "the South Darfur village of Labado" says where Labado is (`isUnit(_:namedAfter:_:)`).
        if unitNoun(after: inner, tokens) != nil { return nil }
        let saysWhatItIs = gap.contains { lexicon.cue("place-noun", contains: tokens[$0].key) }
        return saysWhatItIs || (gap.count == 1 && [.region, .district].contains(inner.placeLevel)) ? "place-of" : nil
    }
}
