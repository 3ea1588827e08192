#if os(Linux)
import Glibc

/// The watcher on Linux: an inotify watch on every folder under the watched ones, read on the
/// watcher's thread after poll(2) says the inotify descriptor (or the stop pipe) is readable.
struct InotifyWatchBackend: WatchBackend {
    private static let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_ATTRIB)

    let roots: [String]
    private let fd: Int32
    /// Watch descriptor → the folder it watches.
    private let watched: [Int32: String]

    /// Places the watches; nil when inotify is unavailable or has too few watches left for
    /// every folder (the watcher then polls).
    init?(folders: [String]) {
        let fd = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
        guard fd >= 0 else { return nil }
        var watched: [Int32: String] = [:]
        guard Self.watchAll(folders, fd, into: &watched) else {
            close(fd)
            return nil
        }
        self.roots = folders
        self.fd = fd
        self.watched = watched
    }

    /// Watches every folder under `roots` that is not watched yet; false when one could not be.
    private static func watchAll(_ roots: [String], _ fd: Int32, into folders: inout [Int32: String]) -> Bool {
        for folder in WatchedTree.folders(under: roots) {
            let descriptor = inotify_add_watch(fd, folder, Self.mask)
            if descriptor >= 0 {
                folders[descriptor] = folder
            } else if errno == ENOSPC || errno == ENOMEM {
                return false
            }
            // Any other failure: the folder went meanwhile, and its parent's watch says so.
        }
        return true
    }

    func run(until stop: WatchStopSignal, report: (WatchedChanges) -> Void) -> Bool {
        defer { close(fd) }
        var watched = self.watched
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !stop.isStopped {
            guard stop.wait(for: fd, milliseconds: -1) else { continue }
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
            } while rounds < 20 && stop.wait(for: fd, milliseconds: 5)
            if stop.isStopped { break }
            // New folders need watches of their own.
            if changes.paths == nil, !Self.watchAll(roots, fd, into: &watched) { return false }
            report(changes)
        }
        return true
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
}
#endif
