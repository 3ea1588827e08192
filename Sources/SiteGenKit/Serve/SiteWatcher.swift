import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Tells when anything under the watched folders changes: inotify on Linux, polling the
/// files' stamps elsewhere. Runs on its own thread, so the cooperative pool never blocks on it.
final class SiteWatcher: @unchecked Sendable {
    let folders: [String]
    private let stopped = Atomic(false)

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
            watchAll(fd)
            loop = { [self] in watchWithInotify(fd, continuation) }
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

    private func watchAll(_ fd: Int32) {
        for folder in allFolders() { _ = inotify_add_watch(fd, folder, Self.mask) }
    }

    private func watchWithInotify(_ fd: Int32, _ continuation: AsyncStream<Void>.Continuation) {
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while !isStopped {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            // A bounded wait, so `stop()` is noticed within a fifth of a second.
            guard Glibc.poll(&descriptor, 1, 200) > 0 else { continue }
            // Editors save in several steps (write, rename, chmod): one rebuild for the burst.
            usleep(15_000)
            while read(fd, &buffer, buffer.count) > 0 {}
            // New folders need watches of their own.
            watchAll(fd)
            continuation.yield()
        }
    }
    #endif

    /// Compares every file's size and modification time a few times a second.
    private func poll(from first: [String: String], _ continuation: AsyncStream<Void>.Continuation) {
        var last = first
        while !isStopped {
            usleep(250_000)
            let now = snapshot()
            if now != last { last = now; continuation.yield() }
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
