import NewsGraphCore

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
        var out: [UInt8] = []
        escape(text, inAttribute: inAttribute, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `escaped(_:inAttribute:)` appended to UTF-8 bytes, for the writers that build a whole
    /// file as bytes.
    static func escape(_ text: String, inAttribute: Bool = false, into out: inout [UInt8]) {
        // Most text needs nothing done: copy it whole. 0xEF leads U+FFFE and U+FFFF.
        if !text.utf8.contains(where: needsCare) {
            return out.append(contentsOf: text.utf8)
        }
        func append(_ reference: String) { out.append(contentsOf: reference.utf8) }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": append("&amp;")
            case "<": append("&lt;")
            case ">": append("&gt;")
            case "\"": append("&quot;")
            case "'": append("&apos;")
            case "\r": append("&#13;")  // a raw CR would be read back as LF
            case "\t" where inAttribute: append("&#9;")
            case "\n" where inAttribute: append("&#10;")
            case "\t", "\n": out.append(UInt8(scalar.value))
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
    }

    /// Whether a UTF-8 byte may need escaping or dropping: `& < > " '`, a control character,
    /// or the lead byte of U+FFFE and U+FFFF.
    private static func needsCare(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: true
        default: false
        }
    }

    /// Whether `text` is an XML `Nmtoken` (XML 1.0 fifth edition `NameChar+`): what GraphML's
    /// schema requires of ids, key ids and attribute names (``XMLName``, in NewsGraphCore, so
    /// readers of records can hold data to it too).
    static func isNameToken(_ text: String) -> Bool {
        XMLName.isNameToken(text)
    }
}
