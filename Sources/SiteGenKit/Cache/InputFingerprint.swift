/// A fingerprint of everything a build reads and writes — every file's path and stamp (size,
/// times, inode) under `content/`, `templates/` and `public/`, and the options — computed
/// without reading any file. When it matches the end of the last successful build, nothing can
/// have changed (not even a file deleted from `public/`) and the build is a no-op.
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

    /// What `public/` holds now: every file's stamp.
    static func outputFiles(fileSystem: FileSystem, options: BuildOptions) -> [String: String] {
        var files: [String: String] = [:]
        for file in fileSystem.filesWithStamps(in: options.output) { files[file.path] = file.stamp }
        return files
    }

    /// The fingerprint of an output listing. After a build, the listing is the one taken at the
    /// start, patched with the files written and removed, which spares walking `public/` again.
    static func outputs(_ files: [String: String]) -> String {
        var hasher = StableHasher()
        hasher.combine("public")
        for path in files.keys.sorted() {
            hasher.combine(path)
            hasher.combine(files[path])
        }
        return hasher.value
    }
}
