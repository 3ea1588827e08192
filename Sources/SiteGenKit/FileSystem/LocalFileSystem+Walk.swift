import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walking folders: readdir without following symbolic links, hidden names skipped.
extension LocalFileSystem {
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

    public func listFolder(_ path: String) -> [(name: String, isFolder: Bool)] {
        entries(of: path).map { ($0.name, $0.isDirectory) }
    }

    public func listFolderNotingLinks(_ path: String) -> (entries: [(name: String, isFolder: Bool)], links: [String]) {
        var links: [String] = []
        let entries = entries(of: path, links: &links).map { ($0.name, $0.isDirectory) }
        return (entries, links.sorted())
    }
}
