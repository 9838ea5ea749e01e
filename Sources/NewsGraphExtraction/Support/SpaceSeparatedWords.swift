extension String {
    /// The words of a name between spaces, empty ones left out: what `split(separator: " ")`
    /// gives a name, found in the UTF-8 bytes. `split` walks the text character by character,
    /// deciding each grapheme break, and the names of people are split at every mention: that
    /// was a fortieth of extraction. (The two differ only where a combining mark follows a
    /// space, which no name written in a word's letters has.)
    var spaceSeparatedWords: [Substring] {
        var words: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == UInt8(ascii: " ") {
                if start != index { words.append(self[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start != utf8.endIndex { words.append(self[start..<utf8.endIndex]) }
        return words
    }
}
