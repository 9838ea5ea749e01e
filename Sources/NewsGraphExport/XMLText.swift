/// Text made safe for XML 1.0, for the XML-based exports.
///
/// Labels come from news text and user files, so they hold anything: markup, quotes,
/// control characters. Escaping every special character everywhere (never CDATA, so `]]>`
/// needs no care) and dropping what XML 1.0 cannot carry at all gives a well-formed file
/// whatever the input.
enum XMLText {
    /// `text` as XML character data or attribute value: `& < > " '` escaped, carriage return
    /// and (in attributes, where parsers would turn them into spaces) tab and newline as
    /// character references, and the characters XML 1.0 forbids (C0 controls other than tab,
    /// newline and carriage return; U+FFFE, U+FFFF) removed.
    static func escaped(_ text: String, inAttribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append("&amp;")
            case "<": out.append("&lt;")
            case ">": out.append("&gt;")
            case "\"": out.append("&quot;")
            case "'": out.append("&apos;")
            case "\r": out.append("&#13;")  // a raw CR would be read back as LF
            case "\t" where inAttribute: out.append("&#9;")
            case "\n" where inAttribute: out.append("&#10;")
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `text` is an XML `Nmtoken` (XML 1.0 fifth edition `NameChar+`): what GraphML's
    /// schema requires of ids, key ids and attribute names.
    static func isNameToken(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isNameChar)
    }

    private static func isNameChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x3A, 0x5F, 0xB7,
            0xC0...0xD6, 0xD8...0xF6, 0xF8...0x37D, 0x37F...0x1FFF, 0x200C...0x200D,
            0x203F...0x2040, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
            0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            true
        default:
            false
        }
    }
}
