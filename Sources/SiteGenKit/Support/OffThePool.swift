import Foundation

/// Runs `work` on a thread of its own and awaits its result: for calls that block, such as
/// waiting for a child process or reading its output to the end. The concurrency pool has one
/// thread per core; a blocking call made there holds one of them and stalls every other task
/// (every other test, under Swift Testing) until it returns.
func offThePool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        Thread { continuation.resume(returning: work()) }.start()
    }
}
