import Foundation
import NewsGraphCore

extension EventRecognizer {
    /// Kinds that name one thing in a story even without a rate or a commodity ("the truce").
    static let specificPolicyKinds: Set<String> = [
        "truce", "ceasefire", "blacklist", "entity list", "embargo", "investigation", "treaty", "agreement", "freeze",
        "suspension",
    ]

    /// Kinds that say what they are for with "to" ("a deal to transfer").
    static let accordKinds: Set<String> = ["agreement", "treaty", "truce", "ceasefire"]

    /// A policy mention and what its phrase says, which the caller keys and relates it by.
    /// Kept beside the mention rather than in its attributes: nothing after this stage reads them.
    struct PolicyPhrase {
        var mention: MentionCandidate
        /// Who likely imposes it, by key: the owner ("China's controls") or the governing verb's subject.
        var imposer: EntityKey?
        /// The country the phrase names as its author ("U.S. tariffs"), or the subject of the
        /// trigger used as a verb ("Norway would ban exports of cod"), by key.
        var author: EntityKey?
        /// The commodities it covers, by key.
        var goods: [EntityKey] = []
        /// The country (or body) it is aimed at ("sanctions against Russia"), by key.
        var target: EntityKey?
        /// For a mention without a key: its own key if no earlier policy of its kind fits.
        var fallbackKey: EntityKey?
    }

    /// The policy a trigger names, or nil when the word is not used as a policy here.
    ///
    /// A returned mention without a key has nothing that tells it apart; the caller resolves
    /// it to the latest policy of its kind, or to `fallbackKey`.
    func policy(
        _ trigger: MentionRecognizer.TriggerSpan, _ policyTrigger: PolicyTrigger, _ local: [MentionCandidate],
        _ sentenceTriggers: [MentionRecognizer.TriggerSpan], _ tokens: [Token], _ sentence: Sentence,
        _ articleDate: CalendarDate? = nil
    ) -> PolicyPhrase? {
        if modifiesNextTrigger(trigger, sentenceTriggers, tokens, sentence)
            || isVerbOfDealing(trigger, policyTrigger, tokens, sentence)
            || isVerbWithoutGoods(trigger, local, tokens, sentence)
        {
            return nil
        }
        let premods = premodifiers(trigger, local, tokens, sentence)
        if isNobodysPolicy(premods, tokens, sentence) || isGeneralWordBesidePolicy(premods, tokens, sentence) { return nil }
        let post = postmodifiers(trigger, policyTrigger, local, tokens, sentence)
        let modifierMentions = premods.mentions + post.mentions
        let marks = distinguishingMarks(trigger, policyTrigger, premods, post, modifierMentions, tokens, sentence)
        // Used as a verb, the trigger's subject imposes it, as a country before a noun does.
        let verbSubject = isVerbUse(trigger, tokens, sentence) ? subject(ofVerb: trigger, local, tokens, sentence) : nil
        let imposer = verbSubject ?? likelyImposer(trigger, premods, post, local, tokens, sentence)
        let mention = policyMention(
            trigger, policyTrigger, premods, post, rate: marks.rate, month: marks.month, sentenceTriggers, tokens, sentence,
            articleDate)
        // What the phrase itself says: its author ("U.S. tariffs"), its goods, its target.
        var found = PolicyPhrase(
            mention: mention, imposer: imposer?.key,
            author: premods.mentions.first(where: { $0.type == .country })?.key ?? verbSubject?.key,
            goods: modifierMentions.filter { $0.type == .commodity }.compactMap(\.key), target: post.target?.key)
        keyByItsPhrase(&found, policyTrigger.kind, marks.distinguishers, imposer: imposer, premods, tokens, sentence)
        return found
    }

    // MARK: Words that name no policy

    /// "tariff investigation": the first trigger only modifies the second.
    private func modifiesNextTrigger(
        _ trigger: MentionRecognizer.TriggerSpan, _ sentenceTriggers: [MentionRecognizer.TriggerSpan], _ tokens: [Token],
        _ sentence: Sentence
    ) -> Bool {
        var next = trigger.end
        if next < sentence.tokens.upperBound && tokens[next].isHyphen { next += 1 }
        return sentenceTriggers.contains(where: { $0.start == next && $0.start != trigger.start })
    }

    /// "to deal with": a verb.
    private func isVerbOfDealing(
        _ trigger: MentionRecognizer.TriggerSpan, _ policyTrigger: PolicyTrigger, _ tokens: [Token], _ sentence: Sentence
    ) -> Bool {
        trigger.end < sentence.tokens.upperBound && tokens[trigger.end].key == "with" && policyTrigger.kind == "agreement"
    }

    /// "to halt U.S. production": the word is a verb; it names a policy only if what it stops
    /// is a commodity ("to ban exports of rare earths").
    private func isVerbWithoutGoods(
        _ trigger: MentionRecognizer.TriggerSpan, _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence
    ) -> Bool {
        guard isVerbUse(trigger, tokens, sentence) else { return false }
        var end = trigger.end
        while end < min(sentence.tokens.upperBound, trigger.end + 6) && !words.verbObjectEnds.contains(tokens[end]) {
            end += 1
        }
        return !local.contains(where: { $0.type == .commodity && (trigger.end..<end).contains($0.start) })
    }

    /// "any peace deal", "no new tariffs": a policy nobody has.
    private func isNobodysPolicy(_ premods: Modifiers, _ tokens: [Token], _ sentence: Sentence) -> Bool {
        premods.start > sentence.tokens.lowerBound && ["any", "no"].contains(tokens[premods.start - 1].key)
    }

    /// "tariffs and other trade restrictions": a general word beside a named policy.
    private func isGeneralWordBesidePolicy(_ premods: Modifiers, _ tokens: [Token], _ sentence: Sentence) -> Bool {
        premods.start >= sentence.tokens.lowerBound + 2 && ["other", "similar"].contains(tokens[premods.start - 1].key)
            && ["and", "or"].contains(tokens[premods.start - 2].key)
    }

    // MARK: What tells a policy apart

    /// The marks that tell a policy apart from others of its kind, and the rate and month among
    /// them, which its label and attributes show.
    private struct Marks {
        var distinguishers: [PolicyMark]
        var rate: String?
        var month: String?
    }

    /// What the phrase says that tells the policy apart: a rate ("25% tariffs"), the goods' family,
    /// the body a deal is about or what it is for, a year; failing a rate, the month that dates
    /// it; failing all of these, whom it is aimed at.
    private func distinguishingMarks(
        _ trigger: MentionRecognizer.TriggerSpan, _ policyTrigger: PolicyTrigger, _ premods: Modifiers, _ post: Modifiers,
        _ modifierMentions: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence
    ) -> Marks {
        let rate = self.rate(in: premods.tokens, tokens)
        let family = modifierMentions.first { $0.type == .commodity }.map { commodityFamily($0) }
        let object = post.object?.key.map(PolicyMark.about(key:))
            ?? post.purpose.map { PolicyMark.purpose(words: $0.map { tokens[$0].key }.joined(separator: " ")) }
        let year = premods.tokens.first { index in
            tokens[index].kind == .number && tokens[index].key.count == 4 && (1900...2100).contains(Int(tokens[index].key) ?? 0)
        }.map { tokens[$0].key }
        var marks = Marks(
            distinguishers: [
                rate.map(PolicyMark.rate(text:)), family.map(PolicyMark.goods(family:)), object, year.map(PolicyMark.year(text:)),
            ].compactMap { $0 },
            rate: rate)
        // A month dates a measure that no rate names ("tariffs imposed in March", "new tariffs
        // threatened for June"); mentions that leave it out join it in the corpus when only one fits.
        if rate == nil, !Self.specificPolicyKinds.contains(policyTrigger.kind),
            marks.distinguishers.isEmpty ? !premods.mentions.contains(where: { $0.type == .country }) : true,
            let found = datingMonth(near: premods.start, (post.end ?? trigger.end), trigger, sentence, tokens)
        {
            marks.month = found
            marks.distinguishers.append(.month(name: found))
        }
        // "sanctions against Russia": with nothing else to tell it apart, a measure is known by its target.
        if marks.distinguishers.isEmpty, policyTrigger.family != "accord", let target = post.target?.key {
            marks.distinguishers = [.target(key: target)]
        }
        return marks
    }

    /// Who likely imposes the policy: a country in its phrase ("U.S. tariffs"), else the agent
    /// after it ("imposed by Iceland"), else the owner or the subject of the governing verb.
    private func likelyImposer(
        _ trigger: MentionRecognizer.TriggerSpan, _ premods: Modifiers, _ post: Modifiers, _ local: [MentionCandidate],
        _ tokens: [Token], _ sentence: Sentence
    ) -> MentionCandidate? {
        premods.mentions.first { $0.type == .country }
            ?? agent(after: post.end ?? trigger.end, local, tokens, sentence)
            ?? likelySubject(premods.start, local, tokens, sentence)
    }

    /// "China would ban exports of gallium", "Norway moved to halt exports": the trigger is the
    /// verb, and who acts is the actor right before the words that make it one (a modal, "to",
    /// the verb that "to" follows), in the same clause.
    private func subject(
        ofVerb trigger: MentionRecognizer.TriggerSpan, _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence
    ) -> MentionCandidate? {
        var position = trigger.start
        while position > max(sentence.tokens.lowerBound, trigger.start - Self.verbSubjectReach),
            tokens[position - 1].kind == .word, !tokens[position - 1].isCapitalized,
            !words.negation.contains(tokens[position - 1]), !words.clauseBreaks.contains(tokens[position - 1])
        {
            position -= 1
        }
        return local.last { actor in
            (actor.type == .person || actor.type == .agency || actor.type == .country) && actor.end == position
                && !(actor.start > sentence.tokens.lowerBound && words.objectPrepositions.contains(tokens[actor.start - 1]))
        }
    }

    /// The most words between a verb's subject and the verb ("would soon move to").
    static let verbSubjectReach = 5

    /// The policy's mention, from its first modifier to the trigger, labelled as a reader would
    /// say it, with its kind, rate, status and the date it takes effect.
    private func policyMention(
        _ trigger: MentionRecognizer.TriggerSpan, _ policyTrigger: PolicyTrigger, _ premods: Modifiers, _ post: Modifiers,
        rate: String?, month: String?, _ sentenceTriggers: [MentionRecognizer.TriggerSpan], _ tokens: [Token],
        _ sentence: Sentence, _ articleDate: CalendarDate?
    ) -> MentionCandidate {
        let kind = policyTrigger.kind
        var mention = MentionCandidate(
            type: .policy, start: premods.start, end: trigger.end, sentence: sentence.index,
            name: label(kind: kind, trigger: trigger, premods: premods, post: post, month: month, tokens),
            key: nil, evidence: .trigger)
        mention.itemStart = trigger.start
        mention.itemEnd = trigger.end
        mention.attributes.reserveCapacity(6)  // kind, _family, rate, status, when, date
        mention.attributes["kind"] = kind
        mention.attributes["_family"] = policyTrigger.family
        if let rate { mention.attributes["rate"] = rate }
        if let status = status(before: trigger, premods: premods, sentenceTriggers, tokens, sentence) {
            mention.attributes["status"] = status
        }
        if let when = policyDate(after: trigger, tokens, sentence) {
            mention.attributes["when"] = when.text
            let resolved = time.expression(near: when.range, tokens, sentence, articleDate: articleDate)
            if let date = resolved?.date { mention.attributes["date"] = date }
            mention.when = resolved
        }
        return mention
    }

    /// Keys a policy by its marks; with none, by its author when its own phrase names them
    /// ("Norway's tariffs"); with no author either, a kind that names one thing in a story ("the
    /// truce") gets a key of its own to fall back on, unless a demonstrative refers back ("this truce").
    private func keyByItsPhrase(
        _ found: inout PolicyPhrase, _ kind: String, _ distinguishers: [PolicyMark], imposer: MentionCandidate?,
        _ premods: Modifiers, _ tokens: [Token], _ sentence: Sentence
    ) {
        if !distinguishers.isEmpty {
            found.mention.key = .policy(kind, distinguishers)
        } else if let imposer, let imposerKey = imposer.key, premods.mentions.contains(where: { $0.key == imposerKey }) {
            found.mention.attributes["by"] = imposer.name
            found.mention.key = .policy(kind, [.author(key: imposerKey)])
        } else if Self.specificPolicyKinds.contains(kind) && kind != "agreement"
            && !isDemonstrative(premods.start, tokens, sentence)
        {
            found.fallbackKey = .policy(kind)
        }
    }

    struct Modifiers {
        var start: Int
        var tokens: [Int] = []
        var mentions: [MentionCandidate] = []
        /// Where the modifying phrase after the trigger ends (exclusive), if it names something.
        var end: Int?
        /// For agreements: the body the deal is about ("a deal to transfer Chatterly").
        var object: MentionCandidate?
        var verb: Int?
        /// For agreements about no body: what the deal does ("a deal to reopen the border").
        var purpose: [Int]?
        /// The country a measure is aimed at ("sanctions against Russia", "tariffs on Chinese goods").
        var target: MentionCandidate?
    }

    /// Words before the trigger that belong to its phrase: "new 100% tariffs", "U.S. export blacklist".
    private func premodifiers(
        _ trigger: MentionRecognizer.TriggerSpan, _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence
    ) -> Modifiers {
        var modifiers = Modifiers(start: trigger.start)
        var cursor = trigger.start - 1
        var steps = 0
        while cursor >= sentence.tokens.lowerBound && steps < 7 {
            steps += 1
            if let mention = local.first(where: { $0.end == cursor + 1 && [.country, .commodity].contains($0.type) }) {
                modifiers.mentions.append(mention)
                modifiers.tokens += Array(mention.start...cursor)
                modifiers.start = mention.start
                cursor = mention.start - 1
                continue
            }
            let token = tokens[cursor]
            let key = token.key
            // "the threatened tariffs" qualifies them; "Mexico threatened tariffs" is a verb after
            // its subject, no part of the measure's name.
            if words.status.contains(token), cursor > sentence.tokens.lowerBound,
                tokens[cursor - 1].isCapitalized || local.contains(where: { $0.end == cursor })
            {
                break
            }
            let isModifierWord = token.kind == .word && !token.isCapitalized && !words.function.contains(token)
                && !words.speech.contains(token) && !key.hasSuffix("ing")
                && (words.labelDrop.contains(token) || (!words.status.contains(token) && !key.hasSuffix("ed")))
                && !(key.hasSuffix("ly") && key.count > 4)
            if token.kind == .number || key == "%" || token.isHyphen || isModifierWord {
                modifiers.tokens.append(cursor)
                modifiers.start = cursor
                cursor -= 1
                continue
            }
            if key.hasSuffix("ly") && key.count > 4 && token.kind == .word {
                cursor -= 1  // "vastly expanded", "recently expanded"
                continue
            }
            break
        }
        while let first = modifiers.tokens.min(), tokens[first].isHyphen {
            modifiers.tokens.removeAll { $0 == first }
            modifiers.start = first + 1
        }
        modifiers.tokens.sort()
        return modifiers
    }

    /// Who a policy is likely by: the owner in "China's controls", or the subject of the verb
    /// that governs it ("The U.S. ... is considering further export restrictions").
    private func likelySubject(
        _ start: Int, _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence
    ) -> MentionCandidate? {
        // Who can author a measure: a person, a body or a country, named before its phrase.
        func isActor(_ mention: MentionCandidate) -> Bool {
            (mention.type == .person || mention.type == .agency || mention.type == .country) && mention.end <= start
        }
        if start > sentence.tokens.lowerBound, tokens[start - 1].key == "'s",
            let owner = local.last(where: { isActor($0) && $0.end == start - 1 })
        {
            return owner
        }
        // Modals ("would not accept") say nothing about who acts.
        guard let verb = (max(sentence.tokens.lowerBound, start - 8)..<start).last(where: {
            words.status.contains(tokens[$0]) && !words.modals.contains(tokens[$0])
        }) else { return nil }
        if (verb..<start).contains(where: { words.negation.contains(tokens[$0]) }) { return nil }
        guard let actor = local.last(where: { actor in
            isActor(actor) && actor.end <= verb && verb - actor.end <= 8
                && !(actor.start > sentence.tokens.lowerBound
                    && words.objectPrepositions.contains(tokens[actor.start - 1]))
        }) else { return nil }
        // "Peru criticised the lifting of the ban": who takes a stance on a measure is not its
        // author; but a stance in a clause of its own leaves the actor the author ("the U.S.
        // condemned these actions and is considering export curbs").
        if let stance = (actor.end..<verb).last(where: { words.stance.contains(tokens[$0]) }),
            !((stance + 1)..<verb).contains(where: { words.coordinator.contains(tokens[$0]) })
        {
            return nil
        }
        return actor
    }

    /// "tariffs imposed by Iceland", "the sanctions, proposed by the Commission": the agent of a
    /// participle of status right after the policy's phrase, a person before the body or
    /// country of its title ("imposed by U.S. Trade Representative Ana Lima").
    private func agent(
        after end: Int, _ local: [MentionCandidate], _ tokens: [Token], _ sentence: Sentence
    ) -> MentionCandidate? {
        let upper = sentence.tokens.upperBound
        var cursor = end
        if cursor < upper && tokens[cursor].key == "," { cursor += 1 }
        guard cursor + 2 < upper, !lexicon.statusCues.statuses(of: tokens[cursor]).isEmpty, tokens[cursor + 1].key == "by"
        else { return nil }
        var first: MentionCandidate?
        var position = cursor + 2
        while position < min(upper, cursor + 10) {
            if let mention = local.first(where: { $0.start == position && [.person, .agency, .country].contains($0.type) }) {
                if mention.type == .person { return mention }
                first = first ?? mention
                position = mention.end
                continue
            }
            guard tokens[position].isCapitalized || tokens[position].key == "the" else { break }
            position += 1
        }
        return first
    }

    /// A trigger after "to" or a modal, not followed by a preposition: "to halt production".
    private func isVerbUse(_ trigger: MentionRecognizer.TriggerSpan, _ tokens: [Token], _ sentence: Sentence) -> Bool {
        guard trigger.end - trigger.start == 1, trigger.start > sentence.tokens.lowerBound else { return false }
        let isNounAfter = trigger.end < sentence.tokens.upperBound && words.nounFollowers.contains(tokens[trigger.end])
        return words.verbalisers.contains(tokens[trigger.start - 1]) && !isNounAfter
    }

    /// "this agreement", "these measures": a reference back, never a policy of its own.
    private func isDemonstrative(_ start: Int, _ tokens: [Token], _ sentence: Sentence) -> Bool {
        start > sentence.tokens.lowerBound && ["this", "these", "that", "those", "such"].contains(tokens[start - 1].key)
    }

    /// The phrase after the trigger: "on Chinese goods", "on rare earth magnets and minerals",
    /// "to transfer ownership control of ... Chatterly".
    private func postmodifiers(
        _ trigger: MentionRecognizer.TriggerSpan, _ policyTrigger: PolicyTrigger, _ local: [MentionCandidate], _ tokens: [Token],
        _ sentence: Sentence
    ) -> Modifiers {
        let kind = policyTrigger.kind
        var modifiers = Modifiers(start: trigger.end)
        let upper = sentence.tokens.upperBound
        guard trigger.end < upper else { return modifiers }
        let preposition = tokens[trigger.end].key
        // Only an accord says what it is for with "to": "a deal to transfer", not "controls to restrict".
        if Self.accordKinds.contains(kind), preposition == "to", trigger.end + 1 < upper,
            tokens[trigger.end + 1].kind == .word
            && !words.function.contains(tokens[trigger.end + 1]) && !tokens[trigger.end + 1].isCapitalized
        {
            // A deal "to transfer ... Chatterly": the verb and the first body named after it.
            modifiers.verb = trigger.end + 1
            var cursor = trigger.end + 2
            while cursor < min(upper, trigger.end + 14) && ![";", "."].contains(tokens[cursor].key) {
                if let mention = local.first(where: { $0.start == cursor && $0.type == .agency }) {
                    modifiers.object = mention
                    modifiers.mentions.append(mention)
                    modifiers.end = mention.end
                    break
                }
                cursor += 1
            }
            if modifiers.object == nil {
                // The verb and its object's words, up to the clause's end: "reopen the border".
                var words = [trigger.end + 1]
                var next = trigger.end + 2
                while next < min(upper, trigger.end + 6), tokens[next].kind == .word,
                    !["and", "or", "but", "which", "that", "while"].contains(tokens[next].key)
                {
                    if !["a", "an", "the"].contains(tokens[next].key) { words.append(next) }
                    next += 1
                }
                // "to guarantee gas shipments to": a purpose cut short by the window ends at its
                // last word of content, not on a preposition.
                while words.count > 1, let last = words.last, self.words.function.contains(tokens[last]) { words.removeLast() }
                modifiers.purpose = words
                modifiers.end = next
            }
            return modifiers
        }
        guard words.phrasePrepositions.contains(tokens[trigger.end]) else { return modifiers }
        let aimed = words.aimingPrepositions.contains(tokens[trigger.end]) || policyTrigger.aims.contains(tokens[trigger.end].key)
        var cursor = trigger.end + 1
        while cursor < min(upper, trigger.end + 12) {
            // "a truce on Thursday with an attack on ...": a date ends what the phrase says of the
            // measure; what follows it is the sentence's, not the measure's. A date that
            // qualifies a noun after it is part of the phrase ("an inquiry into the February
            // bombing").
            if time.opensDate(tokens[cursor]) {
                let next = cursor + 1
                let qualifiesANoun = next < upper && tokens[next].kind == .word && !tokens[next].isCapitalized
                    && !words.function.contains(tokens[next])
                if !qualifiesANoun { break }
            }
            if let mention = local.first(where: { $0.start == cursor && [.country, .commodity, .agency].contains($0.type) }) {
                // "the assassination of former Lebanese Prime Minister X": a country that qualifies
                // a person's title qualifies no measure; the phrase ends at its last word of content.
                if mention.type == .country, qualifiesAPerson(mention, local, tokens, upper) {
                    var end = cursor
                    while end > trigger.end + 1,
                        words.function.contains(tokens[end - 1]) || lexicon.titleModifiers.contains(tokens[end - 1].key)
                    {
                        end -= 1
                    }
                    if end > trigger.end + 1 { modifiers.end = end }
                    break
                }
                // "tariffs on imports into Peru": where goods go in is who charges them, not
                // whom the measure aims at (but an investigation "into" a country aims at it).
                let isDestination = cursor > trigger.end + 1 && tokens[cursor - 1].key == "into" && !policyTrigger.aims.contains("into")
                // A body is aimed at only through the trigger's own prepositions ("accession to the EU").
                let aimable = mention.type == .country
                    || (mention.type == .agency && policyTrigger.aims.contains(tokens[trigger.end].key))
                if aimed && aimable && modifiers.target == nil && !isDestination { modifiers.target = mention }
                modifiers.mentions.append(mention)
                modifiers.end = mention.end
                cursor = mention.end
                // "Chinese goods", "Portuguese wine": keep the noun the country qualifies; after
                // goods or a body only a noun ("steel imports", "wine labels": a noun of trade or
                // a plural), not the sentence's verb ("the tariffs on beef angered ranchers").
                if cursor < upper, tokens[cursor].kind == .word, !tokens[cursor].isCapitalized,
                    !local.contains(where: { $0.start == cursor }),
                    !words.function.contains(tokens[cursor]), !words.status.contains(tokens[cursor]),
                    !words.speech.contains(tokens[cursor]),
                    mention.type == .country || words.targetNoun.contains(tokens[cursor]) || Self.isPluralNoun(tokens[cursor].key)
                {
                    modifiers.end = cursor + 1
                    cursor += 1
                }
                continue
            }
            let key = tokens[cursor].key
            if words.phraseStops.contains(tokens[cursor]) || words.speech.contains(tokens[cursor]) { break }
            // "on grain purchases on European farmers": a second phrase is about something else.
            if modifiers.end != nil, words.secondPhraseOpeners.contains(tokens[cursor]) { break }
            if key == "and" && cursor + 1 < upper && local.first(where: { $0.start == cursor + 1 && $0.type == .commodity }) == nil
                && !(cursor + 1 < upper && tokens[cursor + 1].kind == .word && !words.function.contains(tokens[cursor + 1]))
            {
                break
            }
            if modifiers.end == nil, tokens[cursor].kind == .word, !words.function.contains(tokens[cursor]),
                words.targetNoun.contains(tokens[cursor])
            {
                modifiers.end = cursor + 1
            }
            cursor += 1
        }
        return modifiers
    }

    /// "labels", "prices": a plural as English spells most, which a verb after a plural subject
    /// is not ("tariffs hurt", "tariffs angered").
    static func isPluralNoun(_ key: String) -> Bool {
        key.count > 3 && key.hasSuffix("s") && !key.hasSuffix("ss") && !key.hasSuffix("us")
    }

    /// "Lebanese Prime Minister X", "Chilean Ana Lima": a country named right before a person, or
    /// before the title in front of one.
    private func qualifiesAPerson(_ country: MentionCandidate, _ local: [MentionCandidate], _ tokens: [Token], _ upper: Int) -> Bool {
        guard country.end < upper, tokens[country.end].isCapitalized else { return false }
        return local.contains { $0.type == .person && $0.start >= country.end && $0.start - country.end <= 3 }
    }

    private func rate(in indices: [Int], _ tokens: [Token]) -> String? {
        for index in indices where tokens[index].kind == .number {
            let following = index + 1 < tokens.count ? tokens[index + 1].key : ""
            if following == "%" || following == "percent" || (following == "per" && index + 2 < tokens.count && tokens[index + 2].key == "cent") {
                return "\(tokens[index].key)%"
            }
        }
        return nil
    }

    /// The family a commodity belongs to, so "rare earth magnets" and "rare earths" mark the same controls.
    func commodityFamily(_ mention: MentionCandidate) -> String {
        mention.attributes["family"] ?? mention.name
    }

    /// "In April, Okafor imposed ...": the month a sentence dates its policy by.
    /// "In April, Okafor imposed new tariffs", "tariffs in April": the month the policy's own
    /// clause dates it by; not one across "which", "when" or "but" ("... in May, which lowered tariffs").
    private func datingMonth(
        near start: Int, _ phraseEnd: Int, _ trigger: MentionRecognizer.TriggerSpan, _ sentence: Sentence, _ tokens: [Token]
    ) -> String? {
        let window = max(sentence.tokens.lowerBound + 1, start - 8)..<min(sentence.tokens.upperBound, max(trigger.end, phraseEnd) + 4)
        for index in window {
            let token = tokens[index]
            guard token.isCapitalized, words.month.contains(token), words.datingPrepositions.contains(tokens[index - 1])
            else { continue }
            let between = index < start ? (index + 1)..<start : trigger.end..<index
            if between.contains(where: { words.clauseBreaks.contains(tokens[$0]) }) { continue }
            return token.text
        }
        return nil
    }

    /// "starting November 1", "from January": when the policy takes effect, as written.
    private func policyDate(
        after trigger: MentionRecognizer.TriggerSpan, _ tokens: [Token], _ sentence: Sentence
    ) -> (text: String, range: Range<Int>)? {
        let window = trigger.end..<min(sentence.tokens.upperBound, trigger.end + 12)
        for index in window where index + 1 < sentence.tokens.upperBound && tokens[index + 1].isCapitalized {
            guard words.effectMarkers.contains(tokens[index]), words.month.contains(tokens[index + 1]) else { continue }
            var end = index + 2
            if end < sentence.tokens.upperBound, tokens[end].kind == .number { end += 1 }
            return ((index..<end).map { tokens[$0].text }.joined(separator: " "), (index + 1)..<end)
        }
        return nil
    }

    /// The strongest status word before the trigger in its clause: a threat or a plan outranks
    /// the verb it governs ("threatened to impose" is threatened).
    ///
    /// The clause ends at a word that opens another ("after", "which", "where") and at another
    /// policy, whose status the words before it are ("After Chile lifted its ban, Peru imposed
    /// tariffs": the tariffs are not lifted), unless "and" joins the two ("imposed tariffs on
    /// steel and sanctions on Iran").
    func status(
        before trigger: MentionRecognizer.TriggerSpan, premods: Modifiers, _ sentenceTriggers: [MentionRecognizer.TriggerSpan],
        _ tokens: [Token], _ sentence: Sentence
    ) -> String? {
        var start = premods.start
        // "imposed tariffs on steel and sanctions on Iran": one verb governs both.
        let coordinated = start > sentence.tokens.lowerBound && ["and", "or"].contains(tokens[start - 1].key)
        while start > max(sentence.tokens.lowerBound, premods.start - 10) {
            let token = tokens[start - 1]
            if token.key == ";" || words.clauseBreaks.contains(token) || words.placeSearchStops.contains(token) { break }
            if let other = sentenceTriggers.first(where: { $0.end == start && $0.start != trigger.start }), case .policy = other.kind {
                guard coordinated else { break }
                start = other.start
                continue
            }
            start -= 1
        }
        let window = start..<trigger.start
        var found = StatusCues.Found()
        for index in window { found.formUnion(lexicon.statusCues.statuses(of: tokens[index])) }
        return found.strongest
    }

    /// "100% tariffs on Chinese goods", "rare earth export controls", "deal to transfer Chatterly".
    private func label(
        kind: String, trigger: MentionRecognizer.TriggerSpan, premods: Modifiers, post: Modifiers, month: String?,
        _ tokens: [Token]
    ) -> String {
        var words: [String] = []
        words.reserveCapacity(premods.tokens.count + 8)
        if let month { words.append(month) }
        var previousIndex: Int?
        for index in premods.tokens {
            let token = tokens[index]
            if self.words.labelDrop.contains(token) { continue }
            if token.key == "percent" || token.key == "%" {
                if !words.isEmpty { words[words.count - 1] += "%" }
            } else if token.key == "cent" && index > 0 && tokens[index - 1].key == "per" {
                continue
            } else if token.key == "per", index + 1 < tokens.count, tokens[index + 1].key == "cent" {
                if !words.isEmpty { words[words.count - 1] += "%" }
            } else if token.isHyphen || (previousIndex.map { tokens[$0].isHyphen } ?? false) {
                if words.isEmpty { words.append(token.isHyphen ? "" : token.text) } else { words[words.count - 1] += token.isHyphen ? "-" : token.text }
            } else if index > 0 && !token.spaceBefore && !words.isEmpty && previousIndex == index - 1 {
                words[words.count - 1] += token.text
            } else {
                words.append(token.text)
            }
            previousIndex = index
        }
        if trigger.end - trigger.start == 1 {
            words.append(tokens[trigger.start].text.lowercased())
        } else {
            words.append((trigger.start..<trigger.end).map { tokens[$0].text }.joined(separator: " ").lowercased())
        }
        if let verb = post.verb, let object = post.object {
            words.append("to")
            words.append(tokens[verb].text)
            words.append(object.name)
        } else if let purpose = post.purpose, let first = purpose.first, let last = purpose.last {
            words.append("to")
            for index in first...last { words.append(tokens[index].text) }
        } else if let end = post.end {
            var phrase: [String] = []
            for index in trigger.end..<end {
                let token = tokens[index]
                if index > trigger.end && !token.spaceBefore && !phrase.isEmpty {
                    phrase[phrase.count - 1] += token.isHyphen ? "-" : token.text
                } else {
                    phrase.append(token.text)
                }
            }
            for word in phrase where !["a", "an", "the"].contains(word.lowercased()) { words.append(word) }
        }
        // The non-empty words joined by spaces, built in one string.
        var label = ""
        for word in words where !word.isEmpty {
            if !label.isEmpty { label += " " }
            label += Self.closingSpacedInitials(word)
        }
        return label
    }

    /// "U. S." → "U.S." in labels (mentions keep the text as written).
    static func closingSpacedInitials(_ word: String) -> String {
        // Most words hold no ". ": a byte scan settles them.
        guard containsPeriodSpace(word), word.count >= 4 else { return word }
        let parts = word.split(separator: " ")
        guard parts.allSatisfy({ $0.count == 2 && $0.last == "." && $0.first!.isUppercase }) else { return word }
        return parts.joined()
    }

    private static func containsPeriodSpace(_ word: String) -> Bool {
        func scan(_ bytes: some Sequence<UInt8>) -> Bool {
            var afterPeriod = false
            for byte in bytes {
                if afterPeriod && byte == UInt8(ascii: " ") { return true }
                afterPeriod = byte == UInt8(ascii: ".")
            }
            return false
        }
        // Through the bytes' own storage where there is one: the UTF-8 view checks at every byte.
        return word.utf8.withContiguousStorageIfAvailable(scan) ?? scan(word.utf8)
    }
}
