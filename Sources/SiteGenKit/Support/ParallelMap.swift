import Foundation
import Synchronization

/// `(0..<count).map(body)`, each piece a child task, on all cores; results keep index order,
/// so the output is the same as a single-threaded run. For work split into a few large pieces
/// (walks, cache decoding, hashing); `concurrentMap` chunks a long list of small items. The
/// caller is suspended meanwhile: no thread of the cooperative pool waits.
func parallelMap<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) -> T) async -> [T] {
    guard count > 1 else { return (0..<count).map(body) }
    return await withTaskGroup(of: (Int, T).self) { group in
        for index in 0..<count { group.addTask { (index, body(index)) } }
        var results = [T?](repeating: nil, count: count)
        for await (index, value) in group { results[index] = value }
        return results.map { $0! }
    }
}

/// Runs `transform` over `items` on all cores in chunks; results keep the input order, so the
/// output is the same as a single-threaded run.
/// - Parameter progress: told how many items are done each time a chunk finishes, from the
///   task that finished it (the waiting task only runs once every chunk has started), with
///   counts that only grow.
func concurrentMap<T: Sendable, R: Sendable>(_ items: [T], chunks: Int = 64, progress: (@Sendable (Int) -> Void)? = nil,
                                             _ transform: @escaping @Sendable (T) -> R) async -> [R] {
    guard items.count > 1 else {
        let results = items.map(transform)
        progress?(items.count)
        return results
    }
    let size = max(1, (items.count + chunks - 1) / chunks)
    let starts = Array(stride(from: 0, to: items.count, by: size))
    var results = [[R]](repeating: [], count: starts.count)
    let done = DoneCount()
    await withTaskGroup(of: (Int, [R]).self) { group in
        for (chunk, start) in starts.enumerated() {
            let slice = Array(items[start..<min(start + size, items.count)])
            group.addTask {
                let values = slice.map(transform)
                if let progress { done.add(values.count, then: progress) }
                return (chunk, values)
            }
        }
        for await (chunk, values) in group { results[chunk] = values }
    }
    return results.flatMap { $0 }
}

/// Items done across the tasks of one `concurrentMap`, reported in the order counted.
private final class DoneCount: Sendable {
    private let count = Mutex(0)

    func add(_ items: Int, then report: (Int) -> Void) {
        count.withLock { count in
            count += items
            report(count)
        }
    }
}
