/// XML's rule for name tokens, which GraphML's schema applies to node ids, edge ids and
/// attribute names: every reader of data that may become such a name (a saved graph, a record
/// `merge` reads) holds the data to it before anything is written.
public enum XMLName {
    /// Whether `text` is an XML `Nmtoken` (XML 1.0 fifth edition `NameChar+`).
    public static func isNameToken(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isNameChar)
    }

    static func isNameChar(_ scalar: Unicode.Scalar) -> Bool {
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
