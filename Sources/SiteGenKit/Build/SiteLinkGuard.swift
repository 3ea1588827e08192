import Foundation

/// One rule for symbolic links, in every command: sitegen does not follow them (they could lead
/// out of the site), and says so once per link. Walks of `content/` and `templates/` already
/// skip links inside them; this covers the paths read by name — `content/`, `templates/`,
/// `content/site.yml`, `templates/i18n/<lang>.yml`, `templates/assets/` — and warns about the
/// links below `templates/` (those below `content/` are warned about by the loader).
enum SiteLinkGuard {
    /// The file system as the build should see it (links at those paths hidden); a warning
    /// per link is appended to `diagnostics`.
    static func apply(root: String, fileSystem: FileSystem, diagnostics: inout Diagnostics) -> FileSystem {
        var hidden: [String] = []
        func refuse(_ relative: String) {
            hidden.append(root + "/" + relative)
            diagnostics.append(.warning(relative, code: "content.symlink",
                                        "symbolic link not followed (it could lead outside the site); copy the file or folder instead"))
        }
        for top in ["content", "templates"] where fileSystem.isSymbolicLink(root + "/" + top) { refuse(top) }
        if !hidden.contains(root + "/content"), fileSystem.isSymbolicLink(root + "/content/site.yml") { refuse("content/site.yml") }
        if !hidden.contains(root + "/templates") {
            for link in fileSystem.symbolicLinks(in: root + "/templates") { refuse("templates/" + link) }
        }
        guard !hidden.isEmpty else { return fileSystem }
        return LinkHidingFileSystem(base: fileSystem, hidden: hidden)
    }
}

/// A file system in which some paths (and everything below them) do not exist.
struct LinkHidingFileSystem: FileSystem {
    let base: FileSystem
    let hidden: [String]
    var readsGitHistory: Bool { base.readsGitHistory }

    private func isHidden(_ path: String) -> Bool {
        let normalized = lexicallyNormalized(path)
        return hidden.contains { normalized == lexicallyNormalized($0) || normalized.hasPrefix(lexicallyNormalized($0) + "/") }
    }

    private func missing(_ path: String) -> FileSystemError { FileSystemError("read", path, errorNumber: ENOENT) }

    /// Writes, links, moves and removals at a hidden path would go through the link.
    private func refuseWrite(_ paths: String...) throws {
        if let path = paths.first(where: isHidden) {
            throw FileSystemError("write through a symbolic link", path, errorNumber: ELOOP)
        }
    }

    func isDirectory(_ path: String) -> Bool { !isHidden(path) && base.isDirectory(path) }
    func fileExists(_ path: String) -> Bool { !isHidden(path) && base.fileExists(path) }
    func contentsOfDirectory(_ path: String) throws -> [String] {
        guard !isHidden(path) else { throw missing(path) }
        return try base.contentsOfDirectory(path)
    }
    func readFile(_ path: String) throws -> Data {
        guard !isHidden(path) else { throw missing(path) }
        return try base.readFile(path)
    }
    func writeFile(_ path: String, _ data: Data) throws { try refuseWrite(path); try base.writeFile(path, data) }
    func removeItem(_ path: String) throws { try refuseWrite(path); try base.removeItem(path) }
    func moveItem(from source: String, to destination: String) throws { try refuseWrite(source, destination); try base.moveItem(from: source, to: destination) }
    func linkItem(from source: String, to destination: String) throws { try refuseWrite(destination); try base.linkItem(from: source, to: destination) }
    func exchangeItems(_ first: String, _ second: String) throws { try refuseWrite(first, second); try base.exchangeItems(first, second) }
    func fileStamp(_ path: String) -> String? { isHidden(path) ? nil : base.fileStamp(path) }
    func filesRecursively(in directory: String) throws -> [String] {
        guard !isHidden(directory) else { throw missing(directory) }
        return try base.filesRecursively(in: directory)
    }
    func filesWithStamps(in directory: String) async -> StampedFiles {
        isHidden(directory) ? StampedFiles(files: [], links: []) : await base.filesWithStamps(in: directory)
    }
    func entryStamp(_ path: String) -> (stamp: [UInt8], isFolder: Bool)? { isHidden(path) ? nil : base.entryStamp(path) }
    func listFolder(_ path: String) -> [(name: String, isFolder: Bool)] { isHidden(path) ? [] : base.listFolder(path) }
    func listFolderNotingLinks(_ path: String) -> (entries: [(name: String, isFolder: Bool)], links: [String]) {
        isHidden(path) ? ([], []) : base.listFolderNotingLinks(path)
    }
    func symbolicLinks(in directory: String) -> [String] { isHidden(directory) ? [] : base.symbolicLinks(in: directory) }
    func resolvedPath(_ path: String) -> String { base.resolvedPath(path) }
    func isSymbolicLink(_ path: String) -> Bool { base.isSymbolicLink(path) }
    func isSameFile(_ first: String, _ second: String) -> Bool { base.isSameFile(first, second) }
    func makeWritable(_ folders: [String]) { base.makeWritable(folders) }
    func lockExclusively(_ path: String, timeout: Double, onWait: () -> Void) async throws -> FileLock {
        try await base.lockExclusively(path, timeout: timeout, onWait: onWait)
    }
}
