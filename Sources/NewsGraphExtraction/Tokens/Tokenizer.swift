/// Splits article text into tokens that keep their code-point offsets.
///
/// Abbreviations keep their period ("Mr.", "Inc.", "U.S."), spaced initialisms become one token
/// ("U. S."), hyphens and the possessive "'s" are tokens of their own, and curly quotes and
/// dashes are normalised in the lookup key only.
public struct Tokenizer: Sendable {
    /// Lowercase abbreviations, without their period, that keep it ("mr", "jan", "inc").
    public var abbreviations: Set<String>

    public init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
    }

    public func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        // The scanners read every character of every article: through a buffer pointer, without
        // bounds checks or array slices.
        scalars.withUnsafeBufferPointer { tokenize($0) }
    }

    private func tokenize(_ scalars: Scalars) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var newlines = 0
        var space = false
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if scalar == "\n" {
                newlines += 1
                space = true
                index += 1
                continue
            }
            if ScalarClass.isWhitespace(scalar) {
                space = true
                index += 1
                continue
            }
            let start = index
            var kind = Token.Kind.punctuation
            // The possessive "'s" is one token: "China's" is "China" + "'s".
            if isApostrophe(scalar), index + 1 < count, scalars[index + 1] == "s" || scalars[index + 1] == "S",
                index + 2 >= count || !ScalarClass.isLetter(scalars[index + 2]), index > 0, ScalarClass.isWordPart(scalars[index - 1])
            {
                index += 2
                tokens.append(makeToken(scalars, start, index, .punctuation, newlines, space))
                newlines = 0
                space = false
                continue
            }
            if ScalarClass.isWordPart(scalar) {
                kind = ScalarClass.isDigit(scalar) ? .number : .word
                index = scanWord(scalars, from: index, kind: &kind)
            } else {
                index += 1
            }
            tokens.append(makeToken(scalars, start, index, kind, newlines, space))
            newlines = 0
            space = false
        }
        return mergeSpacedInitials(tokens, scalars)
    }

    private typealias Scalars = UnsafeBufferPointer<Unicode.Scalar>

    private func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }

    /// Scans a word or number starting at `start`; returns the end offset.
    private func scanWord(_ scalars: Scalars, from start: Int, kind: inout Token.Kind) -> Int {
        let count = scalars.count
        var index = start
        while index < count {
            let scalar = scalars[index]
            if ScalarClass.isWordPart(scalar) {
                if ScalarClass.isLetter(scalar) && kind == .number {
                    // "10th", "5G": a number glued to letters is a word
                    kind = .word
                }
                index += 1
                continue
            }
            let next = index + 1 < count ? scalars[index + 1] : " "
            // Digits with separators: 1,000 and 3.5
            if kind == .number && (scalar == "," || scalar == ".") && ScalarClass.isDigit(next) {
                index += 1
                continue
            }
            // Internal apostrophe (O'Brien, don't), but not the possessive 's.
            if isApostrophe(scalar) && ScalarClass.isLetter(next) && kind == .word {
                let after = index + 2 < count ? scalars[index + 2] : " "
                if (next == "s" || next == "S") && !ScalarClass.isLetter(after) { break }
                index += 1
                continue
            }
            if scalar == "." && kind == .word {
                // Initialisms: U.S., D.C., U.S.A.
                if index - start == 1 && ScalarClass.isUppercase(scalars[start]) { return scanInitialism(scalars, from: start) }
                if isAbbreviation(scalars[start..<index]) { return index + 1 }
            }
            break
        }
        return index
    }

    /// Whether a word before a period is an abbreviation that keeps it ("Mr", "Inc"). Asked at
    /// every sentence's end: an ASCII word is lowercased straight into the key's storage.
    private func isAbbreviation(_ word: Slice<Scalars>) -> Bool {
        if word.allSatisfy({ $0.value < 0x80 }) {
            let key = String(unsafeUninitializedCapacity: word.count) { buffer in
                for (offset, scalar) in word.enumerated() {
                    let byte = UInt8(scalar.value)
                    buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                return word.count
            }
            return abbreviations.contains(key)
        }
        var key = ""
        key.unicodeScalars.append(contentsOf: word)
        return abbreviations.contains(key.lowercased())
    }

    /// "U.S.", "U.S.A.", "D.C.": single letters each followed by a period.
    private func scanInitialism(_ scalars: Scalars, from start: Int) -> Int {
        var index = start
        let count = scalars.count
        while index + 1 < count, ScalarClass.isLetter(scalars[index]), scalars[index + 1] == "." {
            index += 2
            if index < count, ScalarClass.isLetter(scalars[index]),
                index + 1 >= count || scalars[index + 1] != "."
            {
                // "U.Sx" is not an initialism: stop after the last period.
                break
            }
        }
        return index
    }

    private func makeToken(
        _ scalars: Scalars, _ start: Int, _ end: Int, _ kind: Token.Kind, _ newlines: Int, _ space: Bool
    ) -> Token {
        var letters = 0
        var upper = 0
        var text = ""
        var key = ""
        let span = scalars[start..<end]
        if span.allSatisfy({ $0.value < 0x80 }) {
            // Written straight into each string's storage: no byte arrays per token.
            text = String(unsafeUninitializedCapacity: span.count) { buffer in
                for (offset, scalar) in span.enumerated() { buffer[offset] = UInt8(scalar.value) }
                return span.count
            }
            // The key differs from the text only by capitals, periods and backquotes; most
            // tokens have none, and share the text's string.
            var differs = false
            for scalar in span {
                let byte = UInt8(scalar.value)
                if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                    letters += 1
                    if byte <= 0x5A {
                        upper += 1
                        differs = true
                    }
                } else if byte == 0x2E || byte == 0x60 {  // "." or "`"
                    differs = true
                }
            }
            if !differs {
                key = text
            } else {
                key = String(unsafeUninitializedCapacity: span.count) { buffer in
                    var length = 0
                    for scalar in span {
                        let byte = UInt8(scalar.value)
                        if byte == 0x2E { continue }  // "."
                        if byte == 0x60 {  // "`" -> "'"
                            buffer[length] = 0x27
                        } else if byte >= 0x41 && byte <= 0x5A {
                            buffer[length] = byte | 0x20
                        } else {
                            buffer[length] = byte
                        }
                        length += 1
                    }
                    return length
                }
            }
        } else {
            (text, key, letters, upper) = unicodeTextAndKey(span)
        }
        if key.isEmpty { key = "." }
        return Token(
            start: start, end: end, text: text, key: key, kind: kind, id: -1, newlinesBefore: newlines, spaceBefore: space,
            isCapitalized: ScalarClass.isUppercase(scalars[start]),
            isAllCaps: letters >= 2 && upper == letters, endsWithPeriod: scalars[end - 1] == ".")
    }

    /// `makeToken`'s text, key, letters and capitals for a token with a non-ASCII scalar. Out of
    /// line: inlined, the set-up its Unicode property look-ups need ran at every token.
    @inline(never)
    private func unicodeTextAndKey(_ span: Slice<Scalars>) -> (text: String, key: String, letters: Int, upper: Int) {
        var text = ""
        var key = ""
        var letters = 0
        var upper = 0
        text.unicodeScalars.append(contentsOf: span)
        for scalar in span {
            switch scalar {
            case ".": continue
            case "\u{2019}", "\u{2018}", "\u{02BC}", "`": key.unicodeScalars.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": key.unicodeScalars.append("\"")
            case "\u{2013}", "\u{2014}", "\u{2012}", "\u{2010}", "\u{2011}", "\u{2212}": key.unicodeScalars.append("-")
            default:
                if ScalarClass.isLetter(scalar) {
                    letters += 1
                    if ScalarClass.isUppercase(scalar) { upper += 1 }
                }
                key.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return (text, key, letters, upper)
    }

    /// Joins initials written with spaces ("U. S.") into one token, keyed as "us".
    private func mergeSpacedInitials(_ tokens: [Token], _ scalars: Scalars) -> [Token] {
        // An initial is one capital letter with its period: "U." (the scanner keeps the period).
        func isInitial(_ i: Int) -> Bool {
            i < tokens.count && tokens[i].kind == .word && tokens[i].end - tokens[i].start == 2 && tokens[i].isCapitalized
                && tokens[i].endsWithPeriod
        }
        /// The initial at `i` follows the one before it on the line, one space apart.
        func continuesInitials(_ i: Int) -> Bool {
            isInitial(i) && tokens[i].newlinesBefore == 0 && tokens[i].start == tokens[i - 1].end + 1
        }
        // Most texts write no initials spaced apart ("U. S."): nothing to merge.
        guard let firstMerge = tokens.indices.first(where: { isInitial($0) && continuesInitials($0 + 1) }) else { return tokens }
        var out = Array(tokens[..<firstMerge])
        out.reserveCapacity(tokens.count)
        var index = firstMerge
        while index < tokens.count {
            if isInitial(index) {
                var end = index
                while continuesInitials(end + 1) { end += 1 }
                if end > index {
                    var merged = makeToken(
                        scalars, tokens[index].start, tokens[end].end, .word, tokens[index].newlinesBefore,
                        tokens[index].spaceBefore)
                    merged.key = merged.key.filter { $0 != " " }
                    merged.isAllCaps = true
                    out.append(merged)
                    index = end + 1
                    continue
                }
            }
            out.append(tokens[index])
            index += 1
        }
        return out
    }
}
