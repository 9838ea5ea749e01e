/// Where a value is in a JSON document, written as a reader finds it: `nodes[3].mentions[0].start`.
///
/// Messages about a hand-edited or hostile file name the value at fault this way, so a user can
/// go straight to it.
public enum JSONPath {
    /// The path of a `Codable` coding path: keys joined by dots, array positions in brackets.
    public static func string(_ codingPath: [any CodingKey]) -> String {
        var out = ""
        for key in codingPath {
            if let index = key.intValue, key.stringValue == "Index \(index)" || key.stringValue == "\(index)" {
                out += "[\(index)]"
            } else {
                out += out.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return out
    }

    /// `base` followed by an array position and the keys below it: `join("nodes", 3, "id")`.
    public static func join(_ base: String, _ index: Int, _ keys: String...) -> String {
        ([base + "[\(index)]"] + keys).joined(separator: ".")
    }
}
