import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which sitegen binary wrote a cache or a page, for every stage that keeps results between builds.
enum GeneratorVersion {
    /// Changes whenever the sitegen binary does (its path and file stamp), so upgrading sitegen
    /// never serves results of the old version from a cache.
    static let current: String = {
        let executable = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "sitegen"
        return "sitegen-output-1:" + executable + ":" + (stamp(executable) ?? "")
    }()

    /// Size, modification and change times and inode of the binary, read with stat(2) here rather than
    /// through `FileSystem`: this is always the real disk, and Support sits below FileSystem.
    private static func stamp(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec, changed = info.st_ctimespec
        #else
        let modified = info.st_mtim, changed = info.st_ctim
        #endif
        return "\(info.st_size):\(modified.tv_sec).\(modified.tv_nsec):\(changed.tv_sec).\(changed.tv_nsec):\(info.st_ino)"
    }
}
