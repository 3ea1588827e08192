/// The watcher's fallback where the kernel cannot tell (or stopped telling) what changed:
/// compares every entry's stamp a few times a second, waiting in between on `stop()`. It
/// names the files that changed, as the kernel's backends do; a folder that came or went
/// means a look at everything.
struct PollingWatchBackend: WatchBackend {
    let roots: [String]
    /// Taken when the backend is made, so a change made right after is seen.
    private let first: [String: EntryStamp]
    /// Between two looks.
    static let interval: Int32 = 250

    init(folders: [String]) {
        roots = folders
        first = WatchedTree.snapshot(of: folders)
    }

    func run(until stop: WatchStopSignal, report: (WatchedChanges) -> Void) -> Bool {
        var last = first
        while !stop.isStopped {
            _ = stop.wait(for: nil, milliseconds: Self.interval)
            if stop.isStopped { break }
            let now = WatchedTree.snapshot(of: roots)
            let changes = WatchedTree.changes(from: last, to: now)
            last = now
            if changes.paths?.isEmpty != true { report(changes) }
        }
        return true
    }
}
