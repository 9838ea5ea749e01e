/// Whether a name taken from data or from an option (a document id, `--name`) can name an
/// output file: one path component, not hidden, printable and not too long.
///
/// Output files are `<name>.<format>` inside the output folder. A document id of `../PWNED`
/// wrote files beside the folder, and `--name ''` wrote hidden `.json` and `.svg` (issue 15):
/// a name with a separator, a leading dot (which also covers `.` and `..`), a control
/// character or no character at all can never be one.
public enum FileName {
    /// The most UTF-8 bytes a name may have: a file system allows 255 per component, and the
    /// longest file made of it (`<name>.caption.md`, written as `.<name>.caption.md.<pid>.tmp`
    /// first) adds about 30.
    public static let longest = 200

    /// Why `name` cannot name an output file, or nil when it can; `longest` is in UTF-8 bytes.
    public static func problem(_ name: String, longest: Int = longest) -> String? {
        if name.isEmpty { return "it is empty" }
        if name.unicodeScalars.contains(where: { $0 == "/" || $0 == "\\" }) { return "it holds a '/' or '\\'" }
        if name.hasPrefix(".") { return "it starts with a dot" }
        if name.unicodeScalars.contains(where: \.isInvisibleControl) { return "it holds a control character" }
        if name.utf8.count > longest { return "it is longer than \(longest) bytes" }
        return nil
    }
}

extension Unicode.Scalar {
    /// A character that changes what a terminal or a text view shows instead of showing itself:
    /// C0 and C1 controls (newline and escape among them), DEL, the line and paragraph
    /// separators, and the bidirectional controls that reorder the text around them.
    public var isInvisibleControl: Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
