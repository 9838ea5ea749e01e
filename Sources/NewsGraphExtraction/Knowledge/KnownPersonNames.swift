/// The names of the people a document has established so far, as headings and datelines are
/// read against them: each person's normalised full name, its first word and its last word.
///
/// Headings are read after the body and test every name they hold against these. Scanning the
/// document's mentions for each test made one long article quadratic (a 4 MB article of many
/// short stories took 54 s, issue 15); a set answers each test in constant time.
struct KnownPersonNames {
    private var names: Set<String> = []
    /// The names as written that `names` has taken in: a person is mostly named again and
    /// again, and normalising and splitting each repetition cost more than this look-up.
    private var added: Set<String> = []

    /// Adds the people among `mentions`; weak mentions establish nobody.
    mutating func add(_ mentions: ArraySlice<MentionCandidate>) {
        // Room for every name at once: grown insert by insert, the sets were rehashed again and again.
        added.reserveCapacity(added.count + mentions.count)
        names.reserveCapacity(names.count + 3 * mentions.count)
        // By index: a mention copied out of the list is a dozen references retained and released.
        for index in mentions.indices where mentions[index].type == .person && !mentions[index].isWeak {
            guard added.insert(mentions[index].name).inserted else { continue }
            let full = normalisedName(mentions[index].name)
            names.insert(full)
            let words = full.spaceSeparatedWords
            if let first = words.first { names.insert(String(first)) }
            if let last = words.last { names.insert(String(last)) }
        }
    }

    /// Whether `name` (normalised) is a known person's full name, first word or last word.
    func contains(_ name: String) -> Bool { names.contains(name) }
}
