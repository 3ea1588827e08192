import Foundation

/// Every file and folder below a folder with its `entryStamp`, as one byte string in
/// depth-first order with names sorted. Two listings are equal exactly when nothing below
/// changed, so comparing them costs a memcmp and no dictionaries.
///
/// A new walk reuses an earlier listing: creating, deleting or renaming an entry changes its
/// folder's stamp, so a folder whose stamp is unchanged still has the entries the listing
/// recorded and is not read again (its files are still stat-ed: writing into a file leaves its
/// folder's stamp alone). On an unchanged `public/` that spares ~10,000 opendir/getdents calls.
/// A folder that held symbolic links when read is recorded under a stamp that matches nothing,
/// so a listing also vouches that its other folders hold no link: a build finds every link in
/// its staging tree by reading only the folders that changed.
public struct TreeListing: Sendable, Equatable {
    /// Records: a kind byte; for folders and files, a UInt16 name length, the name, a UInt8
    /// stamp length and the stamp. A folder's entries follow it, closed by an `end` record.
    public private(set) var bytes: [UInt8]

    static let folder: UInt8 = 1, file: UInt8 = 2, end: UInt8 = 3

    public init(bytes: [UInt8] = []) { self.bytes = bytes }

    /// - Parameters:
    ///   - known: an earlier listing of the same folder.
    ///   - touched: when given, only these folders (relative paths, "" for the top) can have
    ///     changed since `known`; every other folder that `known` lists is copied unchecked.
    ///     A build passes the folders it wrote into, sparing a second full walk.
    public static func walk(_ directory: String, fileSystem: FileSystem, known: TreeListing? = nil, touched: Set<String>? = nil) async -> TreeListing {
        await walkNotingLinks(directory, fileSystem: fileSystem, known: known, touched: touched).listing
    }

    /// `walk`, and the symbolic links it saw (relative paths). Only folders read from the disk
    /// are looked into; the others are vouched for by `known` (see `Walker`).
    public static func walkNotingLinks(_ directory: String, fileSystem: FileSystem, known: TreeListing? = nil, touched: Set<String>? = nil) async -> (listing: TreeListing, links: [String]) {
        let walker = Walker(root: directory, fileSystem: fileSystem, known: known?.bytes ?? [], touched: touched)
        var out: [UInt8] = []
        var links: [String] = []
        await walker.top(hint: known?.bytes.isEmpty == false ? 0 : nil, into: &out, links: &links)
        return (TreeListing(bytes: out), links.sorted())
    }

    /// The files it lists, by path relative to the walked folder.
    public var files: Set<String> {
        var result: Set<String> = []
        forEachFile { folders, name, _, _ in
            // The top folder's own name is not part of any path.
            result.insert((folders.dropFirst().map(\.nameRange) + [name]).map { String(decoding: bytes[$0], as: UTF8.self) }.joined(separator: "/"))
        }
        return result
    }

    /// The files it lists that are not in `kept` (paths relative to the walked folder), sorted;
    /// compared by path hashes, so only the paths returned are built as strings.
    public func files(notIn kept: PathSet) -> [String] {
        var result: [String] = []
        forEachFile { folders, name, path, _ in
            guard !kept.hashes.contains(path) else { return }
            result.append((folders.dropFirst().map(\.nameRange) + [name]).map { String(decoding: bytes[$0], as: UTF8.self) }.joined(separator: "/"))
        }
        return result.sorted()
    }

    /// The files listed in both with the same stamp: the ones nobody touched in between.
    /// Compared by 64-bit hashes of path and stamp, so no path strings are built.
    public func unchangedFiles(since earlier: TreeListing) -> PathSet {
        var before: Set<UInt64> = []
        earlier.forEachFile { _, _, _, both in before.insert(both) }
        var result = PathSet()
        forEachFile { _, _, path, both in if before.contains(both) { result.hashes.insert(path) } }
        return result
    }

    /// Paths by their hash, for sets of thousands of output files.
    public struct PathSet: Sendable {
        var hashes: Set<UInt64> = []
        public init() {}
        public init(_ paths: some Sequence<String>) { hashes = Set(paths.map { PathHash($0).value }) }
        public func contains(_ path: String) -> Bool { hashes.contains(PathHash(path).value) }
    }

    /// Calls `body` for each file with the folders above it (outermost first), the range of its
    /// name, the hash of its path and the hash of its path and stamp. Folder hashes are kept on
    /// a stack, so each name is hashed once.
    private func forEachFile(_ body: ([PathHash], Range<Int>, UInt64, UInt64) -> Void) {
        var folders: [PathHash] = []
        var cursor = 0
        while let record = ListingRecord(bytes, at: cursor) {
            switch record.kind {
            case Self.folder:
                folders.append(folders.last?.appending(bytes[record.nameRange]) ?? PathHash())
            case Self.file:
                let path = (folders.last ?? PathHash()).appending(bytes[record.nameRange])
                var both = path
                both.mix(CollectionOfOne(0x1F))
                both.mix(bytes[record.stampRange])
                body(folders, record.nameRange, path.value, both.value)
            default:
                _ = folders.popLast()
            }
            cursor = record.next
        }
    }
}

/// FNV-1a of a `/`-separated path, built one name at a time.
struct PathHash {
    private var hash = FNV1a()
    private var empty = true
    var nameRange: Range<Int> = 0..<0

    var value: UInt64 { hash.value }

    init() {}

    init(_ path: String) {
        hash.mix(path.utf8)
        empty = path.isEmpty
    }

    mutating func mix<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 { hash.mix(bytes) }

    func appending(_ name: ArraySlice<UInt8>) -> PathHash {
        var next = self
        if !empty { next.mix(CollectionOfOne(UInt8(ascii: "/"))) }
        next.mix(name)
        next.empty = false
        next.nameRange = name.startIndex..<name.endIndex
        return next
    }
}

/// One record of a listing, read in place.
struct ListingRecord {
    let kind: UInt8
    let nameRange: Range<Int>
    let stampRange: Range<Int>
    let next: Int

    /// Nil past the end or on a damaged record.
    init?(_ bytes: [UInt8], at offset: Int) {
        guard offset < bytes.count else { return nil }
        kind = bytes[offset]
        guard kind != TreeListing.end else {
            (nameRange, stampRange, next) = (offset..<offset, offset..<offset, offset + 1)
            return
        }
        guard offset + 3 <= bytes.count else { return nil }
        let nameLength = Int(bytes[offset + 1]) | Int(bytes[offset + 2]) << 8
        let nameEnd = offset + 3 + nameLength
        guard nameEnd < bytes.count else { return nil }
        let stampEnd = nameEnd + 1 + Int(bytes[nameEnd])
        guard stampEnd <= bytes.count else { return nil }
        (nameRange, stampRange, next) = (offset + 3..<nameEnd, nameEnd + 1..<stampEnd, stampEnd)
    }

    func name(in bytes: [UInt8]) -> String { String(decoding: bytes[nameRange], as: UTF8.self) }
}
