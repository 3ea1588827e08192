import Foundation

/// A file system held in memory, for tests and for tools that build without touching disk.
public final class InMemoryFileSystem: FileSystem, @unchecked Sendable {
    private var files: [String: Data] = [:]
    /// Bumped on every write, standing in for a modification time.
    private var versions: [String: Int] = [:]
    private var clock = 0
    private let lock = NSLock()

    /// - Parameter files: path → UTF-8 text.
    public init(files: [String: String] = [:]) {
        for (path, text) in files { self.files[Self.normalize(path)] = Data(text.utf8) }
    }

    // Paths are compared and split as bytes, as a disk does: as Characters, a `/` followed by a
    // combining mark would not be a separator, and the tests would see a different tree.
    private static func normalize(_ path: String) -> String {
        path.utf8.split(separator: slash).map { Substring($0) }.joined(separator: "/")
    }

    private static let slash = UInt8(ascii: "/")

    /// What follows `prefix` in `path`, or nil when `path` does not start with it.
    private static func remainder(of path: String, after prefix: String) -> Substring? {
        guard path.utf8.starts(with: prefix.utf8) else { return nil }
        return path[path.utf8.index(path.utf8.startIndex, offsetBy: prefix.utf8.count)...]
    }

    private func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// All file paths, sorted; handy for assertions.
    public var allFiles: [String] { withLock { files.keys.sorted() } }

    public func isDirectory(_ path: String) -> Bool {
        let prefix = Self.normalize(path) + "/"
        return withLock { files.keys.contains { Self.remainder(of: $0, after: prefix) != nil } }
    }

    public func fileExists(_ path: String) -> Bool {
        withLock { files[Self.normalize(path)] != nil } || isDirectory(path)
    }

    public func contentsOfDirectory(_ path: String) throws -> [String] {
        let prefix = Self.normalize(path) + "/"
        let names = withLock {
            Set(files.keys.compactMap { Self.remainder(of: $0, after: prefix)?.utf8.split(separator: Self.slash).first.map { String(Substring($0)) } })
        }
        guard !names.isEmpty else { throw CocoaError(.fileReadNoSuchFile) }
        return names.sorted()
    }

    public func readFile(_ path: String) throws -> Data {
        guard let data = withLock({ files[Self.normalize(path)] }) else { throw CocoaError(.fileReadNoSuchFile) }
        return data
    }

    public func writeFile(_ path: String, _ data: Data) throws {
        let key = Self.normalize(path)
        withLock {
            files[key] = data
            clock += 1
            versions[key] = clock
        }
    }

    /// A hard link as far as a build can tell: the same bytes and the same stamp.
    public func linkItem(from source: String, to destination: String) throws {
        let from = Self.normalize(source), to = Self.normalize(destination)
        try withLock {
            guard let data = files[from] else { throw CocoaError(.fileReadNoSuchFile) }
            files[to] = data
            versions[to] = versions[from]
        }
    }

    public func isSameFile(_ first: String, _ second: String) -> Bool {
        let a = Self.normalize(first), b = Self.normalize(second)
        return withLock { files[a] != nil && files[a] == files[b] && versions[a] != nil && versions[a] == versions[b] }
    }

    public func fileStamp(_ path: String) -> String? {
        let key = Self.normalize(path)
        return withLock { files[key].map { "\($0.count):\(versions[key] ?? 0)" } }
    }

    public func removeItem(_ path: String) throws {
        let key = Self.normalize(path)
        withLock { files = files.filter { $0.key != key && Self.remainder(of: $0.key, after: key + "/") == nil } }
    }

    public func moveItem(from source: String, to destination: String) throws {
        let from = Self.normalize(source), to = Self.normalize(destination)
        withLock {
            var moved: [String: Data] = [:]
            var movedVersions: [String: Int] = [:]
            let isFile = files[from] != nil
            for (key, value) in files where isFile || !(key == to || Self.remainder(of: key, after: to + "/") != nil) {
                let target: String
                if key == from { target = to } else if let rest = Self.remainder(of: key, after: from + "/") { target = to + "/" + rest } else { target = key }
                if isFile, target == to, key != from { continue }
                moved[target] = value
                movedVersions[target] = versions[key]
            }
            files = moved
            versions = movedVersions
        }
    }

    /// The text of a file, or nil.
    public func text(_ path: String) -> String? {
        (try? readFile(path)).map { String(decoding: $0, as: UTF8.self) }
    }
}
