import Foundation

/// Small file-system helpers: finding programs, listing and measuring generated files.
enum FileTree {
    /// Regular files under `root` whose names end with `.suffix`, sorted for a stable order.
    static func files(under root: URL, suffix: String) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var found: [URL] = []
        for case let url as URL in walker where url.lastPathComponent.hasSuffix("." + suffix) {
            found.append(url)
        }
        return found.sorted { $0.path < $1.path }
    }

    static func isFolder(_ url: URL) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &folder) && folder.boolValue
    }

    static func totalBytes(_ files: [URL]) -> Int {
        files.reduce(0) { sum, url in
            sum + ((try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0)
        }
    }

    /// Removes a file or folder if it exists.
    static func remove(_ url: URL) throws {
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
    }

    /// Moves a file or folder into `trash` instead of deleting it. ext4 without a journal skips
    /// inodes freed in the last few seconds when it allocates new ones, so a build that starts
    /// right after `rm -rf public` spends a large share of its time in the kernel scanning past
    /// them (seen here: twice the system time). A fresh clone in CI never pays that; the trash
    /// is emptied once all timing is done.
    static func setAside(_ url: URL, into trash: URL) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        try FileManager.default.createDirectory(at: trash, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: url, to: trash.appendingPathComponent(UUID().uuidString))
    }

    /// The absolute path of `name` on `$PATH`, like `command -v`.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The benchmark's own executable (the relay re-runs it; `sitegen` is built next to it).
    static func ownExecutable() -> String {
        // /proc/self/exe is exact even when started through $PATH or a symlink.
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        let argument0 = CommandLine.arguments[0]
        if argument0.contains("/") {
            return URL(fileURLWithPath: argument0).standardizedFileURL.path
        }
        return which(argument0) ?? argument0
    }

    /// An absolute, standardized path for a user-supplied one.
    static func absolute(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }
}
