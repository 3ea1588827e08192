#if canImport(Darwin)
import Darwin

// Not compiled for macOS nor ever run, like `KqueueWatchBackend` (see there).

/// The kqueue backend's open descriptors and, for each watched folder, its last listing.
struct KqueueWatches: Sendable {
    let queue: Int32
    /// The most descriptors to hold; beyond it the watches are incomplete.
    let budget: Int
    private var paths: [Int32: String] = [:]
    private var descriptors: [String: Int32] = [:]
    private var listings: [String: [String: EntryStamp]] = [:]
    /// False once a watch could not be placed (out of descriptors): changes may go unseen.
    private(set) var isComplete = true

    init(queue: Int32, budget: Int) {
        self.queue = queue
        self.budget = budget
    }

    func isFolder(_ ident: UInt) -> Bool {
        paths[Int32(truncatingIfNeeded: ident)].map { listings[$0] != nil } ?? false
    }

    /// Watches every folder under `roots` not watched yet, and the files in it.
    mutating func watchNewFolders(under roots: [String]) -> Bool {
        for folder in WatchedTree.folders(under: roots) where listings[folder] == nil {
            let entries = WatchedTree.entries(in: folder)
            listings[folder] = entries
            watch(folder, events: KqueueWatchBackend.folderEvents)
            for (path, stamp) in entries where !stamp.isFolder && !WatchedTree.isHidden(path) {
                watch(path, events: KqueueWatchBackend.fileEvents)
            }
        }
        return isComplete
    }

    mutating func fileChanged(_ event: kevent) -> WatchedChanges {
        guard let path = paths[Int32(truncatingIfNeeded: event.ident)] else { return WatchedChanges() }
        if event.fflags & UInt32(NOTE_DELETE | NOTE_RENAME) != 0 { forget(path) }
        return WatchedChanges(paths: [path])
    }

    mutating func folderChanged(_ event: kevent) -> WatchedChanges {
        guard let folder = paths[Int32(truncatingIfNeeded: event.ident)], let old = listings[folder] else { return WatchedChanges() }
        if event.fflags & UInt32(NOTE_DELETE | NOTE_RENAME) != 0 {
            // Everything under it went or moved with it; what is still there is watched again
            // after the burst, under its new path.
            let inside = folder + "/"
            for path in Array(descriptors.keys) where path == folder || path.hasPrefix(inside) { forget(path) }
            for path in Array(listings.keys) where path == folder || path.hasPrefix(inside) { listings[path] = nil }
            return WatchedChanges(paths: nil)
        }
        let new = WatchedTree.entries(in: folder)
        listings[folder] = new
        let changes = WatchedTree.changes(from: old, to: new)
        // A file that is new or was replaced gets a fresh watch; one that went loses its own.
        for path in changes.paths ?? [] {
            forget(path)
            if let stamp = new[path], !stamp.isFolder { watch(path, events: KqueueWatchBackend.fileEvents) }
        }
        return changes
    }

    mutating func closeAll() {
        for fd in paths.keys { close(fd) }
        paths = [:]
        descriptors = [:]
    }

    private mutating func watch(_ path: String, events: UInt32) {
        guard paths.count < budget else {
            isComplete = false
            return
        }
        let fd = open(path, O_EVTONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            // Too many open files: the rest of the tree would go unwatched.
            if errno == EMFILE || errno == ENFILE { isComplete = false }
            return
        }
        var change = kevent(ident: UInt(fd), filter: Int16(EVFILT_VNODE), flags: UInt16(EV_ADD | EV_CLEAR),
                            fflags: events, data: 0, udata: nil)
        guard kevent(queue, &change, 1, nil, 0, nil) == 0 else {
            close(fd)
            isComplete = false
            return
        }
        paths[fd] = path
        descriptors[path] = fd
    }

    /// Closing the descriptor also removes its events from the queue.
    private mutating func forget(_ path: String) {
        guard let fd = descriptors.removeValue(forKey: path) else { return }
        paths[fd] = nil
        close(fd)
    }
}

#endif
