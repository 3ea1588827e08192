import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock (flock) held until `release()` or deinit: two builds of one site
/// would otherwise write the same staging folder and cache at once.
public final class FileLock: @unchecked Sendable {
    private var descriptor: Int32

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// A lock that guards nothing, for file systems without processes to race (in memory).
    static var none: FileLock { FileLock(descriptor: -1) }

    public func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    /// Why a lock could not be taken.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// Another process held it for the whole wait.
        case busy(path: String, waited: Double)
        case unusable(FileSystemError)

        public var description: String {
            switch self {
            case .busy(let path, let waited):
                return "another sitegen build of this site is still running (it holds '\(path)'); gave up after \(Int(waited)) s: wait for it to finish, then build again"
            case .unusable(let error): return error.description
            }
        }
    }

    /// Takes the lock on `path` (created if needed), polling while another process holds it;
    /// the wait is a task sleep, which leaves the thread to other tasks.
    /// - Parameter onWait: called once, when the lock is first found busy.
    static func acquire(_ path: String, timeout: Double, onWait: () -> Void) async throws -> FileLock {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure.unusable(.current("open the lock file", path)) }
        let lock = FileLock(descriptor: descriptor)
        let deadline = Date().addingTimeInterval(timeout)
        var told = false
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw Failure.unusable(.current("lock", path)) }
            if !told { onWait(); told = true }
            guard Date() < deadline else { throw Failure.busy(path: path, waited: timeout) }
            try? await Task.sleep(nanoseconds: 50_000_000)
        }
        return lock
    }
}
