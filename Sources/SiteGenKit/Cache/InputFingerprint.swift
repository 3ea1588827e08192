/// A fingerprint of everything a build reads — every file's path and stamp (size, times, inode)
/// under `content/`, `templates/` and `static/`, and the options — computed without reading any file.
/// When it matches the last successful build, and `public/` still matches its `OutputListing`,
/// nothing can have changed and the build is a no-op.
enum InputFingerprint {
    /// The sources of the site at `root`: `content/`, `templates/` and `static/`, and the build's
    /// settings (drafts, output folder); also the content listing with stamps, which the loader reuses.
    static func inputs(fileSystem: FileSystem, root: String, output: String, includeDrafts: Bool) async -> (fingerprint: String, content: ContentListing) {
        var hasher = StableHasher()
        hasher.combine(GeneratorVersion.current)
        hasher.combine(includeDrafts ? "drafts" : "no-drafts")
        hasher.combine(output)
        var content = ContentListing(staticFiles: [])
        for (folder, root) in [("content", root + "/content"), ("templates", root + "/templates"), ("static", root + "/static")] {
            hasher.combine(folder)
            let walked = await fileSystem.filesWithStamps(in: root)
            for file in walked.files {
                hasher.combine(file.path)
                hasher.combine(file.stamp)
                if folder == "content" { content.stamps[file.path] = file.stamp }
                if folder == "static" { content.staticFiles?.append(file.path) }
            }
            if folder == "content" { content.links = walked.links }
        }
        // Links are skipped by the walks but warned about, so adding one must not be a no-op.
        for link in content.links { hasher.combine("link:" + link) }
        return (hasher.value, content)
    }
}
