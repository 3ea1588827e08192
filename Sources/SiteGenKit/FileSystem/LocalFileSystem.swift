import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real disk.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public var readsGitHistory: Bool { true }

    public func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    public func fileExists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    public func contentsOfDirectory(_ path: String) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw FileSystemError.wrapping(error, "list", path)
        }
    }

    public func readFile(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw isDirectory(path) ? FileSystemError("read", path, errorNumber: EISDIR) : FileSystemError.wrapping(error, "read", path)
        }
    }

    /// Plain open/write/close: `Data.write` fsyncs every file, which made writing thousands of
    /// pages the slowest part of a build. Folders are created only when the open fails.
    public func writeFile(_ path: String, _ data: Data) throws {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0, errno == ENOENT {
            try createParent(of: path)
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw FileSystemError.current("write", path) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw FileSystemError.current("write", path)
                }
                offset += written
            }
        }
    }

    /// Replaces `destination` if it exists (rename(2) semantics), creating its folder.
    public func moveItem(from source: String, to destination: String) throws {
        try createParent(of: destination)
        guard rename(source, destination) == 0 else {
            throw FileSystemError.current("move '\(source)' to", destination)
        }
    }
}
