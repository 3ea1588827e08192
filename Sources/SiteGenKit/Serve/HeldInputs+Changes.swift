import Foundation

extension HeldInputs {
    /// Forgets what `changes` made stale: a changed content file gets its new stamp in the
    /// listing (so the loader reads that file only), a change under templates/ or to site.yml
    /// drops the theme, one under static/ has static/ listed again. When the watcher cannot
    /// tell what changed, the whole listing is walked again (documents are still reused by stamp).
    ///
    /// The theme is dropped here by path rather than decided by the build cache: it is compiled
    /// as a whole, with no stamp per file, so "did any of its files change" is the only question
    /// there is (a held theme is also used only for the site.yml revision it was loaded with,
    /// `SiteBuilder.prepare`). What is made of the documents is decided by the cache.
    mutating func forget(_ changes: WatchedChanges, root: String, fileSystem: FileSystem) {
        guard let paths = changes.paths else {
            listing = nil
            theme = nil
            return
        }
        let content = root + "/content/"
        for path in paths {
            if path.hasPrefix(root + "/templates/") || path == content + "site.yml" {
                theme = nil
            } else if path.hasPrefix(root + "/static/") {
                listing?.staticFiles = nil
            } else if path.hasPrefix(content) {
                let relative = String(path.dropFirst(content.count))
                // The walk skips hidden files and folders (editors' swap files among them), and
                // the loader lists the files next to site.yml itself.
                guard relative.contains("/"), !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
                if fileSystem.isSymbolicLink(path) || listing?.links.contains(relative) == true || fileSystem.isDirectory(path) {
                    listing = nil
                    continue
                }
                listing?.stamps[relative] = fileSystem.fileStamp(path)
            }
        }
    }
}
