import NewsGraphCore

extension EventRecognizer {
    /// What a document has said about its events up to the sentence being read: what a later
    /// mention ("the talks", "the December summit", "the restrictions") may refer back to.
    struct EventsSoFar {
        /// Each meeting's mentions so far, where it was first named, and its class (worked out once).
        private(set) var meetingCounts: [EntityKey: (count: Int, first: Int, meetingClass: String?)] = [:]
        /// The policies in the order they were named, with what a later mention matches them by.
        var policies: [(kind: String, family: String, key: EntityKey, imposer: EntityKey?)] = []
        /// Meetings named by a date or an ordinal ("the December summit"), by mark and class.
        var markedMeetings: [String: EntityKey] = [:]
        var markOfMeeting: [EntityKey: String] = [:]
        /// Named events, with the words of their names, for a shorter name that refers back to one
        /// ("the Winter Olympics" after "the 2010 Winter Olympics").
        var namedEvents: [(key: EntityKey, words: Set<String>)] = []
        /// The meeting kinds that are never a gathering of any other kind (`Lexicon.distinctMeetingKinds`).
        let distinctMeetingKinds: Set<String>

        init(distinctMeetingKinds: Set<String>) {
            self.distinctMeetingKinds = distinctMeetingKinds
        }

        /// Counts one more mention of a meeting.
        mutating func count(_ mention: MentionCandidate) {
            guard let key = mention.key else { return }
            if let counted = meetingCounts[key] {
                meetingCounts[key] = (counted.count + 1, counted.first, counted.meetingClass)
            } else {
                meetingCounts[key] = (1, mention.start, key.meetingClass)
            }
        }

        /// The meeting the story is about so far: the one mentioned most (ties: the earliest, then
        /// the smaller key, so that two names starting at one word never leave the choice to a
        /// dictionary's order), of the kind's class if there is one; with `only`, of that class
        /// or none. Without a kind, only gatherings: "X met Y" is not at an election or a visit.
        func salient(preferring kind: String?, only: Bool = false) -> EntityKey? {
            typealias Count = (key: EntityKey, value: (count: Int, first: Int, meetingClass: String?))
            func ranksHigher(_ a: Count, _ b: Count) -> Bool {
                (b.value.count, a.value.first, a.key) < (a.value.count, b.value.first, b.key)
            }
            if let kind {
                let wanted = EventRecognizer.meetingClass(kind)
                let sameClass = meetingCounts.lazy.filter { $0.value.meetingClass == wanted }
                if let match = sameClass.min(by: ranksHigher) { return match.key }
                if only { return nil }
            }
            let distinct = distinctMeetingKinds
            // A meeting known only by who met has no class: it is a gathering.
            return meetingCounts.lazy.filter { !distinct.contains($0.value.meetingClass ?? "") }.min(by: ranksHigher)?.key
        }
    }
}
