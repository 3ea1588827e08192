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

    /// readdir's entry types spare a stat per entry: the no-op rebuild walks every input and
    /// output file, so this is on its critical path.
    /// The top-level folders are walked concurrently: a no-op rebuild stats every input and
    /// output file, and that walk is most of its time.
    public func filesWithStamps(in directory: String) async -> StampedFiles {
        var links: [String] = []
        let top = entries(of: directory, links: &links)
        let parts = await parallelMap(top.count) { index -> (files: [(path: String, stamp: String)], links: [String]) in
            let entry = top[index]
            var links: [String] = []
            let files = entry.isDirectory ? walkFiles(in: directory, from: entry.name, links: &links) : [entry.name]
            return (files.map { ($0, fileStamp(directory + "/" + $0) ?? "") }, links)
        }
        return StampedFiles(files: parts.flatMap(\.files), links: (links + parts.flatMap(\.links)).sorted())
    }

    public func filesRecursively(in directory: String) throws -> [String] {
        guard isDirectory(directory) else { throw FileSystemError("list", directory, errorNumber: ENOENT) }
        return walkFiles(in: directory, from: "")
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 19

    /// The links `filesWithStamps` reports, from the same walk without the stamps.
    public func symbolicLinks(in directory: String) -> [String] {
        var links: [String] = []
        _ = walkFiles(in: directory, from: "", links: &links)
        return links.sorted()
    }

    /// The entries of one folder, sorted, without hidden files or symbolic links (which could
    /// lead out of content/ or templates/).
    func entries(of absolute: String) -> [(name: String, isDirectory: Bool)] {
        var links: [String] = []
        return entries(of: absolute, links: &links)
    }

    /// `entries(of:)`, also collecting the names of the symbolic links it leaves out.
    private func entries(of absolute: String, links: inout [String]) -> [(name: String, isDirectory: Bool)] {
        guard let handle = opendir(absolute) else { return [] }
        defer { closedir(handle) }
        var entries: [(name: String, isDirectory: Bool)] = []
        while let entry = readdir(handle) {
            // Read the name through a pointer, up to its NUL: a dirent can be shorter than the
            // declared 256-byte array, so copying `d_name` whole may read past the buffer.
            let name = String(cString: UnsafeRawPointer(entry).advanced(by: Self.nameOffset).assumingMemoryBound(to: CChar.self))
            guard !name.hasPrefix(".") else { continue }
            var type = Int32(entry.pointee.d_type)
            // Some file systems do not fill in the type: ask lstat, which (unlike stat) does not
            // follow a link, so a link is still seen as one and not followed.
            if type == Int32(DT_UNKNOWN) {
                var info = stat()
                guard lstat(absolute + "/" + name, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFLNK: type = Int32(DT_LNK)
                case S_IFDIR: type = Int32(DT_DIR)
                default: type = Int32(DT_REG)
                }
            }
            if type == Int32(DT_LNK) {
                links.append(name)
                continue
            }
            entries.append((name, type == Int32(DT_DIR)))
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// Files below `directory/relative`, as paths relative to `directory`, sorted.
    private func walkFiles(in directory: String, from relative: String) -> [String] {
        var links: [String] = []
        return walkFiles(in: directory, from: relative, links: &links)
    }

    /// `walkFiles`, also collecting the skipped symbolic links (relative to `directory`).
    private func walkFiles(in directory: String, from relative: String, links: inout [String]) -> [String] {
        var result: [String] = []
        func walk(_ relative: String) {
            var names: [String] = []
            for entry in entries(of: relative.isEmpty ? directory : directory + "/" + relative, links: &names) {
                let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
                if entry.isDirectory { walk(child) } else { result.append(child) }
            }
            links += names.map { relative.isEmpty ? $0 : relative + "/" + $0 }
        }
        walk(relative)
        return result
    }

    /// The raw stat fields behind `fileStamp`, without formatting them; symbolic links count
    /// as missing, as in every walk.
    public func entryStamp(_ path: String) -> (stamp: [UInt8], isFolder: Bool)? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFLNK else { return nil }
        let bytes = withUnsafeBytes(of: Self.stampFields(info)) { Array($0) }
        return (bytes, (info.st_mode & S_IFMT) == S_IFDIR)
    }

    /// Size, modification and change times (seconds and nanoseconds) and inode: together they
    /// change whenever a file is written, even with the same size within the same second.
    private static func stampFields(_ info: stat) -> (size: Int, modified: Int, modifiedNanos: Int, changed: Int, changedNanos: Int, inode: Int) {
        #if canImport(Darwin)
        let modified = info.st_mtimespec, changed = info.st_ctimespec
        #else
        let modified = info.st_mtim, changed = info.st_ctim
        #endif
        return (Int(info.st_size), Int(modified.tv_sec), Int(modified.tv_nsec), Int(changed.tv_sec), Int(changed.tv_nsec), Int(truncatingIfNeeded: info.st_ino))
    }

    public func listFolder(_ path: String) -> [(name: String, isFolder: Bool)] {
        entries(of: path).map { ($0.name, $0.isDirectory) }
    }

    public func listFolderNotingLinks(_ path: String) -> (entries: [(name: String, isFolder: Bool)], links: [String]) {
        var links: [String] = []
        let entries = entries(of: path, links: &links).map { ($0.name, $0.isDirectory) }
        return (entries, links.sorted())
    }

    /// "size:mtime.ns:ctime.ns:inode", formatted by hand: every source file's stamp is made on
    /// every build, and string interpolation was most of the cost of walking `content/`.
    public func fileStamp(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let fields = Self.stampFields(info)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        func digits(_ value: UInt64) {
            let start = out.count
            var value = value
            repeat {
                out.append(UInt8(ascii: "0") + UInt8(value % 10))
                value /= 10
            } while value > 0
            out[start...].reverse()
        }
        func signed(_ value: Int) {
            if value < 0 { out.append(UInt8(ascii: "-")) }
            digits(UInt64(value.magnitude))
        }
        signed(fields.size); out.append(UInt8(ascii: ":"))
        signed(fields.modified); out.append(UInt8(ascii: ".")); signed(fields.modifiedNanos); out.append(UInt8(ascii: ":"))
        signed(fields.changed); out.append(UInt8(ascii: ".")); signed(fields.changedNanos); out.append(UInt8(ascii: ":"))
        digits(UInt64(truncatingIfNeeded: fields.inode))
        return String(decoding: out, as: UTF8.self)
    }

    /// Replaces `destination` if it exists (rename(2) semantics), creating its folder.
    public func moveItem(from source: String, to destination: String) throws {
        try createParent(of: destination)
        guard rename(source, destination) == 0 else {
            throw FileSystemError.current("move '\(source)' to", destination)
        }
    }
}
