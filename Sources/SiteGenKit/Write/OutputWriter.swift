import Foundation

/// Writes a build so that a reader of `public/` only ever sees a whole site — the previous one
/// or the new one — and a failed or killed build leaves the previous one untouched.
///
/// Every build assembles a complete new tree in a staging folder next to `public/`: files whose
/// bytes changed are written there, unchanged ones are hard links to the published files (no
/// copy, no rewrite: their stamps and an rsync's view of them stay as they were). On commit the
/// staging folder and `public/` are swapped in one atomic rename, and the old tree is removed.
/// A build killed at any moment leaves `public/` whole; the next one clears the leftovers.
struct OutputWriter: Sendable {
    let fileSystem: FileSystem
    let outputDirectory: String
    /// True when `public/` exists and the cache says what is in it.
    let incremental: Bool
    /// The files `public/` held when the build started, unchanged since the last build wrote them.
    let existing: TreeListing.PathSet

    var stagingDirectory: String { outputDirectory + ".sitegen-staging" }
    /// Where a file system that cannot swap two folders parks the old site for a moment.
    private var retiredDirectory: String { outputDirectory + ".sitegen-old" }

    /// Clears what a killed build left behind: a staging folder (a partial new site, or the
    /// old site after a swap), or a retired site that never got replaced (put back first).
    func begin() throws {
        if !fileSystem.fileExists(outputDirectory), fileSystem.isDirectory(retiredDirectory) {
            try fileSystem.moveItem(from: retiredDirectory, to: outputDirectory)
        }
        try fileSystem.removeItem(retiredDirectory)
        try fileSystem.removeItem(stagingDirectory)
    }

    /// Whether `public/<path>` existed when the build started.
    func existsInOutput(_ path: String) -> Bool {
        existing.contains(path)
    }

    /// - Parameter path: relative to the output root; must not climb out of it.
    func write(_ data: Data, to path: String) throws {
        try Self.checkRelative(path)
        try fileSystem.writeFile(stagingDirectory + "/" + path, data)
    }

    /// Segments as the disk sees them: split at `/` bytes, since as Characters "/" followed by
    /// a combining mark is not a separator and "../\u{301}x" would hide its "..".
    private static func checkRelative(_ path: String) throws {
        let segments = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard !segments.contains(where: { $0.elementsEqual("..".utf8) || $0.elementsEqual(".".utf8) }), !path.hasPrefix("/") else {
            throw OutputError.unsafePath(path)
        }
    }

    /// Completes the new tree with `kept` (files this build produces unchanged, linked from
    /// `public/`) and publishes it in one step.
    /// - Parameter kept: paths relative to the output root, each in `public/` and intact.
    func commit(kept: [String]) throws {
        for path in kept { try Self.checkRelative(path) }
        let chunks = max(1, min(8, kept.count / 512))
        let failures = parallelMap(chunks) { chunk -> FileSystemError? in
            do {
                for path in kept[(chunk * kept.count / chunks)..<((chunk + 1) * kept.count / chunks)] {
                    try fileSystem.linkItem(from: outputDirectory + "/" + path, to: stagingDirectory + "/" + path)
                }
                return nil
            } catch {
                return FileSystemError.wrapping(error, "link into the new site", stagingDirectory)
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        try publish()
    }

    /// Swaps staging and `public/`; where the file system cannot swap, moves `public/` aside and
    /// staging into place (the one moment without `public/` is repaired by the next `begin`).
    private func publish() throws {
        guard fileSystem.fileExists(outputDirectory) || fileSystem.isSymbolicLink(outputDirectory) else {
            try fileSystem.moveItem(from: stagingDirectory, to: outputDirectory)
            return
        }
        do {
            try fileSystem.exchangeItems(stagingDirectory, outputDirectory)
        } catch let error as FileSystemError where [EINVAL, ENOSYS, ENOTSUP, EXDEV].contains(error.errorNumber) {
            try fileSystem.moveItem(from: outputDirectory, to: retiredDirectory)
            try fileSystem.moveItem(from: stagingDirectory, to: outputDirectory)
            try? fileSystem.removeItem(retiredDirectory)
        }
        // The old site, now under the staging name; if this fails the next build removes it.
        try? fileSystem.removeItem(stagingDirectory)
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
