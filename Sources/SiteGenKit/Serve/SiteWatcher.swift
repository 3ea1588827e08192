import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Tells when anything under the watched folders changes, and what: inotify on Linux, polling
/// the files' stamps elsewhere. Runs on its own thread, so the cooperative pool never blocks on it.
final class SiteWatcher: @unchecked Sendable {
    let folders: [String]
    private let stopped = Atomic(false)
    /// What changed since `takeChanges()` was last called.
    private let pending = Mutex(WatchedChanges())

    /// - Parameter folders: absolute or relative paths; missing ones are skipped.
    init(folders: [String]) {
        self.folders = folders
    }

    /// One element per burst of changes; ends after `stop()`. The folders are watched when
    /// this returns, so a change made right after is seen.
    func changes() -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let loop: @Sendable () -> Void
        #if os(Linux)
        let fd = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
        if fd >= 0 {
            var watched: [Int32: String] = [:]
            watchAll(fd, into: &watched)
            loop = { [self, watched] in watchWithInotify(fd, watched, continuation) }
        } else {
            let first = snapshot()
            loop = { [self] in poll(from: first, continuation) }
        }
        #else
        let first = snapshot()
        loop = { [self] in poll(from: first, continuation) }
        #endif
        let thread = Thread {
            loop()
            continuation.finish()
        }
        thread.name = "sitegen-watcher"
        thread.start()
        return stream
    }

    func stop() { stopped.store(true, ordering: .relaxed) }

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

    private var isStopped: Bool { stopped.load(ordering: .relaxed) }

    /// Every folder under the watched ones, the watched ones included.
    private func allFolders() -> [String] {
        var result: [String] = []
        for folder in folders where FileManager.default.fileExists(atPath: folder) {
            result.append(folder)
            let enumerator = FileManager.default.enumerator(at: URL(fileURLWithPath: folder), includingPropertiesForKeys: [.isDirectoryKey])
            while let url = enumerator?.nextObject() as? URL {
                if (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true { result.append(url.path) }
            }
        }
        return result
    }

    #if os(Linux)
    private static let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_ATTRIB)

    /// Watch descriptor → the folder it watches.
    private func watchAll(_ fd: Int32, into folders: inout [Int32: String]) {
        for folder in allFolders() {
            let descriptor = inotify_add_watch(fd, folder, Self.mask)
            if descriptor >= 0 { folders[descriptor] = folder }
        }
    }

    private func watchWithInotify(_ fd: Int32, _ folders: [Int32: String], _ continuation: AsyncStream<Void>.Continuation) {
        defer { close(fd) }
        var watched = folders
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !isStopped {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            // A bounded wait, so `stop()` is noticed within a fifth of a second.
            guard Glibc.poll(&descriptor, 1, 200) > 0 else { continue }
            // Editors save in several steps (write, rename, chmod): one rebuild for the burst.
            usleep(5_000)
            var changes = WatchedChanges()
            while true {
                let count = read(fd, &buffer, buffer.count)
                guard count > 0 else { break }
                changes.merge(Self.decode(buffer[0..<count], folders: watched))
            }
            // New folders need watches of their own.
            if changes.paths == nil { watchAll(fd, into: &watched) }
            record(changes)
            continuation.yield()
        }
    }

    /// The paths named by a buffer of `inotify_event`s; nil paths (look at everything) when a
    /// folder appeared, went or moved, or the kernel's queue overflowed.
    private static func decode(_ bytes: ArraySlice<UInt8>, folders: [Int32: String]) -> WatchedChanges {
        var changes = WatchedChanges()
        var offset = bytes.startIndex
        // wd, mask, cookie and len, then len bytes of name (NUL-padded).
        let header = 16
        while offset + header <= bytes.endIndex {
            let (wd, mask, length) = bytes.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let base = offset - bytes.startIndex
                return (raw.loadUnaligned(fromByteOffset: base, as: Int32.self),
                        raw.loadUnaligned(fromByteOffset: base + 4, as: UInt32.self),
                        Int(raw.loadUnaligned(fromByteOffset: base + 12, as: UInt32.self)))
            }
            let nameBytes = bytes[(offset + header)..<min(bytes.endIndex, offset + header + length)].prefix { $0 != 0 }
            offset += header + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 || mask & UInt32(IN_ISDIR) != 0 || mask & UInt32(IN_DELETE_SELF) != 0 {
                changes.paths = nil
                continue
            }
            guard let folder = folders[wd], !nameBytes.isEmpty else { changes.paths = nil; continue }
            // Hidden files (editors' swap and backup files among them) are never part of the site.
            if nameBytes.first == UInt8(ascii: ".") { continue }
            changes.paths?.insert(folder + "/" + String(decoding: nameBytes, as: UTF8.self))
        }
        return changes
    }
    #endif

    /// Compares every file's size and modification time a few times a second.
    private func poll(from first: [String: String], _ continuation: AsyncStream<Void>.Continuation) {
        var last = first
        while !isStopped {
            usleep(250_000)
            let now = snapshot()
            if now != last {
                last = now
                record(WatchedChanges(paths: nil))
                continuation.yield()
            }
        }
    }

    private func snapshot() -> [String: String] {
        var result: [String: String] = [:]
        for folder in allFolders() {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                let path = folder + "/" + name
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { continue }
                result[path] = "\(attributes[.size] ?? 0)-\((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
            }
        }
        return result
    }
}

/// What changed under the watched folders: the paths of files written, created or removed, or
/// nil when only a look at everything can tell (a folder came or went; polling).
struct WatchedChanges: Sendable {
    var paths: Set<String>? = []

    mutating func merge(_ other: WatchedChanges) {
        guard let mine = paths, let theirs = other.paths else { paths = nil; return }
        paths = mine.union(theirs)
    }
}
