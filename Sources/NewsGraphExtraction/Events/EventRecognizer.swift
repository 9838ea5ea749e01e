import Foundation
import NewsGraphCore

/// Turns meeting and policy trigger words into meeting and policy mentions, each resolved to
/// the event it names within the document.
///
/// A meeting is identified by what anchors it: an organisation ("ASEAN summit"), the two
/// people who meet ("Lima–Okafor meeting"), or a city ("Lisbon talks"); "the talks" refers back to
/// the meeting the document is about. A policy is identified by its kind and what tells it
/// apart (a rate, a commodity, the body a deal is about, a year or month), and labelled as a
/// reader would say it ("100% tariffs on Chinese goods").
struct EventRecognizer {
    let lexicon: Lexicon
    let words: EventWords
    let time: TimeExpressions

    /// Made once per extractor, while the lexicon is frozen: it numbers the words its rules test.
    init(numbering: inout WordNumbering) {
        words = EventWords(numbering: &numbering)
        time = TimeExpressions(numbering: &numbering)
        self.lexicon = numbering.lexicon
    }

    struct Output {
        var mentions: [MentionCandidate] = []
        var relations: [LocalRelation] = []
        /// The meeting each sentence is about, by sentence index, for patterns that say `MEETING`.
        var salientMeeting: [Int: EntityKey] = [:]
        /// Meeting keys with the people they bring together.
        var participants: [EntityKey: Set<EntityKey>] = [:]
        /// Meetings known only by who took part (`sides`), with the class of their trigger, and
        /// those a meeting's own words name by its people ("talks between Lima and Berg").
        var sideMeetings: [EntityKey: String] = [:]
        var namedPeopleMeetings: Set<EntityKey> = []
        /// Mentions, by token span, that were guesses at the words of an event's name ("Winter
        /// Olympics" as a person): the name is the event's, and they are dropped.
        var superseded: [(start: Int, end: Int)] = []

        /// Whether a mention is one of `superseded`.
        func supersedes(_ mention: MentionCandidate) -> Bool {
            superseded.contains { $0.start == mention.start && $0.end == mention.end }
        }
    }

    static let talksClass: Set<String> = ["talks", "meeting", "call"]

    func recognize(
        _ triggers: [MentionRecognizer.TriggerSpan], mentions: [MentionCandidate], tokens: [Token],
        sentences: [Sentence], evidences: [Evidence]
    ) -> Output {
        var output = Output()
        let articleDate = time.articleDate(tokens, sentences)
        // Sentence indices are positions in `sentences`.
        // The mentions with evidence of their own, by sentence (weak ones in a group past the
        // last sentence); a sentence's are copied out only for a sentence that has a trigger or
        // may name an event (most have neither).
        let bySentence = GroupedIndices(keys: mentions.map { $0.isWeak ? sentences.count : $0.sentence })
        var triggersBySentence = [[MentionRecognizer.TriggerSpan]](repeating: [], count: sentences.count)
        for trigger in triggers { triggersBySentence[trigger.sentence].append(trigger) }
        var soFar = EventsSoFar(distinctMeetingKinds: lexicon.distinctMeetingKinds)
        for sentence in sentences {
            let sentenceTriggers = triggersBySentence[sentence.index]
            guard !sentenceTriggers.isEmpty || (sentence.zone == .body && mayNameAnEvent(sentence, tokens)) else {
                if let key = soFar.salient(preferring: nil) { output.salientMeeting[sentence.index] = key }
                continue
            }
            var local = bySentence[sentence.index].map { mentions[$0] }
            let evidence = evidences[sentence.index]
            // Events known by a name come first: their words are theirs, not the triggers' or other names'.
            var named: [Range<Int>] = []
            if sentence.zone == .body {
                named = addNamedEvents(
                    sentence, &local, sentenceTriggers, tokens, evidence, articleDate, &soFar, into: &output)
            }
            for trigger in sentenceTriggers where !named.contains(where: { $0.contains(trigger.start) }) {
                switch trigger.kind {
                case .meeting(let meetingTrigger):
                    addMeeting(
                        trigger, meetingTrigger, local, sentenceTriggers, tokens, sentence, evidence, articleDate,
                        named: named, &soFar, into: &output)
                case .policy(let policyTrigger):
                    addPolicy(
                        trigger, policyTrigger, local, sentenceTriggers, tokens, sentence, evidence, articleDate, &soFar,
                        into: &output)
                }
            }
            if let key = soFar.salient(preferring: nil) { output.salientMeeting[sentence.index] = key }
        }
        joinVisits(&output)
        joinCountryMeetingsToTheirCity(&output, mentions)
        joinSideMeetings(&output)
        return output
    }

    // MARK: Named events

    /// Adds the events the sentence names ("the 2030 Winter Olympics") and sets aside the
    /// mentions that were guesses at their words.
    /// - Returns: the spans of the names, whose words are no trigger's.
    private func addNamedEvents(
        _ sentence: Sentence, _ local: inout [MentionCandidate], _ sentenceTriggers: [MentionRecognizer.TriggerSpan],
        _ tokens: [Token], _ evidence: Evidence, _ articleDate: CalendarDate?, _ soFar: inout EventsSoFar,
        into output: inout Output
    ) -> [Range<Int>] {
        var named: [Range<Int>] = []
        var superseded: [Int] = []
        for var event in namedEvents(sentence, local, sentenceTriggers, tokens, evidence, articleDate) {
            // A head inside a longer name: no event, and no trigger either.
            guard let eventKey = event.mention.key else {
                named.append(event.mention.start..<event.mention.end)
                continue
            }
            if case .name = eventKey.meetingAnchor { referToEarlierEdition(&event, eventKey, &soFar) }
            named.append(event.mention.start..<event.mention.end)
            superseded += event.superseded
            soFar.count(event.mention)
            output.mentions.append(event.mention)
            output.relations += event.relations
        }
        if !superseded.isEmpty {
            for index in superseded { output.superseded.append((local[index].start, local[index].end)) }
            local = local.indices.filter { !superseded.contains($0) }.map { local[$0] }
        }
        return named
    }

    /// "the Winter Olympics" after "the 2010 Winter Olympics": a name whose words all belong to
    /// the name of one earlier event of its class is that event. A name with a year of its own is
    /// an edition of its own, and is remembered, as is any name that refers to no earlier one.
    private func referToEarlierEdition(_ event: inout NamedEvent, _ eventKey: EntityKey, _ soFar: inout EventsSoFar) {
        let nameWords = Set(event.mention.name.lowercased().split(separator: " ").map(String.init))
        let wider = soFar.namedEvents.filter { earlier in
            earlier.key.meetingClass == eventKey.meetingClass && nameWords.isSubset(of: earlier.words) && earlier.key != eventKey
        }
        guard !nameWords.contains(where: { $0.first?.isNumber == true }), Set(wider.map(\.key)).count == 1 else {
            soFar.namedEvents.append((eventKey, nameWords))
            return
        }
        let key = wider[0].key
        event.relations = event.relations.map { relation in
            var relation = relation
            if relation.source == eventKey { relation.source = key }
            return relation
        }
        event.mention.key = key
    }

    // MARK: Meetings named by a trigger

    /// Adds the meeting a trigger names: by what anchors it (`meetings`), else by its date or
    /// ordinal ("the December summit"), else, written as a definite noun ("the talks"), the
    /// story's meeting of its kind.
    private func addMeeting(
        _ trigger: MentionRecognizer.TriggerSpan, _ meetingTrigger: MeetingTrigger, _ local: [MentionCandidate],
        _ sentenceTriggers: [MentionRecognizer.TriggerSpan], _ tokens: [Token], _ sentence: Sentence, _ evidence: Evidence,
        _ articleDate: CalendarDate?, named: [Range<Int>], _ soFar: inout EventsSoFar, into output: inout Output
    ) {
        if meetingTrigger.namesNoMeeting { return }
        let found = meetings(
            trigger, meetingTrigger, local, sentenceTriggers, tokens, sentence, evidence, articleDate, named: named)
        var resolved = found.mentions
        if let mark = found.mark {
            if let anchored = resolved.first {
                rememberMark(mark.mark, of: anchored.key!, meetingTrigger, &soFar)
            } else {
                resolved = [meetingNamedByMark(mark, trigger, meetingTrigger, tokens, sentence, &soFar)]
            }
        }
        if resolved.isEmpty, !meetingTrigger.isVerb, isDefinite(trigger, tokens, sentence),
            let key = soFar.salient(preferring: meetingTrigger.kind, only: meetingTrigger.refersOnlyToItsKind)
        {
            var mention = MentionCandidate(
                type: .meeting, start: trigger.start, end: trigger.end, sentence: sentence.index,
                name: "", key: key, evidence: .trigger)
            mention.attributes["kind"] = meetingTrigger.kind
            resolved = [mention]
        }
        for mention in resolved { soFar.count(mention) }
        output.mentions += resolved
        output.relations += found.relations
        for (key, people) in found.participants { output.participants[key, default: []].formUnion(people) }
        output.sideMeetings.merge(found.sideMeetings) { first, _ in first }
        output.namedPeopleMeetings.formUnion(found.namedPeopleMeetings)
    }

    /// "the Oslo talks in December" are "the December talks" later on: the first meeting named
    /// with a mark keeps it, and the mark keeps the first meeting.
    private func rememberMark(
        _ mark: String, of key: EntityKey, _ meetingTrigger: MeetingTrigger, _ soFar: inout EventsSoFar
    ) {
        let markKey = "\(mark)|\(Self.meetingClass(meetingTrigger.kind))"
        soFar.markedMeetings[markKey] = soFar.markedMeetings[markKey] ?? key
        soFar.markOfMeeting[key] = soFar.markOfMeeting[key] ?? mark
    }

    /// "the December summit" with nothing else to anchor it: the meeting of that date, else the
    /// story's one of its kind if it has no other date, else one of its own.
    private func meetingNamedByMark(
        _ mark: (mark: String, start: Int), _ trigger: MentionRecognizer.TriggerSpan, _ meetingTrigger: MeetingTrigger,
        _ tokens: [Token], _ sentence: Sentence, _ soFar: inout EventsSoFar
    ) -> MentionCandidate {
        let meetingClass = Self.meetingClass(meetingTrigger.kind)
        let markKey = "\(mark.mark)|\(meetingClass)"
        let story = soFar.salient(preferring: meetingTrigger.kind, only: true).flatMap {
            soFar.markOfMeeting[$0] == nil ? $0 : nil
        }
        let key = soFar.markedMeetings[markKey] ?? story ?? .meeting(.mark(text: mark.mark), meetingClass)
        var mention = MentionCandidate(
            type: .meeting, start: mark.start, end: trigger.end, sentence: sentence.index,
            name: key == story ? "" : Self.nameText(mark.start, trigger.end, tokens), key: key, evidence: .trigger)
        mention.attributes["kind"] = meetingTrigger.kind
        mention.itemStart = trigger.start
        soFar.markedMeetings[markKey] = key
        soFar.markOfMeeting[key] = mark.mark
        return mention
    }

    // MARK: Policies named by a trigger

    /// Adds the policy a trigger names (`policy`), keyed by what tells it apart or, with nothing
    /// that does, by the policy it refers back to (`keyUnmarkedPolicy`), with the relations its
    /// own phrase states.
    private func addPolicy(
        _ trigger: MentionRecognizer.TriggerSpan, _ policyTrigger: PolicyTrigger, _ local: [MentionCandidate],
        _ sentenceTriggers: [MentionRecognizer.TriggerSpan], _ tokens: [Token], _ sentence: Sentence, _ evidence: Evidence,
        _ articleDate: CalendarDate?, _ soFar: inout EventsSoFar, into output: inout Output
    ) {
        guard var found = policy(trigger, policyTrigger, local, sentenceTriggers, tokens, sentence, articleDate) else { return }
        if found.mention.key == nil {
            guard keyUnmarkedPolicy(&found, trigger, policyTrigger, local, tokens, sentence, soFar) else { return }
        }
        output.relations += phraseRelations(found, isAccord: policyTrigger.family == "accord", evidence)
        soFar.policies.append((policyTrigger.kind, policyTrigger.family, found.mention.key!, found.imposer))
        output.mentions.append(found.mention)
    }

    /// Keys a policy with no mark of its own, in this order: the latest policy of its kind by the
    /// same hand; its own key if its kind names one thing in a story (`fallbackKey`); written as a
    /// definite noun, the latest of its family ("the restrictions" after "export controls"); its
    /// author's, if known ("Okafor's tariffs").
    /// - Returns: false if none of these keys it, and it is no policy of its own.
    private func keyUnmarkedPolicy(
        _ found: inout PolicyPhrase, _ trigger: MentionRecognizer.TriggerSpan, _ policyTrigger: PolicyTrigger,
        _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence, _ soFar: EventsSoFar
    ) -> Bool {
        let imposer = found.imposer
        func compatible(_ other: EntityKey?) -> Bool { other == nil || imposer == nil || other == imposer }
        if let previous = soFar.policies.last(where: { $0.kind == policyTrigger.kind && compatible($0.imposer) }) {
            found.mention.key = previous.key
        } else if let fallback = found.fallbackKey {
            found.mention.key = fallback
        } else if isDefinite(trigger, tokens, sentence),
            let previous = soFar.policies.last(where: { $0.family == policyTrigger.family && compatible($0.imposer) })
        {
            found.mention.key = previous.key
        } else if let imposer, policyTrigger.family != "accord" {
            found.mention.key = .policy(policyTrigger.kind, [.author(key: imposer)])
            if let author = local.first(where: { $0.key == imposer }) {
                found.mention.name = "\(shortName(of: author))’s \(found.mention.name)"
            }
        } else {
            return false
        }
        return true
    }

    /// A visit named without its visitor ("the trip to Lisbon") or without where it goes
    /// ("Okafor's visit") is the one visit of the document that fits, if only one does.
    private func joinVisits(_ output: inout Output) {
        // Who goes where, of each visit whose words say both.
        var visits: [EntityKey: (visitor: EntityKey, destination: EntityKey)] = [:]
        for key in output.mentions.lazy.compactMap(\.key) {
            if case .visit(let visitor, let destination?) = key.meetingAnchor { visits[key] = (visitor, destination) }
        }
        guard !visits.isEmpty else { return }
        var replacement: [EntityKey: EntityKey] = [:]
        for key in Set(output.mentions.compactMap(\.key)) {
            var fitting: [EntityKey] = []
            switch key.meetingAnchor {
            case .visit(let visitor, nil):
                fitting = visits.filter { $0.value.visitor == visitor }.map(\.key)
            case .place(let destination) where key.meetingClass == Self.visitClass:
                fitting = visits.filter { $0.value.destination == destination }.map(\.key)
            default:
                break
            }
            if fitting.count == 1 { replacement[key] = fitting[0] }
        }
        Self.replaceMeetings(replacement, in: &output)
    }

    /// "Talks in Norway" and "the talks in Oslo" in one article are one meeting, named first by
    /// its country and then by its city: where the article holds exactly one meeting of a class
    /// in a country and exactly one of that class in a city the gazetteer puts there, the
    /// country's is the city's. Two cities of the country, or none, leave both as they are.
    private func joinCountryMeetingsToTheirCity(_ output: inout Output, _ mentions: [MentionCandidate]) {
        var countryOfPlace: [EntityKey: String] = [:]
        for mention in mentions where mention.type == .place {
            if let key = mention.key, let code = mention.placeCountry { countryOfPlace[key] = code }
        }
        // By class and country code: the meetings held in the country, and those in its cities.
        var inCountry: [String: [String: Set<EntityKey>]] = [:]
        var inCity: [String: [String: Set<EntityKey>]] = [:]
        for key in output.mentions.lazy.compactMap(\.key) {
            guard case .place(let place) = key.meetingAnchor, let meetingClass = key.meetingClass else { continue }
            if let code = place.countryCode {
                inCountry[meetingClass, default: [:]][code, default: []].insert(key)
            } else if let code = countryOfPlace[place] {
                inCity[meetingClass, default: [:]][code, default: []].insert(key)
            }
        }
        var replacement: [EntityKey: EntityKey?] = [:]
        for (meetingClass, byCountry) in inCountry {
            for (code, meetings) in byCountry where meetings.count == 1 {
                if let cities = inCity[meetingClass]?[code], cities.count == 1 { replacement[meetings.first!] = cities.first! }
            }
        }
        guard !replacement.isEmpty else { return }
        // Named by the city, the more precise ("Oslo talks"), wherever the country named it.
        var cityName: [EntityKey: String] = [:]
        for mention in output.mentions {
            if let key = mention.key, replacement.values.contains(key), cityName[key] == nil { cityName[key] = mention.name }
        }
        for index in output.mentions.indices {
            if let key = output.mentions[index].key, let city = replacement[key] ?? nil {
                output.mentions[index].name = cityName[city]!
            }
        }
        Self.replaceMeetings(replacement, in: &output)
    }

    /// Gives the mentions and relations of each meeting key of `replacement` to the meeting it
    /// maps to, or, where it maps to nil, leaves them out.
    static func replaceMeetings(_ replacement: [EntityKey: EntityKey?], in output: inout Output) {
        guard !replacement.isEmpty else { return }
        func replaced(_ key: EntityKey) -> EntityKey? { replacement[key] ?? key }
        output.mentions = output.mentions.compactMap { mention in
            guard let key = mention.key, let joined = replacement[key] else { return mention }
            guard let joined else { return nil }
            var mention = mention
            mention.key = joined
            return mention
        }
        output.relations = output.relations.compactMap { relation in
            guard let source = replaced(relation.source), let target = replaced(relation.target) else { return nil }
            var relation = relation
            (relation.source, relation.target) = (source, target)
            return relation
        }
        for (sentence, key) in output.salientMeeting { output.salientMeeting[sentence] = replaced(key) }
        for (key, people) in output.participants where replacement[key] != nil {
            output.participants[key] = nil
            if let joined = replaced(key) { output.participants[joined, default: []].formUnion(people) }
        }
    }

    static func meetingClass(_ kind: String) -> String { talksClass.contains(kind) ? "talks" : kind }

    /// What every relation a policy's own phrase states carries.
    static let phraseRule: [String: AttributeValue] = ["pattern": .string("policy-phrase")]

    /// The relations a policy's own phrase states: "U.S. export blacklist" (imposes), "rare
    /// earth export controls" (covers), "sanctions against Belarus" (targets).
    private func phraseRelations(_ policy: PolicyPhrase, isAccord: Bool, _ evidence: Evidence) -> [LocalRelation] {
        var out: [LocalRelation] = []
        let rule = Self.phraseRule
        let key = policy.mention.key!
        if let author = policy.author, !isAccord {
            var attributes = rule
            if let status = policy.mention.attributes["status"] { attributes["status"] = .string(status) }
            out.append(LocalRelation(source: author, target: key, type: .imposes, attributes: attributes, evidence: evidence))
        }
        for good in policy.goods {
            out.append(LocalRelation(source: key, target: good, type: .covers, attributes: rule, evidence: evidence))
        }
        if let target = policy.target, !isAccord, target != policy.author {
            out.append(LocalRelation(source: key, target: target, type: .targets, attributes: rule, evidence: evidence))
        }
        return out
    }

    // MARK: Meetings

    struct MeetingResult {
        var mentions: [MentionCandidate] = []
        var relations: [LocalRelation] = []
        var participants: [EntityKey: Set<EntityKey>] = [:]
        var sideMeetings: [EntityKey: String] = [:]
        var namedPeopleMeetings: Set<EntityKey> = []
        /// A date or ordinal the trigger is named by ("the December summit"), and where its
        /// label starts: the caller keys the meeting by it when nothing else anchors it.
        var mark: (mark: String, start: Int)?
    }

    /// What every relation a meeting's own name states carries ("the Lima–Okafor summit").
    static let nameRule: [String: AttributeValue] = ["pattern": .string("meeting-name")]

    /// The meetings a trigger names, by what anchors them.
    ///
    /// The anchors are asked in this order: what the meeting's own name holds (a body, two
    /// parties, two people) before the country that holds it and the place it is held in, which
    /// a sentence may name for other reasons. A visit is anchored by who goes where (`visit`).
    private func meetings(
        _ trigger: MentionRecognizer.TriggerSpan, _ meeting: MeetingTrigger, _ local: [MentionCandidate],
        _ sentenceTriggers: [MentionRecognizer.TriggerSpan], _ tokens: [Token], _ sentence: Sentence, _ evidence: Evidence,
        _ articleDate: CalendarDate?, named: [Range<Int>]
    ) -> MeetingResult {
        func make(_ anchor: MeetingAnchor, _ label: String) -> MentionCandidate {
            meetingMention(anchor, label, trigger, meeting, tokens, sentence, articleDate)
        }
        if meeting.isVisit {
            return visit(trigger, meeting, local, sentenceTriggers, tokens, sentence, evidence, named: named, make: make)
        }
        var result = MeetingResult()
        let kindWord = meeting.isVerb ? "talks" : (meeting.kind == "meeting" ? "meeting" : meeting.kind)
        if !meeting.isVerb { result.mark = mark(before: trigger, local, tokens, sentence) }
        if !meeting.isVerb, let org = organisation(of: trigger, local, tokens, sentence) {
            result.mentions.append(organisationMeeting(org, trigger, kindWord, make))
            return result
        }
        let parties = meeting.isVerb ? [] : parties(before: trigger, local, tokens, sentence)
        if parties.count == 2 {
            addPartiesMeeting(parties, kindWord, evidence, make, into: &result)
            return result
        }
        let people = meeting.isVerb ? [] : participants(of: trigger, local, tokens, sentence)
        let places = meetingPlaces(trigger, meeting, local, sentenceTriggers, tokens, sentence, named: named)
        let cities = places.filter { $0.type == .place }
        if people.count == 2 && cities.isEmpty {
            addPeopleMeeting(people, places: places, kindWord, evidence, make, into: &result)
            result.namedPeopleMeetings.insert(result.mentions[0].key!)
            return result
        }
        if meeting.countryHosts, cities.isEmpty, let country = hostCountry(before: trigger, local, tokens, sentence) {
            let mention = make(.place(key: country.key!), "\(country.name) \(kindWord)")
            result.mentions.append(mention)
            result.relations.append(
                LocalRelation(source: mention.key!, target: country.key!, type: .heldIn, attributes: [:], evidence: evidence))
            return result
        }
        addPlaceMeetings(places, cities: cities, trigger, meeting, tokens, kindWord, evidence, make, into: &result)
        // Only where the sentence names no other meeting: "Lima met Berg at the Oslo summit" is
        // about the summit, which the patterns give them.
        if result.mentions.isEmpty, !sentenceTriggers.contains(where: { other in
            if case .meeting = other.kind { other.start != trigger.start } else { false }
        }) {
            let sides = self.sides(of: trigger, meeting, local, tokens, sentence)
            if (2...Self.mostSides).contains(sides.count) {
                if sides[0].type == .person {
                    addPeopleMeeting(sides, places: [], kindWord, evidence, make, into: &result)
                } else {
                    addPartiesMeeting(sides, kindWord, evidence, make, into: &result)
                }
                result.sideMeetings[result.mentions[0].key!] = Self.meetingClass(meeting.kind)
            }
        }
        return result
    }

    /// A meeting's mention at its trigger, keyed by its anchor and class, with when it is held as
    /// written ("next Thursday") and as a date where the article's own date allows.
    private func meetingMention(
        _ anchor: MeetingAnchor, _ label: String, _ trigger: MentionRecognizer.TriggerSpan, _ meeting: MeetingTrigger,
        _ tokens: [Token], _ sentence: Sentence, _ articleDate: CalendarDate?
    ) -> MentionCandidate {
        var mention = MentionCandidate(
            type: .meeting, start: trigger.start, end: trigger.end, sentence: sentence.index, name: label,
            key: .meeting(anchor, Self.meetingClass(meeting.kind)), evidence: .trigger)
        mention.attributes["kind"] = meeting.kind
        if let when = time.expression(near: trigger.start..<trigger.end, tokens, sentence, articleDate: articleDate) {
            mention.attributes["when"] = when.text
            if let date = when.date { mention.attributes["date"] = date }
            mention.when = when
        }
        return mention
    }

    /// "ASEAN summit", "G20 meeting", "a summit of the African Union": a body right before the
    /// trigger, or after its "of".
    private func organisation(
        of trigger: MentionRecognizer.TriggerSpan, _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence
    ) -> MentionCandidate? {
        let orgAfter =
            trigger.end + 1 < sentence.tokens.upperBound && tokens[trigger.end].key == "of"
            ? local.first(where: {
                $0.type == .agency
                    && ($0.start == trigger.end + 1 || ($0.start == trigger.end + 2 && tokens[trigger.end + 1].key == "the"))
            })
            : nil
        return local.last(where: { $0.end == trigger.start && $0.type == .agency }) ?? orgAfter
    }

    private func organisationMeeting(
        _ org: MentionCandidate, _ trigger: MentionRecognizer.TriggerSpan, _ kindWord: String,
        _ make: (MeetingAnchor, String) -> MentionCandidate
    ) -> MentionCandidate {
        var mention = make(.organisation(key: org.key!), "\(shortName(org)) \(kindWord)")
        if org.end == trigger.start { mention.itemStart = org.start }  // patterns see "the ASEAN summit" as one meeting
        return mention
    }

    /// "the Israeli-Palestinian summit", "U.S.-China talks": the parties its name joins attend it.
    private func addPartiesMeeting(
        _ parties: [MentionCandidate], _ kindWord: String, _ evidence: Evidence,
        _ make: (MeetingAnchor, String) -> MentionCandidate, into result: inout MeetingResult
    ) {
        let label = parties.map { $0.type == .country ? $0.name : shortName($0) }.joined(separator: "–") + " \(kindWord)"
        var mention = make(.parties(keys: parties.map { $0.key! }.sorted()), label)
        mention.itemStart = parties[0].start
        result.mentions.append(mention)
        for party in parties {
            result.relations.append(
                LocalRelation(
                    source: party.key!, target: mention.key!, type: .attends, attributes: Self.nameRule, evidence: evidence))
        }
    }

    /// "Lima-Okafor summit", "meeting between Lima and Okafor": the two people who meet, who take
    /// part in it, whatever the word ("the Lima-Okafor talks" are their meeting); held where the
    /// sentence says.
    private func addPeopleMeeting(
        _ people: [MentionCandidate], places: [MentionCandidate], _ kindWord: String, _ evidence: Evidence,
        _ make: (MeetingAnchor, String) -> MentionCandidate, into result: inout MeetingResult
    ) {
        let keys = people.map { $0.key! }
        let label = people.map { surname($0.name) }.joined(separator: "–") + " \(kindWord)"
        var mention = make(.people(keys: keys.sorted()), label)
        mention.key = .meeting(.people(keys: keys.sorted()), nil)
        result.mentions.append(mention)
        result.participants[mention.key!] = Set(keys)
        for person in people {
            result.relations.append(
                LocalRelation(
                    source: person.key!, target: mention.key!, type: .attends, attributes: Self.nameRule, evidence: evidence))
        }
        for place in places {
            result.relations.append(
                LocalRelation(source: mention.key!, target: place.key!, type: .heldIn, attributes: [:], evidence: evidence))
        }
    }

    /// "Lisbon talks", "talks in Nairobi", "meetings in Oslo and Lisbon": a meeting per city for a
    /// plural trigger other than "talks", else one in the first city (or the first place).
    private func addPlaceMeetings(
        _ places: [MentionCandidate], cities: [MentionCandidate], _ trigger: MentionRecognizer.TriggerSpan,
        _ meeting: MeetingTrigger, _ tokens: [Token], _ kindWord: String, _ evidence: Evidence,
        _ make: (MeetingAnchor, String) -> MentionCandidate, into result: inout MeetingResult
    ) {
        let anchors = cities.isEmpty ? places.prefix(1) : cities[...]
        let distributive = tokens[trigger.end - 1].key.hasSuffix("s") && meeting.kind != "talks"
        for place in (distributive ? anchors : anchors.prefix(1)) {
            var mention = make(.place(key: place.key!), "\(place.name) \(kindWord)")
            if place.end == trigger.start { mention.itemStart = place.start }  // "the Geneva talks"
            result.mentions.append(mention)
            result.relations.append(
                LocalRelation(source: mention.key!, target: place.key!, type: .heldIn, attributes: [:], evidence: evidence))
        }
    }

    /// The short name of an organisation for a label: its acronym when it has one.
    func shortName(_ org: MentionCandidate) -> String {
        if let acronym = org.attributes["acronym"] { return acronym }
        if let known = lexicon.known.first(where: { EntityKey.agency(normalisedName($0.name)) == org.key }),
            let acronym = known.aliases.first(where: { $0.count >= 2 && $0.allSatisfy { $0.isUppercase || $0.isNumber } })
        {
            return acronym
        }
        return org.name
    }

    /// How a label names an author: a person by family name, anything else in full.
    func shortName(of author: MentionCandidate) -> String {
        author.type == .person ? surname(author.name) : author.name
    }

    func surname(_ name: String) -> String {
        let parts = name.spaceSeparatedWords.map(String.init)
        if lexicon.isFamilyNameFirst(parts.map { normalisedName($0) }) { return parts[0] }
        return parts.last ?? name
    }

    /// "Lima-Okafor summit" (people joined by a hyphen before the trigger) or "meeting (next
    /// week) between X and Y" (a list after it).
    func participants(
        of trigger: MentionRecognizer.TriggerSpan, _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence
    ) -> [MentionCandidate] {
        // "Lima-Okafor summit": two people joined by a hyphen right before the trigger.
        if let second = local.last(where: { $0.type == .person && $0.end == trigger.start }), second.start > 1,
            tokens[second.start - 1].isHyphen, let first = local.last(where: { $0.type == .person && $0.end == second.start - 1 })
        {
            return first.key == second.key ? [] : [first, second]
        }
        var cursor = trigger.end
        var skipped = 0
        while cursor < sentence.tokens.upperBound && !words.participantMarkers.contains(tokens[cursor]) && skipped < 3 {
            cursor += 1
            skipped += 1
        }
        guard cursor < sentence.tokens.upperBound, words.participantMarkers.contains(tokens[cursor]) else { return [] }
        return people(listedFrom: cursor + 1, local, tokens, sentence)
    }

    /// The people listed from `start` on: "Ana Lima and Tom Berg", each perhaps behind a title
    /// and a country ("Brazilian President Ana Lima and ...").
    func people(
        listedFrom start: Int, _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence,
        isSide: (MentionCandidate) -> Bool = { $0.type == .person }
    ) -> [MentionCandidate] {
        var found: [MentionCandidate] = []
        var position = start
        while position < sentence.tokens.upperBound {
            if let person = local.first(where: { isSide($0) && $0.start == position }) {
                if !found.contains(where: { $0.key == person.key }) { found.append(person) }
                position = person.end
                continue
            }
            let key = tokens[position].key
            // A lower-case word right before a capitalised one describes the next person ("and
            // visiting Saudi King Abdullah", "and outgoing President Ana Lima").
            let describes = tokens[position].kind == .word && !words.function.contains(tokens[position])
                && position + 1 < sentence.tokens.upperBound && tokens[position + 1].isCapitalized
            if key == "," || key == "and" || tokens[position].isCapitalized || words.participantTitleWords.contains(tokens[position])
                || describes
            {
                position += 1
                if position - start >= Self.listReach { break }
                continue
            }
            break
        }
        return found
    }

    /// Places in the trigger's clause: right before it, after "in"/"at" following it, or after
    /// "in"/"at" shortly before it ("arrive in Lisbon on Friday for talks").
    /// - Parameter named: the spans of the sentence's named events, which are other meetings.
    func meetingPlaces(
        _ trigger: MentionRecognizer.TriggerSpan, _ meeting: MeetingTrigger, _ local: [MentionCandidate],
        _ sentenceTriggers: [MentionRecognizer.TriggerSpan], _ tokens: [Token], _ sentence: Sentence, named: [Range<Int>] = []
    ) -> [MentionCandidate] {
        func location(startingAt start: Int) -> MentionCandidate? {
            // Not a demonym: "performed in German" names a language.
            local.first {
                ($0.type == .place || ($0.type == .country && $0.isPlaceUse && $0.attributes["form"] != "demonym")) && $0.start == start
            }
        }
        // "in the city of Kazan", "in the Qatari capital, Doha", "at the Black Sea resort of
        // Sochi": news names a venue after what kind of place it is, which a few words describe.
        func location(after preposition: Int) -> MentionCandidate? {
            if let place = location(startingAt: preposition + 1) { return place }
            let upper = sentence.tokens.upperBound
            guard preposition + 1 < upper,
                words.definite.contains(tokens[preposition + 1]) || tokens[preposition + 1].key == "a"
            else { return nil }
            var cursor = preposition + 2
            while cursor < min(upper, preposition + 2 + Self.venueDescriptionReach) {
                let token = tokens[cursor]
                if token.isTerminal || token.keyByte == UInt8(ascii: ",") { return nil }
                if !token.isCapitalized, words.placeNouns.contains(token) {
                    var next = cursor + 1
                    if next < upper, tokens[next].key == "of" || tokens[next].keyByte == UInt8(ascii: ",") { next += 1 }
                    return location(startingAt: next)
                }
                cursor += 1
            }
            return nil
        }
        func isOtherTrigger(_ other: MentionRecognizer.TriggerSpan) -> Bool { other.start != trigger.start }
        // A place the tagger guessed may be a word of the meeting's description ("the African summit").
        if !meeting.isVerb, let before = local.last(where: { $0.end == trigger.start && $0.type == .place && $0.evidence != .learned }) {
            return [before]
        }
        // After: "talks in Nairobi", "meetings in Oslo, Lisbon, and Nairobi", "met X ... in Lisbon".
        // Names and the commas and "and" of a list do not use up the reach ("between X, Y and Z in Geneva").
        var budget = meeting.isVerb ? 10 : 6
        var found: [MentionCandidate] = []
        var cursor = trigger.end
        while cursor < sentence.tokens.upperBound && budget > 0 {
            let inName = local.contains { $0.start <= cursor && cursor < $0.end && $0.type != .place }
            let key = tokens[cursor].key
            if !inName && key != "," && key != "and" { budget -= 1 }
            // Another clause ("..., where ministers in Oslo") or another meeting is not this one's.
            if key == ";" || key == "." || words.placeSearchStops.contains(tokens[cursor]) || named.contains(where: { $0.contains(cursor) })
                || sentenceTriggers.contains(where: { isOtherTrigger($0) && $0.start == cursor })
            {
                break
            }
            if key == "in" || key == "at", let place = location(after: cursor) {
                found.append(place)
                var next = place.end
                var joined = false
                // The rest of a list: ", Lisbon, and Nairobi".
                while next < sentence.tokens.upperBound {
                    var and = false
                    while next < sentence.tokens.upperBound && (tokens[next].key == "," || tokens[next].key == "and") {
                        and = and || tokens[next].key == "and"
                        next += 1
                    }
                    guard let more = location(startingAt: next) else { break }
                    joined = joined || and
                    found.append(more)
                    next = more.end
                }
                // Without "and", commas make an address, not a list: "in Vancouver, British
                // Columbia, Canada" is one place, named from the inside out.
                return joined ? found : [place]
            }
            cursor += 1
        }
        if meeting.isVerb { return [] }
        // Before: "arrive in Lisbon on Friday for talks", in the same stretch of clause.
        cursor = trigger.start - 1
        while cursor > max(sentence.tokens.lowerBound, trigger.start - 9) {
            if tokens[cursor].key == ";" || tokens[cursor].key == "," || named.contains(where: { $0.contains(cursor) })
                || words.clauseBreaks.contains(tokens[cursor]) || words.placeSearchStops.contains(tokens[cursor])
                || sentenceTriggers.contains(where: { isOtherTrigger($0) && $0.end == cursor + 1 })
            {
                break
            }
            if let place = location(startingAt: cursor), cursor > sentence.tokens.lowerBound,
                tokens[cursor - 1].key == "in" || tokens[cursor - 1].key == "at"
            {
                return [place]
            }
            cursor -= 1
        }
        return []
    }

    /// The most words between the article and the noun of a venue's description ("the
    /// southern Russian city of").
    static let venueDescriptionReach = 4

    func isDefinite(_ trigger: MentionRecognizer.TriggerSpan, _ tokens: [Token], _ sentence: Sentence) -> Bool {
        var cursor = trigger.start - 1
        var skipped = 0
        while cursor >= sentence.tokens.lowerBound && skipped <= 3 {
            let key = tokens[cursor].key
            if words.definite.contains(tokens[cursor]) { return true }
            if tokens[cursor].kind == .punctuation && !tokens[cursor].isHyphen && key != "'s" { return false }
            if words.function.contains(tokens[cursor]) { return false }
            cursor -= 1
            skipped += 1
        }
        return false
    }

}
