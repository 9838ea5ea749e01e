/// Meetings the text names only by who took part: "Ana Lima and Tom Berg held talks on Monday",
/// "Lima met Berg", "Lima held talks with Berg". News says so of leaders constantly, often with
/// no place, no body and no name for the meeting; without this the two people were drawn
/// unconnected.
extension EventRecognizer {
    /// At most this many people make such a meeting: a longer list is a gathering the text
    /// should name ("leaders of 20 countries met"), not a meeting of each with each.
    static let mostSides = 4
    /// Tokens a list of people may run over, names, titles and joining words included.
    static let listReach = 14

    /// The people a trigger's meeting is between, when the sentence names them around it: the
    /// clause's subject, a list of people right before the trigger, across a support verb and
    /// its words ("held a first meeting"); and after it, the object of a verb ("met Tom Berg",
    /// "met with Tom Berg") or the list a participant marker opens ("talks with Tom Berg").
    ///
    /// The sides are people, or else countries and bodies ("Japan and North Korea held talks"),
    /// never both: a person beside a country is its representative, not another side.
    func sides(
        of trigger: MentionRecognizer.TriggerSpan, _ meeting: MeetingTrigger, _ local: [MentionCandidate],
        _ tokens: [Token], _ sentence: Sentence
    ) -> [MentionCandidate] {
        let people = sides(of: trigger, meeting, local, tokens, sentence) { $0.type == .person }
        guard people.isEmpty else { return people }
        return sides(of: trigger, meeting, local, tokens, sentence) { $0.type == .country || $0.type == .agency }
    }

    private func sides(
        of trigger: MentionRecognizer.TriggerSpan, _ meeting: MeetingTrigger, _ local: [MentionCandidate],
        _ tokens: [Token], _ sentence: Sentence, isSide: (MentionCandidate) -> Bool
    ) -> [MentionCandidate] {
        var found = subject(before: trigger.start, local, tokens, sentence, isSide: isSide)
        guard !found.isEmpty else { return [] }
        let after: [MentionCandidate]
        if meeting.isVerb {
            let objectStart =
                trigger.end < sentence.tokens.upperBound && words.participantMarkers.contains(tokens[trigger.end])
                ? trigger.end + 1 : trigger.end
            after = people(listedFrom: objectStart, local, tokens, sentence, isSide: isSide)
        } else if found.allSatisfy({ $0.type == .person }) {
            after = participants(of: trigger, local, tokens, sentence)
        } else {
            after = []
        }
        for person in after where !found.contains(where: { $0.key == person.key }) { found.append(person) }
        return found
    }

    /// The people of the list that ends right before `end`, across the meeting's support words
    /// ("Norwegian Prime Minister Ana Lima and Tom Berg held a first meeting"). The list stops
    /// at a word that is no part of a list of names ("Officials said Lima and Berg met"), and a
    /// subject that does not end with a person ("Lima's aides held talks") gives none.
    private func subject(
        before end: Int, _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence, isSide: (MentionCandidate) -> Bool
    ) -> [MentionCandidate] {
        var position = end
        while position > sentence.tokens.lowerBound
            && (words.meetingSupport.contains(tokens[position - 1]) || words.subjectAdverbs.contains(tokens[position - 1]))
        {
            position -= 1
        }
        position = parenthesisStart(before: position, tokens, sentence) ?? position
        var found: [MentionCandidate] = []
        var skipped = 0
        while position > sentence.tokens.lowerBound && skipped < Self.listReach {
            if let person = local.last(where: { isSide($0) && $0.end == position }) {
                if !found.contains(where: { $0.key == person.key }) { found.insert(person, at: 0) }
                position = person.extentStart ?? person.start
                continue
            }
            let token = tokens[position - 1]
            guard !found.isEmpty,
                token.key == "and" || token.key == "," || token.isCapitalized || words.participantTitleWords.contains(token)
            else { break }
            position -= 1
            skipped += 1
        }
        return found
    }

    /// "Lima, who also attended, held talks", "Lima, the Norwegian leader, met Berg": where a
    /// phrase between commas that a relative pronoun or an article opens ends right before
    /// `end`, the position of its opening comma, after which the subject ends; else nil.
    private func parenthesisStart(before end: Int, _ tokens: [Token], _ sentence: Sentence) -> Int? {
        let lower = sentence.tokens.lowerBound
        guard end - 1 > lower, tokens[end - 1].keyByte == UInt8(ascii: ",") else { return nil }
        var opening = end - 2
        while opening > lower, end - opening <= Self.listReach * 2 {
            if tokens[opening].keyByte == UInt8(ascii: ",") {
                return words.parenthesisOpeners.contains(tokens[opening + 1]) ? opening : nil
            }
            if tokens[opening].isTerminal { return nil }
            opening -= 1
        }
        return nil
    }

    /// A meeting known only by who took part is most often one the story names otherwise:
    /// "Lima and Berg will meet with Okafor" before "the talks in Oslo". Where the article names
    /// exactly one other meeting of its class, its mentions and relations are that meeting's;
    /// where it names several, which one is meant is unknown and it is left out; where none, it
    /// stands as a meeting of its own. (One that the words of a meeting also name by its people,
    /// "talks between Lima and Berg", is that meeting already.)
    func joinSideMeetings(_ output: inout Output) {
        guard !output.sideMeetings.isEmpty else { return }
        let others = Set(output.mentions.compactMap(\.key)).filter { $0.type == .meeting && output.sideMeetings[$0] == nil }
        var replacement: [EntityKey: EntityKey?] = [:]
        for (key, meetingClass) in output.sideMeetings where !output.namedPeopleMeetings.contains(key) {
            let fitting = others.filter { $0.meetingClass == meetingClass }
            if fitting.count == 1 {
                replacement[key] = fitting.first!
            } else if fitting.count > 1 {
                replacement[key] = .some(nil)
            }
        }
        // A joined meeting goes by the name the article gives it.
        for index in output.mentions.indices {
            guard let key = output.mentions[index].key, let joined = replacement[key] ?? nil,
                let name = output.mentions.first(where: { $0.key == joined && !$0.name.isEmpty })?.name
            else { continue }
            output.mentions[index].name = name
        }
        Self.replaceMeetings(replacement, in: &output)
    }
}
