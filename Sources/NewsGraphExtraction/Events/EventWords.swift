/// The words the meeting and policy rules test tokens against, as `WordSet`s: numbered in the
/// lexicon's vocabulary once, when the extractor is made, and tested by number. The lists are
/// data: cue classes of `patterns/cues.tsv` and the lists of `patterns/event-words.tsv`.
struct EventWords: Sendable {
    // Cue classes of cues.tsv.
    let speech: WordSet
    /// Words left out of a policy's label: the label-drop cue class and the evaluative words.
    let labelDrop: WordSet
    let month: WordSet
    let definite: WordSet
    let negation: WordSet
    let targetNoun: WordSet
    /// Words that cue a policy's status ("threatened", "weighs", "lifted"): the `StatusCues` classes.
    let status: WordSet
    let function: WordSet

    /// What ends the object of a trigger used as a verb ("to ban exports of rare earths from ...").
    let verbObjectEnds: WordSet
    /// Modals say nothing about who acts ("would not accept").
    let modals: WordSet
    /// Before an actor, these make it an object, not the subject ("tariffs on China").
    let objectPrepositions: WordSet
    /// "to halt", "will ban": the trigger is a verb.
    let verbalisers: WordSet
    /// "ban on", "halt of": the trigger is a noun after all.
    let nounFollowers: WordSet
    /// Prepositions that open a policy's postmodifying phrase, and those of them that aim it.
    let phrasePrepositions: WordSet
    let aimingPrepositions: WordSet
    /// Where a postmodifying phrase ends.
    let phraseStops: WordSet
    /// "on grain purchases on European farmers": these open a second phrase, about something else.
    let secondPhraseOpeners: WordSet
    /// "in April", "until June": a month dating a policy.
    let datingPrepositions: WordSet
    /// A month across one of these dates another clause.
    let clauseBreaks: WordSet
    /// "starting November 1", "from January": when a policy takes effect.
    let effectMarkers: WordSet
    /// "meeting between X and Y", "talks with X": a list of participants follows.
    let participantMarkers: WordSet
    /// Title words a list of participants may put before a name.
    let participantTitleWords: WordSet
    /// "Lima and Berg held talks": what may lie between a meeting's subject and its noun.
    let meetingSupport: WordSet
    /// What may stand between a meeting's subject and its verb: an adverb ("Lima later met
    /// Berg"), or a phrase between commas that one of `parenthesisOpeners` opens.
    let subjectAdverbs, parenthesisOpeners: WordSet
    /// Words that end an event's name ("Olympics", "Cup"): patterns/event-names.tsv.
    let eventNameHeads: WordSet
    let weekday: WordSet
    /// "third", "twentieth"; and the endings of ordinals in figures ("19th"), as strings: they are
    /// tested only on the few words that open with a digit.
    let ordinal: WordSet
    let ordinalSuffixes: [String]
    /// Words that open another clause, where a meeting's place or a visit's subject is not sought.
    let placeSearchStops: WordSet
    /// Verbs of stance ("criticised", "welcomed"): whoever says them of a policy is not its author.
    let stance: WordSet
    /// Words that join clauses ("and", "but", ";").
    let coordinator: WordSet
    let preposition: WordSet
    /// What kind of place a venue is ("the city of", "the Qatari capital"): the `place-noun` cue class.
    let placeNouns: WordSet
    let pronoun: WordSet

    init(numbering: inout WordNumbering) {
        let lexicon = numbering.lexicon
        let cueWords = lexicon.cueWords
        func set(_ words: [String]) -> WordSet { WordSet(words, numbering: &numbering) }
        func cue(_ name: String) -> WordSet { set((cueWords[name] ?? []).sorted()) }
        func listed(_ name: String) -> WordSet { set(lexicon.eventWordLists[name] ?? []) }
        speech = cue("speech")
        labelDrop = set(((cueWords["label-drop"] ?? []).union(lexicon.evaluativeWords)).sorted())
        month = cue("month")
        definite = cue("definite")
        negation = cue("negation")
        targetNoun = cue("target-noun")
        status = set(StatusCues.order.flatMap { cueWords[$0.0] ?? [] }.sorted())
        function = set(lexicon.functionWords.sorted())
        verbObjectEnds = listed("verb-object-ends")
        modals = listed("modals")
        objectPrepositions = listed("object-prepositions")
        verbalisers = listed("verbalisers")
        nounFollowers = listed("noun-followers")
        phrasePrepositions = listed("phrase-prepositions")
        aimingPrepositions = listed("aiming-prepositions")
        phraseStops = listed("phrase-stops")
        secondPhraseOpeners = listed("second-phrase-openers")
        datingPrepositions = listed("dating-prepositions")
        clauseBreaks = listed("clause-breaks")
        effectMarkers = listed("effect-markers")
        participantMarkers = listed("participant-markers")
        participantTitleWords = listed("participant-title-words")
        meetingSupport = listed("meeting-support-words")
        subjectAdverbs = listed("subject-adverbs")
        parenthesisOpeners = listed("parenthesis-openers")
        eventNameHeads = set(lexicon.eventNameHeads.keys.sorted())
        weekday = cue("weekday")
        ordinal = cue("ordinal")
        ordinalSuffixes = (cueWords["ordinal-suffix"] ?? []).sorted()
        placeSearchStops = cue("clause-opener")
        preposition = cue("preposition")
        placeNouns = cue("place-noun")
        pronoun = cue("pronoun")
        coordinator = cue("coordinator")
        stance = set(((cueWords["oppose"] ?? []).union(cueWords["support"] ?? [])).sorted())
    }
}
