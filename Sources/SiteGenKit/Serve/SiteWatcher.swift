import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Tells when anything under the watched folders changes, and what: inotify on Linux, polling
/// the files' stamps elsewhere. Waits on its own thread, blocked in poll(2) until the kernel
/// reports a change or `stop()` is called (a pipe it also waits on), so a change is seen at
/// once and the cooperative pool never blocks on it.
final class SiteWatcher: Sendable {
    let folders: [String]
    private let stopped = Atomic(false)
    /// Written to by `stop()`, to wake the watching thread: [read end, write end].
    private let wake: (read: Int32, write: Int32)
    /// What changed since `takeChanges()` was last called.
    private let pending = Mutex(WatchedChanges())

    /// - Parameter folders: absolute or relative paths; missing ones are skipped.
    init(folders: [String]) {
        self.folders = folders
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

    /// One element per burst of changes (`takeChanges()` says what changed); ends after
    /// `stop()`, or stops the watching when the consumer goes away. The folders are watched
    /// when this returns, so a change made right after is seen.
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
        continuation.onTermination = { [self] _ in stop() }
        let thread = Thread {
            loop()
            continuation.finish()
        }
        thread.name = "sitegen-watcher"
        thread.start()
        return stream
    }

    /// Ends the watching: the thread wakes at once and the stream of changes ends.
    func stop() {
        guard !stopped.exchange(true, ordering: .relaxed), wake.write >= 0 else { return }
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
    }

    /// Blocks until `fd` (if any) is readable, `stop()` is called, or `milliseconds` pass
    /// (-1: no limit). True when `fd` is readable.
    private func wait(for fd: Int32?, milliseconds: Int32) -> Bool {
        var descriptors = [pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
        if let fd { descriptors.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
        // Without the pipe (it could not be made), `stop()` is noticed within a fifth of a second.
        let limit = wake.read < 0 && milliseconds < 0 ? 200 : milliseconds
        #if os(Linux)
        let ready = Glibc.poll(&descriptors, nfds_t(descriptors.count), limit)
        #else
        let ready = Darwin.poll(&descriptors, nfds_t(descriptors.count), limit)
        #endif
        guard ready > 0, !isStopped, let last = descriptors.last, fd != nil else { return false }
        return last.revents & Int16(POLLIN) != 0
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
            guard wait(for: fd, milliseconds: -1) else { continue }
            var changes = WatchedChanges()
            // Editors save in several steps (write, rename, chmod): the events that follow
            // within a few milliseconds of each other are one burst, one rebuild.
            var rounds = 0
            repeat {
                while true {
                    let count = read(fd, &buffer, buffer.count)
                    guard count > 0 else { break }
                    changes.merge(Self.decode(buffer[0..<count], folders: watched))
                }
                rounds += 1
            } while rounds < 20 && wait(for: fd, milliseconds: 5)
            if isStopped { break }
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

    /// Compares every file's size and modification time a few times a second (where the
    /// kernel cannot tell), waiting in between on `stop()`.
    private func poll(from first: [String: String], _ continuation: AsyncStream<Void>.Continuation) {
        var last = first
        while !isStopped {
            _ = wait(for: nil, milliseconds: 250)
            if isStopped { break }
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
