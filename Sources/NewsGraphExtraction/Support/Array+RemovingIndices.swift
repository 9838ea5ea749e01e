extension Array {
    /// Removes the elements at `indices` (ascending, each once), keeping the others in order:
    /// one pass that moves each kept element once, where `remove(at:)` for each would shift
    /// the rest every time.
    mutating func remove(atAscending indices: [Int]) {
        guard !indices.isEmpty else { return }
        var write = indices[0]
        // Swapped through a buffer, which moves the two elements; the array's own `swapAt`
        // copies them, retaining and releasing every reference they hold.
        withUnsafeMutableBufferPointer { elements in
            var next = 0
            for read in indices[0]..<elements.count {
                if next < indices.count && indices[next] == read {
                    next += 1
                    continue
                }
                elements.swapAt(write, read)
                write += 1
            }
        }
        removeLast(count - write)
    }
}
