import NewsGraphCore
import NewsGraphExport

extension StyleSheet {
    /// Checks every value this module hands to Graphviz, so a style sheet cannot inject
    /// markup or change how labels are parsed.
    ///
    /// Colours also go into HTML-like legend attributes, and Graphviz 2.42 copies the font name
    /// unescaped into the SVG `font-family` attribute, so both are restricted to characters that
    /// cannot end an attribute. Record shapes are refused because they parse `|`, `{}` and `<>`
    /// in article labels as fields.
    ///
    /// - Throws: ``RenderingError/invalidStyle(key:value:expected:)`` for the first bad value.
    func validateForGraphviz() throws(RenderingError) {
        try Self.check(key: "font", value: font, expected: "a font name of letters, digits, spaces and , . _ -") {
            !$0.isEmpty && $0.unicodeScalars.allSatisfy { Self.isASCIIAlphanumeric($0) || " ,._-".unicodeScalars.contains($0) }
        }
        for type in EntityType.allCases {
            let style = style(for: type)
            try Self.check(key: "nodes.\(type.rawValue).shape", value: style.shape, expected: Self.shapeExpectation) {
                Self.isIdentifier($0) && !["record", "mrecord"].contains($0.lowercased())
            }
            try Self.checkColor(key: "nodes.\(type.rawValue).fill", value: style.fill)
            try Self.checkColor(key: "nodes.\(type.rawValue).stroke", value: style.stroke)
        }
        for type in RelationType.allCases {
            let style = style(for: type)
            try Self.check(key: "relations.\(type.rawValue).style", value: style.style, expected: "solid, dashed, dotted or bold") {
                ["solid", "dashed", "dotted", "bold"].contains($0)
            }
            try Self.checkColor(key: "relations.\(type.rawValue).color", value: style.color)
            // Arrow names combine shapes and modifiers (`lteeoldiamond`): letters only.
            try Self.check(key: "relations.\(type.rawValue).arrowhead", value: style.arrowhead, expected: "a Graphviz arrow shape such as normal, vee or diamond") {
                !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
            }
        }
    }

    private static let shapeExpectation = "a Graphviz polygon shape name such as box or ellipse (not record or Mrecord)"

    private static func checkColor(key: String, value: String) throws(RenderingError) {
        try check(key: key, value: value, expected: "#RRGGBB, #RRGGBBAA or a colour name") { value in
            let scalars = Array(value.unicodeScalars)
            if scalars.first == "#" {
                return (scalars.count == 7 || scalars.count == 9) && scalars.dropFirst().allSatisfy(\.properties.isASCIIHexDigit)
            }
            return isIdentifier(value)
        }
    }

    private static func check(
        key: String, value: String, expected: String, _ isValid: (String) -> Bool
    ) throws(RenderingError) {
        guard isValid(value) else { throw .invalidStyle(key: key, value: value, expected: expected) }
    }

    /// An ASCII letter, then letters, digits or underscores: Graphviz shape and colour names.
    private static func isIdentifier(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else {
            return false
        }
        return value.unicodeScalars.allSatisfy { isASCIIAlphanumeric($0) || $0 == "_" }
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
