#if canImport(Darwin)
import Darwin

/// The watcher on macOS: kqueue's `EVFILT_VNODE` on every folder and every (non-hidden) file
/// under the watched ones, each opened with `O_EVTONLY`, and the stop pipe as `EVFILT_READ`, all
/// waited on with one `kevent` call on the watcher's thread. A folder's `NOTE_WRITE` (an entry
/// added, removed or renamed over) has that folder listed again: the entries whose stamps
/// differ are the changed files, and new files get watches of their own; a file's own events
/// name it (an editor writing in place changes no folder). Like inotify's backend, a folder
/// that came or went means a look at everything.
///
/// Not compiled for macOS nor ever run: it was written on a Linux machine, where
/// `canImport(Darwin)` is false, against the documented kqueue(2), open(2) and getrlimit(2)
/// interfaces, and is only type-checked there (`.ci/typecheck-kqueue`) against a stand-in
/// that declares them as Darwin's headers do. It is kept small for that reason, and the
/// watcher polls whenever it cannot start or runs out of file descriptors (one is held per
/// watched file and folder: a site with more entries than the descriptor limit allows is polled).
struct KqueueWatchBackend: WatchBackend {
    static let folderEvents = UInt32(NOTE_WRITE | NOTE_DELETE | NOTE_RENAME)
    static let fileEvents = UInt32(NOTE_WRITE | NOTE_EXTEND | NOTE_ATTRIB | NOTE_DELETE | NOTE_RENAME)

    let roots: [String]
    private let queue: Int32
    private let first: KqueueWatches

    /// Places the watches; nil when kqueue is unavailable, the stop pipe is missing or the
    /// site has more entries than the process may open (the watcher then polls).
    init?(folders: [String], stop: WatchStopSignal) {
        // Without the pipe, a thread blocked in kevent could not be woken to stop.
        guard stop.readEnd >= 0 else { return nil }
        let queue = kqueue()
        guard queue >= 0 else { return nil }
        var pipeEvent = kevent(ident: UInt(stop.readEnd), filter: Int16(EVFILT_READ), flags: UInt16(EV_ADD),
                               fflags: 0, data: 0, udata: nil)
        var watches = KqueueWatches(queue: queue, budget: Self.descriptorBudget())
        guard kevent(queue, &pipeEvent, 1, nil, 0, nil) == 0, watches.watchNewFolders(under: folders) else {
            watches.closeAll()
            close(queue)
            return nil
        }
        self.roots = folders
        self.queue = queue
        self.first = watches
    }

    func run(until stop: WatchStopSignal, report: (WatchedChanges) -> Void) -> Bool {
        var watches = first
        defer {
            watches.closeAll()
            close(queue)
        }
        var events: [kevent] = Array(repeating: kevent(), count: 256)
        while !stop.isStopped {
            var count = next(&events, milliseconds: nil)
            var changes = WatchedChanges()
            // Editors save in several steps (write, rename, chmod): the events that follow
            // within a few milliseconds of each other are one burst, one rebuild.
            var rounds = 0
            while count > 0, rounds < 20, !stop.isStopped {
                let batch = events.prefix(count).filter { $0.flags & UInt16(EV_ERROR) == 0 && Int32(truncatingIfNeeded: $0.ident) != stop.readEnd }
                // Files first: a file replaced by a rename is forgotten before its folder,
                // listed again, watches the new one (which may get the same descriptor number).
                for event in batch where !watches.isFolder(event.ident) { changes.merge(watches.fileChanged(event)) }
                for event in batch where watches.isFolder(event.ident) { changes.merge(watches.folderChanged(event)) }
                rounds += 1
                count = next(&events, milliseconds: 5)
            }
            if stop.isStopped { break }
            guard watches.isComplete else { return false }
            if changes.paths == nil, !watches.watchNewFolders(under: roots) { return false }
            if changes.paths?.isEmpty != true { report(changes) }
        }
        return true
    }

    /// How many descriptors the watches may hold: macOS starts a process with a soft limit of
    /// 256, which is raised as far as the hard limit (and OPEN_MAX) allow, less 256 kept for the
    /// server's connections and the build's own files.
    private static func descriptorBudget() -> Int {
        var limit = rlimit()
        guard getrlimit(RLIMIT_NOFILE, &limit) == 0 else { return 0 }
        let wanted = min(limit.rlim_max, rlim_t(OPEN_MAX))
        if limit.rlim_cur < wanted {
            var raised = limit
            raised.rlim_cur = wanted
            if setrlimit(RLIMIT_NOFILE, &raised) == 0 { limit = raised }
        }
        return max(0, Int(limit.rlim_cur) - 256)
    }

    /// Waits for events (without a limit when `milliseconds` is nil); how many arrived.
    private func next(_ events: inout [kevent], milliseconds: Int?) -> Int {
        let count: Int32
        if let milliseconds {
            var timeout = timespec(tv_sec: 0, tv_nsec: milliseconds * 1_000_000)
            count = kevent(queue, nil, 0, &events, Int32(events.count), &timeout)
        } else {
            count = kevent(queue, nil, 0, &events, Int32(events.count), nil)
        }
        return Int(max(count, 0))
    }
}
#endif
