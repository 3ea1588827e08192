import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How `SiteWatcher.stop()` reaches the watching thread: a flag, and a pipe the thread waits on
/// beside the kernel's descriptor, so that a thread blocked waiting for changes wakes at once.
final class WatchStopSignal: Sendable {
    private let stopped = Atomic(false)
    /// Written to by `stop()`: [read end, write end]; -1 when the pipe could not be made.
    private let wake: (read: Int32, write: Int32)

    init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            wake = (ends[0], ends[1])
        } else {
            wake = (-1, -1)
        }
    }

    deinit {
        if wake.read >= 0 { close(wake.read) }
        if wake.write >= 0 { close(wake.write) }
    }

    var isStopped: Bool { stopped.load(ordering: .relaxed) }

    /// The descriptor that becomes readable on `stop()`, for a backend that waits with its own
    /// call (kqueue); -1 when there is none, and then the backend must not wait without a limit.
    var readEnd: Int32 { wake.read }

    /// Sets the flag and wakes the watching thread; only the first call does anything.
    func stop() {
        guard !stopped.exchange(true, ordering: .relaxed), wake.write >= 0 else { return }
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
    }

    /// Blocks until `fd` (if any) is readable, `stop()` is called, or `milliseconds` pass
    /// (-1: no limit). True when `fd` is readable and the watcher was not stopped.
    func wait(for fd: Int32?, milliseconds: Int32) -> Bool {
        var descriptors = [pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
        if let fd { descriptors.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
        // Without the pipe (it could not be made), `stop()` is noticed within a fifth of a second.
        let limit = wake.read < 0 && milliseconds < 0 ? 200 : milliseconds
        let ready = poll(&descriptors, nfds_t(descriptors.count), limit)
        guard ready > 0, !isStopped, let last = descriptors.last, fd != nil else { return false }
        return last.revents & Int16(POLLIN) != 0
    }
}
