import Foundation

/// The end of a child process, awaited without holding a thread: `Process.waitUntilExit()`
/// blocks its caller, and a test's caller is one of the concurrency pool's few threads (see
/// `offThePool`). Made before `process.run()`, as it sets the process's `terminationHandler`.
final class ProcessExit: @unchecked Sendable {
    private let lock = NSLock()
    private var ended = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(of process: Process) {
        process.terminationHandler = { [self] _ in
            let resumed = lock.withLock {
                ended = true
                defer { waiting = [] }
                return waiting
            }
            for continuation in resumed { continuation.resume() }
        }
    }

    /// Returns once the process has ended; its `terminationStatus` is then set.
    func wait() async {
        await withCheckedContinuation { continuation in
            let now = lock.withLock {
                if !ended { waiting.append(continuation) }
                return ended
            }
            if now { continuation.resume() }
        }
    }
}
