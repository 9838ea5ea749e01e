/// The indices of an array grouped by a small non-negative key each element has (a sentence
/// number), each group in increasing order: a counting sort into one array, rather than a
/// dictionary of arrays.
struct GroupedIndices {
    /// Group `key` is `members[starts[key]..<starts[key + 1]]`.
    private var starts: [Int]
    private var members: [Int]

    init(keys: [Int]) {
        let groups = (keys.max() ?? -1) + 1
        starts = Array(repeating: 0, count: groups + 1)
        for key in keys { starts[key + 1] += 1 }
        for key in 0..<groups { starts[key + 1] += starts[key] }
        members = Array(repeating: 0, count: keys.count)
        var next = starts
        for (index, key) in keys.enumerated() {
            members[next[key]] = index
            next[key] += 1
        }
    }

    /// The indices whose key is `key`, in increasing order.
    subscript(key: Int) -> ArraySlice<Int> {
        key >= 0 && key + 1 < starts.count ? members[starts[key]..<starts[key + 1]] : []
    }
}
