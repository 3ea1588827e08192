import CSiteGenSystem
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What publishing a site whole needs from the disk: hard links, an atomic swap of two
/// folders, removing a tree whatever its permissions, real paths and a lock.
extension LocalFileSystem {
    public func linkItem(from source: String, to destination: String) throws {
        if link(source, destination) == 0 { return }
        if errno == ENOENT {
            try createParent(of: destination)
            if link(source, destination) == 0 { return }
        }
        // Some file systems have no hard links (or refuse them across owners): copy instead.
        let data: Data
        do { data = try readFile(source) } catch { throw FileSystemError.wrapping(error, "read", source) }
        try writeFile(destination, data)
    }

    public func exchangeItems(_ first: String, _ second: String) throws {
        guard sitegen_exchange_paths(first, second) != 0 else { return }
        throw FileSystemError.current("swap with '\(first)'", second)
    }

    func createParent(of path: String) throws {
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw FileSystemError.wrapping(error, "create the folder", parent)
        }
    }

    /// Removes a file, a link (not what it points to) or a whole folder. A folder without
    /// write permission (a read-only subfolder of an old `public/`) is made writable first,
    /// so a tree sitegen retires never stays half-deleted.
    public func removeItem(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw FileSystemError.current("remove", path)
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            guard unlink(path) == 0 || errno == ENOENT else { throw FileSystemError.current("remove", path) }
            return
        }
        if info.st_mode & 0o700 != 0o700 { chmod(path, (info.st_mode & 0o7777) | 0o700) }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            try removeItem(path + "/" + name)
        }
        guard rmdir(path) == 0 || errno == ENOENT else { throw FileSystemError.current("remove the folder", path) }
    }

    public func resolvedPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = lexicallyNormalized(absolute)
        var missing: [String] = []
        while existing != "/" {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                let resolved = String(cString: real)
                return lexicallyNormalized(([resolved] + missing.reversed()).joined(separator: "/"))
            }
            missing.append((existing as NSString).lastPathComponent)
            existing = (existing as NSString).deletingLastPathComponent
        }
        return lexicallyNormalized("/" + missing.reversed().joined(separator: "/"))
    }

    public func isSameFile(_ first: String, _ second: String) -> Bool {
        var a = stat(), b = stat()
        guard lstat(first, &a) == 0, lstat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino && (a.st_mode & S_IFMT) == S_IFREG
    }

    public func makeWritable(_ folders: [String]) {
        for folder in folders {
            var info = stat()
            if lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_mode & 0o700 != 0o700 {
                chmod(folder, (info.st_mode & 0o7777) | 0o700)
            }
        }
    }

    public func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    public func lockExclusively(_ path: String, timeout: Double, onWait: () -> Void) async throws -> FileLock {
        try createParent(of: path)
        return try await FileLock.acquire(path, timeout: timeout, onWait: onWait)
    }
}
