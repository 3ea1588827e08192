import Foundation

/// Runs `work` on a thread of its own and awaits its result: for calls that block, such as
/// waiting for a child process or reading its output to the end. Swift Testing runs every
/// test, synchronous ones included, on the concurrency pool, which has one thread per core
/// (two on CI); a blocking call made there holds one of them and stalls every other test
/// until it returns.
func offThePool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        Thread { continuation.resume(returning: work()) }.start()
    }
}
