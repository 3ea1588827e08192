/// A fingerprint of everything a build reads — every file's path and stamp (size, times, inode)
/// under `content/` and `templates/`, and the options — computed without reading any file.
/// When it matches the last successful build, and `public/` still matches its `OutputListing`,
/// nothing can have changed and the build is a no-op.
enum InputFingerprint {
    /// The sources: `content/`, `templates/` and the options; also the content listing with
    /// stamps, which the loader reuses.
    static func inputs(fileSystem: FileSystem, options: BuildOptions) -> (fingerprint: String, content: [String: String]) {
        var hasher = StableHasher()
        hasher.combine(PageInputKeys.generatorVersion)
        hasher.combine(options.includeDrafts ? "drafts" : "no-drafts")
        hasher.combine(options.output)
        var content: [String: String] = [:]
        for (folder, root) in [("content", options.root + "/content"), ("templates", options.root + "/templates")] {
            hasher.combine(folder)
            for file in fileSystem.filesWithStamps(in: root) {
                hasher.combine(file.path)
                hasher.combine(file.stamp)
                if folder == "content" { content[file.path] = file.stamp }
            }
        }
        // Links are skipped by the walks but warned about, so adding one must not be a no-op.
        for link in fileSystem.symbolicLinks(in: options.root + "/content") { hasher.combine("link:" + link) }
        return (hasher.value, content)
    }
}
