/// What the learned name tagger (`NameTagger`) reads at a token: the word and its neighbours,
/// the word's shape and affixes, where it stands in its sentence, whether the document also
/// writes it in lower case, and every lexicon hit on or beside it (countries, places, known
/// bodies, titles, given names, surnames, organisation words, triggers).
///
/// Each feature is a 64-bit hash of a template number and the values it combines, so a feature
/// costs no string: the tagger looks the hash up in its weight table. Training (`make model`)
/// and tagging compute features here, through the same code, so they cannot drift apart.
package struct NameFeatures: Sendable {
    let lexicon: Lexicon
    /// What the lexicon says of each word it numbers, by number: a token's facts are read here
    /// instead of hashing its key into a dozen tables. A word the vocabulary lacks has none.
    private let wordFacts: [WordFacts]

    /// The lower-case words that may join two capitalised words of one name (`name-joiner`,
    /// `name-particle`), tested by the token's number: the tagger asks it of the word after
    /// every capitalised one.
    private let joiners, particles: WordSet

    package init(lexicon: Lexicon) {
        self.lexicon = lexicon
        wordFacts = (0..<lexicon.vocabulary.count).map { WordFacts(lexicon.vocabulary.word($0), lexicon) }
        joiners = lexicon.cueSet("name-joiner")
        particles = lexicon.cueSet("name-particle")
    }

    /// The lexicon's facts about one word.
    struct WordFacts {
        /// Bits: 1 given name, 2 given name that is also a word, 4 surname, 8 surname that is
        /// also a word, 16 family name written first.
        var nameFlags: UInt64 = 0
        var organisationHead: UInt64 = 0
        var placeWord: UInt64 = 0
        var isFunctionWord = false
        var isHonorific = false
        var isSpeechVerb = false
        var isCompanyNoun = false
        /// The hashes of the word, its affixes and its length, which every token of it reads.
        var spelling = Spelling()

        init() {}

        init(_ key: String, _ lexicon: Lexicon) {
            spelling = Spelling(key)
            isFunctionWord = lexicon.isFunctionWord(key)
            if let flags = lexicon.givenNames[key] { nameFlags |= flags.contains(.word) ? 3 : 1 }
            if let flags = lexicon.surnames[key] {
                nameFlags |= flags.contains(.word) ? 12 : 4
                if flags.contains(.familyFirst) { nameFlags |= 16 }
            }
            if let kind = lexicon.organisationKind(key) { organisationHead = NameFeatures.bytesHash(kind.utf8) }
            isHonorific = lexicon.honorifics.contains(key)
            isSpeechVerb = lexicon.cue("speech", contains: key)
            isCompanyNoun = lexicon.cue("company-noun", contains: key)
            if lexicon.placeLastWords[key] != nil { placeWord |= 1 }
            if lexicon.placeFirstWords[key] != nil { placeWord |= 2 }
        }
    }

    /// What a word's features read of its letters: its key's hash, its affixes' and its length.
    struct Spelling {
        var key: UInt64 = 0
        var prefix2: UInt64 = 0
        var prefix3: UInt64 = 0
        var suffix2: UInt64 = 0
        var suffix3: UInt64 = 0
        var suffix4: UInt64 = 0
        var length: UInt64 = 0

        init() {}

        init(_ key: String) {
            let bytes = key.utf8
            let count = bytes.count
            self.key = NameFeatures.bytesHash(bytes)
            prefix2 = NameFeatures.bytesHash(bytes.prefix(2))
            prefix3 = NameFeatures.bytesHash(bytes.prefix(3))
            suffix2 = NameFeatures.bytesHash(bytes.dropFirst(max(0, count - 2)))
            suffix3 = NameFeatures.bytesHash(bytes.dropFirst(max(0, count - 3)))
            suffix4 = NameFeatures.bytesHash(bytes.dropFirst(max(0, count - 4)))
            length = UInt64(min(count, 12))
        }
    }

    /// The feature templates. Their numbers are part of the trained model: append, never renumber.
    enum Template: UInt64 {
        case bias = 1, word, previousWord, nextWord, wordBeforePrevious, wordAfterNext
        case shape, previousShape, nextShape, shapeTrigram
        case prefix2, prefix3, suffix2, suffix3, suffix4
        case sentenceInitial, commonWord, commonInitial
        case hit, previousHit, nextHit
        case givenName, surname, previousGivenName, nextSurname
        case organisationHead, nextOrganisationHead, afterNextOrganisationHead
        case functionWord, previousWordShape, nextWordShape
        case previousLabel, previousTwoLabels, previousLabelWord, previousLabelShape
        case honorificBefore, speechAround, companyNounBefore, length
        case placeWord, nextPlaceWord, afterNextPlaceWord, previousPlaceWord
    }

    /// The facts about one token that its own features and its neighbours' read, worked out
    /// once per token.
    struct TokenFacts {
        /// The hashes of its word, affixes and length.
        var spelling = Spelling()
        var shape: UInt64 = 0
        /// Lexicon hits on the token: bit `2 * kind` where a phrase of that kind starts here,
        /// bit `2 * kind + 1` where one goes on through it.
        var hits: UInt32 = 0
        /// Bits: 1 given name, 2 given name that is also a word, 4 surname, 8 surname that is
        /// also a word, 16 family name written first.
        var nameFlags: UInt64 = 0
        /// The organisation kind its word suggests ("government", "company"), hashed; 0 for none.
        var organisationHead: UInt64 = 0
        var isCapitalized = false
        var isCommon = false
        var isFunctionWord = false
        var isHonorific = false
        var isSpeechVerb = false
        var isCompanyNoun = false
        /// 1 where the word ends a place's name ("Creek"), 2 where it opens one ("Mount").
        var placeWord: UInt64 = 0
    }

    /// Kinds of lexicon hit, numbered for `TokenFacts.hits`.
    private static func hitKind(_ hit: PhraseHit, _ lexicon: Lexicon) -> UInt32 {
        switch hit {
        case .country: 0
        case .demonym: 1
        case .capital: 2
        case .place: 3
        case .known(let index):
            switch lexicon.known[index].type {
            case .person: 4
            case .agency: 5
            default: 6
            }
        case .title: 7
        case .meetingTrigger: 8
        case .policyTrigger: 9
        case .cue: 10
        }
    }

    /// The positions the tagger labels: capitalised words; the words and marks that join two
    /// of them inside a name (`name-joiner`, `name-particle`, a hyphen: "Bank of England", "Abu
    /// Musab al-Zarqawi", "Procter & Gamble"); and a lower-case part hyphened to a name ("Ban
    /// Ki-moon"). Names in English are capitalised; every other position is outside a name, and
    /// a word that joins no name ("said") ends the one before it.
    package func candidates(_ tokens: [Token], in range: Range<Int>) -> [Int] {
        var positions: [Int] = []
        for index in range where isCandidate(tokens, index, in: range, previousIsCandidate: positions.last == index - 1) {
            positions.append(index)
        }
        return positions
    }

    private func isCandidate(_ tokens: [Token], _ index: Int, in range: Range<Int>, previousIsCandidate: Bool) -> Bool {
        let token = tokens[index]
        if token.isCapitalized { return true }
        guard previousIsCandidate, !token.isTerminal, token.keyByte != UInt8(ascii: ",") else { return false }
        // "Ki-moon": glued by a hyphen to the name before it.
        if !token.spaceBefore, token.kind == .word, tokens[index - 1].isHyphen, !tokens[index - 1].spaceBefore { return true }
        // A joiner ("of", "de", "&", a hyphen): a capitalised word comes within the next two tokens.
        guard token.isHyphen || joiners.contains(token) || particles.contains(token) else { return false }
        for ahead in (index + 1)..<min(range.upperBound, index + 3) where tokens[ahead].isCapitalized { return true }
        return false
    }

    /// The words of a document written in lower case somewhere: capitalised at a sentence's
    /// start they are ordinary words, not names.
    package static func lowercaseWords(_ tokens: [Token]) -> Set<String> {
        var words = Set<String>()
        for token in tokens where token.kind == .word && !token.isCapitalized { words.insert(token.key) }
        return words
    }

    /// The candidate positions of a sentence and what the tagger reads at each.
    package struct SentenceFeatures {
        /// Token indices, in order.
        package var positions: [Int] = []
        /// The features that do not depend on the labels given, position after position:
        /// `features(at:)` reads one position's. (One array for the sentence: an array per
        /// position was an allocation for each capitalised word.)
        package var allFeatures: [UInt64] = []
        /// Where each position's features start in `allFeatures`, and where the last one's end.
        package var featureStarts: [Int] = [0]
        /// The word's and the shape's hash at each position, for the label features.
        package var words: [UInt64] = []
        package var shapes: [UInt64] = []

        /// The label-free features of the `index`th position.
        package func features(at index: Int) -> ArraySlice<UInt64> {
            allFeatures[featureStarts[index]..<featureStarts[index + 1]]
        }
    }

    /// The features of every candidate position of the sentence `range` of `tokens`, whose
    /// lexicon phrases are `spans` (the longest at each position, left to right).
    func sentence(_ tokens: [Token], _ range: Range<Int>, spans: [PhraseIndex.Match], commonWords: Set<String>) -> SentenceFeatures {
        var sentence = SentenceFeatures()
        sentence.positions = candidates(tokens, in: range)
        let positions = sentence.positions
        guard !positions.isEmpty else { return sentence }
        var facts = [TokenFacts](repeating: TokenFacts(), count: range.count)
        var known = [Bool](repeating: false, count: range.count)
        // Facts are needed only at candidates and two tokens either side.
        for position in positions {
            for index in max(range.lowerBound, position - 2)..<min(range.upperBound, position + 3) where !known[index - range.lowerBound] {
                known[index - range.lowerBound] = true
                facts[index - range.lowerBound] = tokenFacts(tokens[index], commonWords: commonWords)
            }
        }
        for span in spans {
            var kinds: UInt32 = 0
            for hit in span.hits { kinds |= 1 << Self.hitKind(hit, lexicon) }
            for index in span.start..<span.end where index >= range.lowerBound && index < range.upperBound {
                for kind in 0..<11 where kinds & (1 << UInt32(kind)) != 0 {
                    facts[index - range.lowerBound].hits |= 1 << UInt32(2 * kind + (index == span.start ? 0 : 1))
                }
            }
        }
        let firstWord = range.first { tokens[$0].kind != .punctuation }
        sentence.allFeatures.reserveCapacity(48 * positions.count)
        sentence.featureStarts.reserveCapacity(positions.count + 1)
        for position in positions {
            staticFeatures(position, range, facts, isInitial: position == firstWord, into: &sentence.allFeatures)
            sentence.featureStarts.append(sentence.allFeatures.count)
            sentence.words.append(facts[position - range.lowerBound].spelling.key)
            sentence.shapes.append(facts[position - range.lowerBound].shape)
        }
        return sentence
    }

    /// `sentence(_:_:spans:commonWords:)` with the lexicon's phrases found here, as the
    /// mention recogniser finds them: for training, which has no recogniser at hand.
    package func sentence(_ tokens: [Token], _ range: Range<Int>, commonWords: Set<String>) -> SentenceFeatures {
        sentence(tokens, range, spans: lexicon.longestPhrases(tokens, range), commonWords: commonWords)
    }

    private func tokenFacts(_ token: Token, commonWords: Set<String>) -> TokenFacts {
        var facts = TokenFacts()
        let id = Int(token.id)
        let isNumbered = id >= 0 && id < wordFacts.count
        // A word the vocabulary numbers had its spelling hashed once, with the lexicon.
        facts.spelling = isNumbered ? wordFacts[id].spelling : Spelling(token.key)
        facts.shape = Self.shapeHash(token.text)
        facts.isCapitalized = token.isCapitalized
        guard token.kind == .word else { return facts }
        // Only a capitalised word asks whether the document writes it in lower case elsewhere.
        facts.isCommon = token.isCapitalized && commonWords.contains(token.key)
        if isNumbered {
            let word = wordFacts[id]
            facts.isFunctionWord = word.isFunctionWord
            facts.nameFlags = word.nameFlags
            facts.organisationHead = word.organisationHead
            facts.isHonorific = word.isHonorific
            facts.isSpeechVerb = word.isSpeechVerb
            facts.isCompanyNoun = word.isCompanyNoun
            facts.placeWord = word.placeWord
        }
        return facts
    }

    /// Appends the label-free features of the token at `position` to `out`.
    private func staticFeatures(_ position: Int, _ range: Range<Int>, _ facts: [TokenFacts], isInitial: Bool, into out: inout [UInt64]) {
        let here = facts[position - range.lowerBound]
        let none = TokenFacts()
        func at(_ offset: Int) -> TokenFacts {
            let index = position + offset
            return range.contains(index) ? facts[index - range.lowerBound] : none
        }
        let previous = at(-1)
        let next = at(1)
        let beforePrevious = at(-2)
        let afterNext = at(2)
        // Outside the sentence a neighbour's key is a mark of its own, not the empty key.
        let edge: UInt64 = 0x5EED
        func key(_ offset: Int, _ facts: TokenFacts) -> UInt64 { range.contains(position + offset) ? facts.spelling.key : edge }
        // Fixed arities, not a variadic: a variadic call builds an array, for each of some forty
        // features of every candidate.
        func add(_ template: Template) { out.append(Self.seed(template)) }
        func add(_ template: Template, _ a: UInt64) { out.append(Self.mix(Self.seed(template) ^ a)) }
        func add(_ template: Template, _ a: UInt64, _ b: UInt64) { out.append(Self.mix(Self.mix(Self.seed(template) ^ a) ^ b)) }
        func add(_ template: Template, _ a: UInt64, _ b: UInt64, _ c: UInt64) {
            out.append(Self.mix(Self.mix(Self.mix(Self.seed(template) ^ a) ^ b) ^ c))
        }
        out.append(Self.seed(.bias))
        add(.word, here.spelling.key)
        add(.previousWord, key(-1, previous))
        add(.nextWord, key(1, next))
        add(.wordBeforePrevious, key(-2, beforePrevious))
        add(.wordAfterNext, key(2, afterNext))
        add(.shape, here.shape)
        add(.previousShape, previous.shape)
        add(.nextShape, next.shape)
        add(.shapeTrigram, previous.shape, here.shape, next.shape)
        add(.prefix2, here.spelling.prefix2)
        add(.prefix3, here.spelling.prefix3)
        add(.suffix2, here.spelling.suffix2)
        add(.suffix3, here.spelling.suffix3)
        add(.suffix4, here.spelling.suffix4)
        add(.length, here.spelling.length)
        if isInitial { out.append(Self.seed(.sentenceInitial)) }
        if here.isCommon { add(isInitial ? .commonInitial : .commonWord) }
        if here.isFunctionWord { out.append(Self.seed(.functionWord)) }
        for bit in 0..<22 where here.hits & (1 << UInt32(bit)) != 0 { add(.hit, UInt64(bit)) }
        for kind in 0..<11 where previous.hits & (3 << UInt32(2 * kind)) != 0 { add(.previousHit, UInt64(kind)) }
        for kind in 0..<11 where next.hits & (3 << UInt32(2 * kind)) != 0 { add(.nextHit, UInt64(kind)) }
        if here.nameFlags & 3 != 0 { add(.givenName, here.nameFlags & 3) }
        if here.nameFlags & 28 != 0 { add(.surname, here.nameFlags & 28) }
        if previous.nameFlags & 3 != 0 { add(.previousGivenName, previous.nameFlags & 3) }
        if next.nameFlags & 28 != 0 { add(.nextSurname, next.nameFlags & 28) }
        if here.organisationHead != 0 { add(.organisationHead, here.organisationHead) }
        if next.organisationHead != 0 { add(.nextOrganisationHead, next.organisationHead) }
        if afterNext.organisationHead != 0 { add(.afterNextOrganisationHead, afterNext.organisationHead) }
        add(.previousWordShape, key(-1, previous), here.shape)
        add(.nextWordShape, here.shape, key(1, next))
        if previous.isHonorific { out.append(Self.seed(.honorificBefore)) }
        if previous.isSpeechVerb || next.isSpeechVerb || afterNext.isSpeechVerb { out.append(Self.seed(.speechAround)) }
        if previous.isCompanyNoun { out.append(Self.seed(.companyNounBefore)) }
        if here.placeWord != 0 { add(.placeWord, here.placeWord) }
        if next.placeWord != 0 { add(.nextPlaceWord, next.placeWord) }
        if afterNext.placeWord != 0 { add(.afterNextPlaceWord, afterNext.placeWord) }
        if previous.placeWord != 0 { add(.previousPlaceWord, previous.placeWord) }
    }

    /// The features that depend on the labels already given to the two candidates before.
    @inline(__always)
    package static func labelFeatures(previous: UInt8, beforePrevious: UInt8, word: UInt64, shape: UInt64) -> (UInt64, UInt64, UInt64, UInt64) {
        let previous = UInt64(previous)
        return (
            mix(seed(.previousLabel) ^ previous), mix(mix(seed(.previousTwoLabels) ^ UInt64(beforePrevious)) ^ previous),
            mix(mix(seed(.previousLabelWord) ^ previous) ^ word), mix(mix(seed(.previousLabelShape) ^ previous) ^ shape)
        )
    }

    /// A template's number spread over 64 bits: the start of each of its features' hashes.
    @inline(__always) static func seed(_ template: Template) -> UInt64 { template.rawValue &* 0x9E37_79B9_7F4A_7C15 }

    /// SplitMix64's finaliser: spreads every input bit over the output.
    @inline(__always) static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// FNV-1a over bytes: the same hash in every process, unlike the standard library's.
    static func bytesHash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01B3
        }
        return hash
    }

    /// The word's shape with runs collapsed: "Lima" → "Xx", "U.S." → "X.X.", "G20" → "Xd",
    /// "McDonald" → "XxXx"; at most six marks.
    static func shapeHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var last: UInt32 = 0
        var marks = 0
        for scalar in text.unicodeScalars {
            let mark: UInt32
            if ScalarClass.isUppercase(scalar) {
                mark = 88  // X
            } else if ScalarClass.isDigit(scalar) {
                mark = 100  // d
            } else if ScalarClass.isLetter(scalar) {
                mark = 120  // x
            } else {
                mark = scalar.value
            }
            if mark == last { continue }
            last = mark
            marks += 1
            if marks > 6 { break }
            hash ^= UInt64(mark)
            hash = hash &* 0x100_0000_01B3
        }
        return hash
    }
}
