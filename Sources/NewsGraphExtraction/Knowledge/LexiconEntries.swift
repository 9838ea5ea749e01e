import NewsGraphCore

/// A country or self-governing territory, with every form news uses for it.
public struct CountryEntry: Sendable, Hashable {
    public var code: String
    public var name: String
    public var aliases: [String]
    public var demonyms: [String]
    public var capitals: [String]
}

/// A city or region that is a place, with the country it lies in (ISO code, if known).
public struct PlaceEntry: Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    public var country: String?
    /// How large a unit it is: a city, a region; nil for seas and rivers.
    public var level: PlaceLevel? = .city
}

/// An entity known by name: an international body, a news organisation, a commodity, or a
/// user's own entry.
public struct KnownEntity: Sendable, Hashable {
    public var type: EntityType
    public var name: String
    public var aliases: [String]
    public var attributes: [String: String]
}

/// What a title says about its holder (see `titles.tsv`).
public enum TitleClass: String, Sendable, Hashable {
    case head, deputy, minister, official, legislator
    case orgHead = "org-head"
    case staff
}

public struct TitleEntry: Sendable, Hashable {
    public var phrase: String
    public var titleClass: TitleClass
    /// The agency a portfolio implies, with `{portfolio}` to fill ("{portfolio} Ministry").
    public var agencyTemplate: String? {
        didSet { agencyTemplateParts = agencyTemplate?.components(separatedBy: "{portfolio}") }
    }
    /// The template's text around each `{portfolio}` (one part if it has none), split once here:
    /// searching the template for every title found cost more than the rest of finding it.
    public private(set) var agencyTemplateParts: [String]?

    public init(phrase: String, titleClass: TitleClass, agencyTemplate: String?) {
        self.phrase = phrase
        self.titleClass = titleClass
        self.agencyTemplate = agencyTemplate
        agencyTemplateParts = agencyTemplate?.components(separatedBy: "{portfolio}")
    }
}

/// A meeting trigger's kind ("talks", "summit"), whether it is a verb, and what the words
/// around it say of the meeting (the `roles` column of meeting-triggers.tsv).
public struct MeetingTrigger: Sendable, Hashable {
    public var kind: String
    public var isVerb: Bool
    /// A country named before it is where it is held ("Peru's presidential election").
    public var countryHosts = false
    /// It is held where it goes ("a visit to Lisbon", "visited Lisbon"), and whoever goes attends.
    public var isVisit = false
    /// "The election" refers back only to an election, not to the talks a story is about.
    public var refersOnlyToItsKind = false
    /// The phrase names no meeting ("news conference"): it only keeps its words from counting.
    public var namesNoMeeting: Bool { kind == "-" }
}

/// A word that ends the name of an event ("Olympics", "Cup", "Summit"), from event-names.tsv.
public struct EventNameHead: Sendable, Hashable {
    /// What the name needs besides the head: another word, nothing, or a year or ordinal.
    public enum Needs: String, Sendable { case word = "-", alone, dated }
    public var kind: String
    public var needs: Needs
}

/// A policy trigger's label head, its family (measures that "the restrictions" may refer back
/// to), and the words one of which must be near for it to count.
public struct PolicyTrigger: Sendable, Hashable {
    public var kind: String
    public var family: String
    public var needs: [String]
    /// Prepositions that, after this trigger, name what it is aimed at besides the general ones
    /// ("investigation into").
    public var aims: [String] = []
}

/// Flags on given names and surnames (the `flags` column of the name lexicons).
public struct NameFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Also a common English word ("Will", "He"): needs stronger evidence.
    public static let word = NameFlags(rawValue: 1)
    /// A surname that is also a common given name.
    public static let given = NameFlags(rawValue: 2)
    /// A given name that is also a surname.
    public static let surname = NameFlags(rawValue: 4)
    /// Also the name of a place ("Jordan", "Paris").
    public static let place = NameFlags(rawValue: 8)
    /// A family name written before the given name ("Wang Jianguo", "Park Ji-hoon").
    public static let familyFirst = NameFlags(rawValue: 16)
    /// A given name that nine in ten of its bearers are men, or women, with (US Census): what
    /// "he" and "she" can refer back to.
    public static let male = NameFlags(rawValue: 32)
    public static let female = NameFlags(rawValue: 64)

    init(field: String) {
        var flags: NameFlags = []
        for name in field.split(separator: "|") {
            switch name {
            case "word": flags.insert(.word)
            case "given": flags.insert(.given)
            case "surname": flags.insert(.surname)
            case "place": flags.insert(.place)
            case "family-first": flags.insert(.familyFirst)
            case "male": flags.insert(.male)
            case "female": flags.insert(.female)
            default: continue
            }
        }
        self = flags
    }
}
