import Foundation
import Synchronization

/// Tells when anything under the watched folders changes, and what. The kernel says so where it
/// can (inotify on Linux, kqueue on macOS); polling the files' stamps is the fallback, used where
/// neither can be set up or stops coping (out of watches or file descriptors). The backend waits
/// on the watcher's own thread, blocked until the kernel reports a change or `stop()` is called
/// (a pipe it also waits on), so a change is seen at once and the cooperative pool never blocks
/// on it.
final class SiteWatcher: Sendable {
    let folders: [String]
    let backend: WatchBackendChoice
    private let signal = WatchStopSignal()
    /// What changed since `takeChanges()` was last called.
    private let pending = Mutex(WatchedChanges())

    /// - Parameters:
    ///   - folders: absolute or relative paths; missing ones are skipped.
    ///   - backend: `.polling` forces the fallback (tests use it to cover it on any system).
    init(folders: [String], backend: WatchBackendChoice = .native) {
        self.folders = folders
        self.backend = backend
    }

    /// One element per burst of changes (`takeChanges()` says what changed); ends after
    /// `stop()`, or stops the watching when the consumer goes away. The folders are watched
    /// when this returns, so a change made right after is seen.
    func changes() -> AsyncStream<Void> {
        // Made here, not on the thread: watches are placed (or the first snapshot taken) before
        // this returns.
        changes(from: makeBackend())
    }

    /// `changes()` from a given backend (tests hand in one that gives up).
    func changes(from watching: any WatchBackend) -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        continuation.onTermination = { [self] _ in stop() }
        let thread = Thread { [self] in
            let report: (WatchedChanges) -> Void = { changes in
                self.record(changes)
                continuation.yield()
            }
            if !watching.run(until: signal, report: report), !signal.isStopped {
                // The kernel's watches no longer cover everything: poll from here on, after one
                // look at everything for whatever happened meanwhile.
                let polling = PollingWatchBackend(folders: folders)
                report(WatchedChanges(paths: nil))
                _ = polling.run(until: signal, report: report)
            }
            continuation.finish()
        }
        thread.name = "sitegen-watcher"
        thread.start()
        return stream
    }

    /// Ends the watching: the thread wakes at once and the stream of changes ends.
    func stop() {
        signal.stop()
    }

    /// Everything that changed since the last call; a burst the rebuild did not take yet is
    /// merged with the next, so no change is lost when saves come faster than rebuilds.
    func takeChanges() -> WatchedChanges {
        pending.withLock { pending in
            defer { pending = WatchedChanges() }
            return pending
        }
    }

    private func record(_ changes: WatchedChanges) {
        pending.withLock { $0.merge(changes) }
    }

    /// The kernel's backend where asked for and available, else polling.
    func makeBackend() -> any WatchBackend {
        if backend == .native {
            #if os(Linux)
            if let inotify = InotifyWatchBackend(folders: folders) { return inotify }
            #elseif canImport(Darwin)
            if let kqueue = KqueueWatchBackend(folders: folders, stop: signal) { return kqueue }
            #endif
        }
        return PollingWatchBackend(folders: folders)
    }
}

/// Which way `SiteWatcher` learns about changes.
enum WatchBackendChoice: Sendable {
    /// The kernel's notifications (inotify on Linux, kqueue on macOS), polling where they
    /// cannot be set up.
    case native
    /// Polling the files' stamps only.
    case polling
}

/// One way of learning what changed under the watched folders. It is made on the caller's
/// thread (so the folders are watched from then on) and run on the watcher's own thread.
protocol WatchBackend: Sendable {
    /// Blocks, calling `report` once per burst of changes, until `stop` is signalled.
    /// - Returns: false when it stopped early because it could no longer watch everything
    ///   (the watcher then polls instead); true once stopped.
    func run(until stop: WatchStopSignal, report: (WatchedChanges) -> Void) -> Bool
}

/// What changed under the watched folders: the paths of files written, created or removed, or
/// nil when only a look at everything can tell (a folder came or went).
struct WatchedChanges: Sendable {
    var paths: Set<String>? = []

    mutating func merge(_ other: WatchedChanges) {
        guard let mine = paths, let theirs = other.paths else { paths = nil; return }
        paths = mine.union(theirs)
    }
}
