import Foundation

/// Writes a build so that a failed build leaves the previous `public/` untouched and a
/// successful one touches only files whose bytes changed.
///
/// Files go to a staging folder next to `public/` first. On commit, a full build's staging
/// folder replaces `public/` whole; an incremental build's staging folder holds only the changed
/// files, which are moved into place, and files no longer produced are deleted.
struct OutputWriter: Sendable {
    let fileSystem: FileSystem
    let outputDirectory: String
    /// True when `public/` exists and the cache says what is in it.
    let incremental: Bool
    /// The files `public/` held when the build started, unchanged since the last build wrote them.
    let existing: TreeListing.PathSet

    var stagingDirectory: String { outputDirectory + ".sitegen-staging" }
    private var retiredDirectory: String { outputDirectory + ".sitegen-old" }

    /// Clears any staging folder a crashed build left behind.
    func begin() throws {
        try fileSystem.removeItem(stagingDirectory)
    }

    /// Whether `public/<path>` existed when the build started.
    func existsInOutput(_ path: String) -> Bool {
        existing.contains(path)
    }

    /// - Parameter path: relative to the output root; must not climb out of it.
    func write(_ data: Data, to path: String) throws {
        // Segments as the disk sees them: split at `/` bytes, since as Characters "/" followed by
        // a combining mark is not a separator and "../\u{301}x" would hide its "..".
        let segments = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard !segments.contains(where: { $0.elementsEqual("..".utf8) || $0.elementsEqual(".".utf8) }), !path.hasPrefix("/") else {
            throw OutputError.unsafePath(path)
        }
        try fileSystem.writeFile(stagingDirectory + "/" + path, data)
    }

    /// - Parameters:
    ///   - written: the paths written to staging in this build.
    ///   - stale: paths in `public/` that this build no longer produces (incremental only).
    func commit(written: [String], stale: [String]) throws {
        guard incremental else {
            try fileSystem.removeItem(retiredDirectory)
            if fileSystem.fileExists(outputDirectory) {
                try fileSystem.moveItem(from: outputDirectory, to: retiredDirectory)
            }
            try fileSystem.moveItem(from: stagingDirectory, to: outputDirectory)
            try fileSystem.removeItem(retiredDirectory)
            return
        }
        for path in written {
            try fileSystem.moveItem(from: stagingDirectory + "/" + path, to: outputDirectory + "/" + path)
        }
        for path in stale where !path.contains("..") {
            try fileSystem.removeItem(outputDirectory + "/" + path)
            removeEmptyFolders(above: path)
        }
        try fileSystem.removeItem(stagingDirectory)
    }

    /// A deleted page leaves its folder (`en/old-article/`) behind; a clean build would not
    /// have it, and a server might list it.
    private func removeEmptyFolders(above path: String) {
        var parts = path.split(separator: "/").dropLast()
        while !parts.isEmpty {
            let folder = outputDirectory + "/" + parts.joined(separator: "/")
            guard fileSystem.isDirectory(folder), (try? fileSystem.contentsOfDirectory(folder))?.isEmpty == true else { return }
            try? fileSystem.removeItem(folder)
            parts = parts.dropLast()
        }
    }

    func abandon() {
        try? fileSystem.removeItem(stagingDirectory)
    }

    enum OutputError: Error, CustomStringConvertible {
        case unsafePath(String)
        var description: String {
            switch self {
            case .unsafePath(let path): return "refusing to write '\(path)' outside the output folder"
            }
        }
    }
}
