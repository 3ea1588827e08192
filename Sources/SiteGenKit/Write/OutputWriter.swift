import Foundation

/// Writes a build so that a reader of `public/` only ever sees a whole site — the previous one
/// or the new one — and a failed or killed build leaves the previous one untouched.
///
/// Every build assembles a complete new tree in a staging folder next to `public/`, then swaps
/// the two folders in one atomic rename. The folder swapped out is kept as the next build's
/// staging tree: its files are hard links to the published ones (unchanged files share one
/// inode), so the next build only writes the files that changed, relinks the ones the last
/// build changed, and removes what is no longer produced — work that grows with the edit, not
/// with the site. Nothing in the staging tree is trusted without a look: it is walked with the
/// listing recorded of it as a hint (a folder whose stamp is unchanged holds the entries and
/// inodes recorded, and no link), and a staged file counts as the published one only when both
/// walks saw the same stamp (which includes the inode).
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

    /// Repairs what a killed build can leave: a site parked aside and never replaced (put
    /// back), or a staging path that is not a folder. Cheap: every build starts with it.
    func repair() throws {
        if !fileSystem.fileExists(outputDirectory), fileSystem.isDirectory(retiredDirectory) {
            try fileSystem.moveItem(from: retiredDirectory, to: outputDirectory)
        }
        try fileSystem.removeItem(retiredDirectory)
        if fileSystem.isSymbolicLink(stagingDirectory) || (fileSystem.fileExists(stagingDirectory) && !fileSystem.isDirectory(stagingDirectory)) {
            try fileSystem.removeItem(stagingDirectory)
        }
    }

    /// The staging tree as it is now, and the symbolic links in it: read with the listing the
    /// last build recorded of it as a hint, so only folders that changed since are read.
    func walkStaging(known: TreeListing?) async -> (listing: TreeListing, links: [String]) {
        await TreeListing.walkNotingLinks(stagingDirectory, fileSystem: fileSystem, known: known)
    }

    /// Removes the symbolic links found in staging (the last published tree, where anyone could
    /// have put one) before anything is written, so no write, hard link or removal below goes
    /// through a link out of the site.
    func begin(removingLinks links: [String]) throws {
        try repair()
        for link in links {
            try Self.checkRelative(link)
            let path = stagingDirectory + "/" + link
            fileSystem.makeWritable([(path as NSString).deletingLastPathComponent])
            try fileSystem.removeItem(path)
        }
    }

    /// Whether `public/<path>` existed when the build started.
    func existsInOutput(_ path: String) -> Bool {
        existing.contains(path)
    }

    /// - Parameter path: relative to the output root; must not climb out of it.
    func write(_ data: Data, to path: String) throws {
        try Self.checkRelative(path)
        // The staging file may be a hard link to the published one: writing into it would
        // change public/ too, so it is replaced, never written through.
        try replace(path) { try fileSystem.writeFile(stagingDirectory + "/" + path, data) }
    }

    /// Segments as the disk sees them: split at `/` bytes, since as Characters "/" followed by
    /// a combining mark is not a separator and "../\u{301}x" would hide its "..".
    private static func checkRelative(_ path: String) throws {
        let segments = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard !segments.contains(where: { $0.elementsEqual("..".utf8) || $0.elementsEqual(".".utf8) }), !path.hasPrefix("/") else {
            throw OutputError.unsafePath(path)
        }
    }

    /// Removes whatever stands at `path` in staging (a file, a link, a folder where a file
    /// goes, a file where a folder goes) and runs `create`; a staging folder left read-only
    /// (it was a published folder someone protected) is made writable first.
    private func replace(_ path: String, _ create: () throws -> Void) throws {
        let target = stagingDirectory + "/" + path
        do {
            try fileSystem.removeItem(target)
            try create()
        } catch {
            var parts = path.split(separator: "/").dropLast()
            var ancestors: [String] = []
            while !parts.isEmpty { ancestors.append(stagingDirectory + "/" + parts.joined(separator: "/")); parts = parts.dropLast() }
            for ancestor in ancestors.reversed() where fileSystem.fileExists(ancestor) && !fileSystem.isDirectory(ancestor) {
                try fileSystem.removeItem(ancestor)
            }
            fileSystem.makeWritable(ancestors + [stagingDirectory])
            try fileSystem.removeItem(target)
            try create()
        }
    }

    /// Makes each kept file in staging the published file (a hard link), unless it already is.
    /// - Parameter linked: the paths whose staged file is known to be the published one
    ///   (same stamp in both listings); without it, each pair is compared on the disk.
    /// - Returns: the paths linked again.
    func link(_ kept: [String], alreadyLinked linked: TreeListing.PathSet? = nil) async throws -> [String] {
        let toLink = linked.map { linked in kept.filter { !linked.contains($0) } } ?? kept
        for path in toLink { try Self.checkRelative(path) }
        let chunks = max(1, min(8, toLink.count / 512))
        let results = await parallelMap(chunks) { chunk -> Result<[String], FileSystemError> in
            var relinked: [String] = []
            do {
                for path in toLink[(chunk * toLink.count / chunks)..<((chunk + 1) * toLink.count / chunks)] {
                    let published = outputDirectory + "/" + path, staged = stagingDirectory + "/" + path
                    if linked == nil, fileSystem.isSameFile(published, staged) { continue }
                    try replace(path) { try fileSystem.linkItem(from: published, to: staged) }
                    relinked.append(path)
                }
                return .success(relinked)
            } catch {
                return .failure(FileSystemError.wrapping(error, "link into the new site", stagingDirectory))
            }
        }
        return try results.flatMap { try $0.get() }
    }

    /// Removes from staging every file and folder this build does not produce (what the site
    /// held two builds ago, or what a failed build left).
    /// - Parameter staged: the listing of staging taken before this build wrote into it;
    ///   without it, staging is walked again.
    /// - Returns: the stale paths.
    func sweep(keeping produced: [String], staged: TreeListing? = nil) throws -> [String] {
        guard fileSystem.isDirectory(stagingDirectory) else { return [] }
        let stale: [String]
        if let staged {
            stale = staged.files(notIn: TreeListing.PathSet(produced))
        } else {
            let keep = Set(produced)
            stale = ((try? fileSystem.filesRecursively(in: stagingDirectory)) ?? []).filter { !keep.contains($0) }
        }
        guard !stale.isEmpty else { return [] }
        var folders: Set<String> = [""]
        for path in produced {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty, folders.insert(parts.joined(separator: "/")).inserted { parts = parts.dropLast() }
        }
        var removed: Set<String> = []
        for path in stale {
            // The highest folder above it that this build does not need goes whole.
            let parts = path.split(separator: "/")
            var victim = path
            for depth in 1..<max(parts.count, 1) where !folders.contains(parts.prefix(depth).joined(separator: "/")) {
                victim = parts.prefix(depth).joined(separator: "/")
                break
            }
            guard removed.insert(victim).inserted else { continue }
            fileSystem.makeWritable([stagingDirectory + "/" + (victim as NSString).deletingLastPathComponent])
            try fileSystem.removeItem(stagingDirectory + "/" + victim)
        }
        return stale
    }

    /// Swaps staging and `public/` (what was published becomes the next staging tree); where
    /// the file system cannot swap, moves `public/` aside and staging into place (the one
    /// moment without `public/` is repaired by the next `begin`).
    func publish() throws {
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
        // A link that stood at public/ (now under the staging name) is not a tree to reuse.
        if fileSystem.isSymbolicLink(stagingDirectory) { try? fileSystem.removeItem(stagingDirectory) }
    }

    /// A failed build leaves staging as it is: the next build checks every file in it anyway.
    func abandon() {}

    enum OutputError: Error, CustomStringConvertible {
        case unsafePath(String)
        var description: String {
            switch self {
            case .unsafePath(let path): return "refusing to write '\(path)' outside the output folder"
            }
        }
    }
}
