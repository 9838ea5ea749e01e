import Dispatch
import Foundation

/// Work spread over the cores (articles extracted, records decoded, formats encoded), results
/// in the items' order, so output bytes do not depend on the number of threads.
package enum Parallel {
    /// `transform` applied to every item on up to `jobs` threads (all cores when nil, never more
    /// than the cores or the items), results in the items' order. Threads take the next item as
    /// they finish one, so long articles do not hold up the others.
    package static func map<Item: Sendable, Value>(
        _ items: [Item], jobs: Int?, _ transform: @Sendable (Item) -> Value
    ) -> [Value] {
        let results = ResultSlots<Value>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: workers(jobs: jobs, items: items.count)) { _ in
            while let index = results.claim() {
                results.set(index, transform(items[index]))
            }
        }
        return results.values
    }

    private static func workers(jobs: Int?, items: Int) -> Int {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return max(1, min(jobs ?? cores, cores, items))
    }
}

/// Slots filled from several threads: each thread claims the next free index and fills it.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private var next = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next index no thread has claimed yet, or nil when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { slots.map { $0! } }
}
