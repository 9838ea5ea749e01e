/// Character classes of Unicode scalars with an ASCII fast path: news text is mostly ASCII,
/// and the Unicode property tables are the tokenizer's slowest step otherwise.
///
/// The property look-ups are out of line: inlined into the scanners with the ASCII tests, the
/// set-up they need (the property types are the standard library's, of size unknown here) ran
/// at every call of the scanner, ASCII or not.
enum ScalarClass {
    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return isAlphabetic(scalar)
    }

    @inline(__always) static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return isNumeric(scalar)
    }

    @inline(__always) static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return hasUppercaseProperty(scalar)
    }

    @inline(__always) static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return hasWhitespaceProperty(scalar) || value == 0xFEFF || value == 0x200B
    }

    /// Letters, digits and combining marks: what words and numbers are made of.
    @inline(__always) static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return isLetter(scalar) || isDigit(scalar) }
        return isAlphabetic(scalar) || isNumeric(scalar) || isNonspacingMark(scalar)
    }

    @inline(never) private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }
    @inline(never) private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.numericType != nil }
    @inline(never) private static func hasUppercaseProperty(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }
    @inline(never) private static func hasWhitespaceProperty(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }
    @inline(never) private static func isNonspacingMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .nonspacingMark
    }
}
