import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File stamps: what tells one version of a file from the next.
extension LocalFileSystem {
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
}
