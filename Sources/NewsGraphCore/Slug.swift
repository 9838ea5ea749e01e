/// Turns a name into the lowercase, hyphenated form node ids are made of.
///
/// Letters and digits of any script that XML allows in a name are kept, so the slug is a valid
/// XML name token (GraphML ids); everything else collapses to a single hyphen. "U.S." gives "us".
public enum Slug {
    public static func make(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar == "." || scalar == "'" || scalar == "\u{2019}" {
                continue  // "U.S." -> "us", "Xi's" -> "xis"
            }
            // A letter or digit XML allows in a name: "¼" and "²" are numbers to Unicode but
            // not name characters to XML, and an id holding one is no GraphML id.
            if (scalar.properties.isAlphabetic || scalar.properties.numericType != nil) && XMLName.isNameChar(scalar) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "x" : out
    }

    /// A node id: `type:slug`.
    public static func id(_ type: EntityType, _ name: String) -> String {
        "\(type.rawValue):\(make(name))"
    }
}
