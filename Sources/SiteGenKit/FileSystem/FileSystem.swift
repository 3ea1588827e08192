import Foundation

/// The seam between sitegen and the disk, so tests can build whole sites in memory.
/// Paths are plain `/`-separated strings.
public protocol FileSystem: Sendable {
    func isDirectory(_ path: String) -> Bool
    func fileExists(_ path: String) -> Bool
    /// Names of the entries directly inside `path`.
    func contentsOfDirectory(_ path: String) throws -> [String]
    func readFile(_ path: String) throws -> Data
    /// Writes `data`, creating parent folders as needed.
    func writeFile(_ path: String, _ data: Data) throws
    func removeItem(_ path: String) throws
    func moveItem(from source: String, to destination: String) throws
    /// A cheap fingerprint of a file's metadata (size, modification and change times, inode),
    /// different whenever the file is written; nil when the file does not exist.
    func fileStamp(_ path: String) -> String?
    /// Every file below a folder, sorted; a requirement so the disk can answer faster.
    func filesRecursively(in directory: String) throws -> [String]
    /// Every file below a folder with its stamp, and the symbolic links the walk skipped.
    func filesWithStamps(in directory: String) async -> StampedFiles
    /// Bytes describing a file's or folder's own metadata that change whenever it is written
    /// (for a folder: whenever an entry is added, removed or renamed); nil when it is missing.
    func entryStamp(_ path: String) -> (stamp: [UInt8], isFolder: Bool)?
    /// The entries directly inside a folder, sorted by name, without hidden files or symbolic links.
    func listFolder(_ path: String) -> [(name: String, isFolder: Bool)]
    /// `listFolder`, and the names of the symbolic links it leaves out.
    func listFolderNotingLinks(_ path: String) -> (entries: [(name: String, isFolder: Bool)], links: [String])
    /// Symbolic links below a folder (relative paths): walks skip them, and users should hear so.
    func symbolicLinks(in directory: String) -> [String]
    /// Gives `destination` the same contents as the file `source` (a hard link where the disk
    /// can, else a copy), creating its folder.
    func linkItem(from source: String, to destination: String) throws
    /// Swaps two existing paths in one step, so a reader sees one or the other, never neither.
    func exchangeItems(_ first: String, _ second: String) throws
    /// The path with `.`, `..` and (on disk) symbolic links resolved, absolute where possible;
    /// for a path that does not exist yet, its deepest existing folder is resolved.
    func resolvedPath(_ path: String) -> String
    /// Whether `path` itself is a symbolic link (not followed).
    func isSymbolicLink(_ path: String) -> Bool
    /// Whether two paths name the same file (one inode, hard links); false if either is missing.
    func isSameFile(_ first: String, _ second: String) -> Bool
    /// Gives the owner write permission on these folders (best effort), so sitegen can update
    /// its own staging tree after a published folder was made read-only.
    func makeWritable(_ folders: [String])
    /// An exclusive lock on `path` for this process, waiting up to `timeout` seconds for another
    /// process to release it (`onWait` is called once if it has to wait).
    func lockExclusively(_ path: String, timeout: Double, onWait: () -> Void) async throws -> FileLock
    /// Whether its paths are on disk, where `git` can read their history (article dates).
    var readsGitHistory: Bool { get }
}

extension FileSystem {
    public func linkItem(from source: String, to destination: String) throws {
        try writeFile(destination, try readFile(source))
    }

    public func exchangeItems(_ first: String, _ second: String) throws {
        let aside = second + ".sitegen-swap"
        try moveItem(from: second, to: aside)
        try moveItem(from: first, to: second)
        try moveItem(from: aside, to: first)
    }

    public func resolvedPath(_ path: String) -> String { lexicallyNormalized(path) }

    public func isSymbolicLink(_ path: String) -> Bool { false }

    public func isSameFile(_ first: String, _ second: String) -> Bool { false }

    public func makeWritable(_ folders: [String]) {}

    public var readsGitHistory: Bool { false }

    /// Writes a whole new file under a temporary name, then renames it over `path`: a reader
    /// (or a build killed halfway) sees the old bytes or the new ones, never a mix.
    public func writeFileAtomically(_ path: String, _ data: Data) throws {
        let temporary = path + ".sitegen-partial-\(getpid())"
        try writeFile(temporary, data)
        do {
            try moveItem(from: temporary, to: path)
        } catch {
            try? removeItem(temporary)
            throw error
        }
    }

    public func lockExclusively(_ path: String, timeout: Double, onWait: () -> Void) async throws -> FileLock { .none }

    /// A file's `fileStamp`; a folder's sorted entry names, which change exactly when entries do.
    public func entryStamp(_ path: String) -> (stamp: [UInt8], isFolder: Bool)? {
        if isDirectory(path) { return (Array(listFolder(path).map(\.name).joined(separator: "/").utf8), true) }
        return fileStamp(path).map { (Array($0.utf8), false) }
    }

    public func listFolder(_ path: String) -> [(name: String, isFolder: Bool)] {
        ((try? contentsOfDirectory(path)) ?? []).filter { !$0.hasPrefix(".") }.sorted().map { ($0, isDirectory(path + "/" + $0)) }
    }

    public func symbolicLinks(in directory: String) -> [String] { [] }

    /// Asks `symbolicLinks(in:)`, which walks the whole folder: a file system whose walks see
    /// links answers directly.
    public func listFolderNotingLinks(_ path: String) -> (entries: [(name: String, isFolder: Bool)], links: [String]) {
        (listFolder(path), symbolicLinks(in: path).filter { !$0.contains("/") })
    }

    public func filesWithStamps(in directory: String) async -> StampedFiles {
        StampedFiles(files: ((try? filesRecursively(in: directory)) ?? []).map { ($0, fileStamp(directory + "/" + $0) ?? "") },
                     links: symbolicLinks(in: directory))
    }

    /// Every file below `directory`, as sorted paths relative to it. Sorted so builds are
    /// deterministic whatever order the disk lists entries in.
    public func filesRecursively(in directory: String) throws -> [String] {
        var result: [String] = []
        func walk(_ relative: String) throws {
            let absolute = relative.isEmpty ? directory : directory + "/" + relative
            for name in try contentsOfDirectory(absolute).sorted() where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                if isDirectory(directory + "/" + child) {
                    try walk(child)
                } else {
                    result.append(child)
                }
            }
        }
        try walk("")
        return result
    }
}

/// What one walk of a source folder finds: a build needs both the files and the links it did
/// not follow (to warn about them), and walking `content/` once instead of twice matters when
/// an edit rebuild should take a fifth of a second.
public struct StampedFiles: Sendable {
    /// Every file below the folder with its `fileStamp`, sorted by path.
    public var files: [(path: String, stamp: String)]
    /// The symbolic links that were skipped, as sorted paths relative to the folder.
    public var links: [String]

    public init(files: [(path: String, stamp: String)], links: [String]) {
        self.files = files
        self.links = links
    }
}

/// `path` with empty and `.` segments dropped and `..` applied to the segments before it.
func lexicallyNormalized(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
        if part == "." { continue }
        if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
        if part == "..", path.hasPrefix("/") { continue }
        parts.append(part)
    }
    let joined = parts.joined(separator: "/")
    return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
}
