/// Levenshtein distance between short strings (names), in O(n·m).
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension EditDistance {
    /// Whether `between(a, b) == 1`, in one pass: an edit-distance table of two hostile
    /// 17,000-letter names takes seconds, and the resolver only asks about one edit.
    static func isOneEdit(_ a: String, _ b: String) -> Bool {
        var a = Array(a.unicodeScalars)
        var b = Array(b.unicodeScalars)
        if a.count > b.count { swap(&a, &b) }
        guard b.count - a.count <= 1 else { return false }
        var prefix = 0
        while prefix < a.count && a[prefix] == b[prefix] { prefix += 1 }
        if a.count == b.count {
            // One substitution: the rest after the first difference is equal.
            guard prefix < a.count else { return false }
            return a[(prefix + 1)...] == b[(prefix + 1)...]
        }
        // One insertion into `a`: skipping b's scalar at the first difference leaves them equal.
        return a[prefix...] == b[(prefix + 1)...]
    }
}
