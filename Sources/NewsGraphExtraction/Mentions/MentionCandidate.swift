import NewsGraphCore

/// A span of a document recognised as naming an entity, with why it was typed so.
struct MentionCandidate: Sendable {
    /// Why a span was typed as it was; weak evidence can be overturned by resolution.
    enum Evidence: String, Sendable {
        case lexicon, title, givenName, surname, organisationHead, speech, apposition, byline, acronym
        case companyNoun, placePreposition, knownInDocument, trigger, coordination
        /// The learned name tagger's label (`NameTagger`), where no rule had evidence.
        case learned
        /// A pronoun or description referring back to an entity named before (`ReferenceResolver`).
        case reference
    }

    var type: EntityType
    /// Token range `[start, end)`.
    var start: Int
    var end: Int
    var sentence: Int
    /// The name this mention gives, in its canonical written form ("United States" for "U.S.").
    var name: String
    /// What resolution groups by; set by the recogniser for lexicon entries, by the resolver
    /// otherwise; nil until one of them knows who or what the mention names.
    var key: EntityKey?
    var evidence: Evidence
    /// Set when the mention is weak: a later stage may drop it if nothing supports it.
    var isWeak = false
    var attributes: [String: String] = [:]
    /// For agencies: the country named before it ("U.S. Commerce Department"), by country index.
    var country: Int?
    /// For places known to the gazetteer: their country code.
    var placeCountry: String?
    /// For places: how large a unit it is, as far as the lexicon or the name's words say.
    var placeLevel: PlaceLevel?
    /// A capital or country used as a place ("talks in Geneva", datelines).
    var isPlaceUse = false
    /// The tokens patterns see as this mention: a policy's or meeting's trigger word, where the
    /// mention itself also covers its modifiers ("new 100% tariffs").
    /// For a reference: the sentence that names the entity it refers to.
    var antecedentSentence: Int?
    /// Where the words referring to the entity start when a title opens them ("President" in
    /// "President Ana Lima"): the mention's text in the graph, while `start` is where the name
    /// starts, which relations and resolution read.
    var extentStart: Int?
    /// For a weak mention: the type the learned name tagger gives its span, which resolution
    /// falls back on when it ties the mention to no name the text gives.
    var learnedType: EntityType?
    /// How far the tagger's label led the runner-up over the name's words (the least lead), for
    /// a name it typed or a weak mention it gave `learnedType`: how much its vote on the name's
    /// type in the document weighs.
    var learnedMargin: Float = 0
    var itemStart: Int?
    var itemEnd: Int?
    /// For a meeting or policy: the time expression that dates it, where its words are.
    var when: TimeExpressions.Found?

    var itemRange: Range<Int> { (itemStart ?? start)..<(itemEnd ?? end) }

    /// Reads this mention as another of the same name in the document was read: its type, key
    /// and what the lexicon said of it, known from the document rather than from its own words.
    mutating func takeReading(of source: MentionCandidate) {
        type = source.type
        key = source.key
        attributes = source.attributes
        country = source.country
        placeCountry = source.placeCountry
        placeLevel = source.placeLevel
        isPlaceUse = source.isPlaceUse
        evidence = .knownInDocument
        isWeak = false
    }
}

/// A title in the text ("U.S. Treasury Secretary", "chief trade negotiator"), which says what
/// relation its holder has with the country or body named beside it.
struct TitleMention: Sendable {
    var start: Int
    var end: Int
    var sentence: Int
    /// As a reader sees it, capitalised ("Treasury Secretary").
    var role: String
    var titleClass: TitleClass
    /// The agency the portfolio implies ("Treasury Department") and the token range naming it.
    var impliedAgency: String?
    /// "former Foreign Minister": the relations it implies are in the past.
    var isFormer = false
    /// "Deputy Foreign Minister": the holder serves under the head of the body the portfolio
    /// names (the `second-rank-word` cue class before the portfolio), a member of it.
    var isSecondRank = false
    var portfolioStart: Int?
    var portfolioEnd: Int?
}
