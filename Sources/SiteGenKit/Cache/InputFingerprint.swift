/// A fingerprint of everything a build reads and writes — every file's path and stamp (size,
/// times, inode) under `content/`, `templates/` and `public/`, and the options — computed
/// without reading any file. When it matches the end of the last successful build, nothing can
/// have changed (not even a file deleted from `public/`) and the build is a no-op.
enum InputFingerprint {
    static func compute(fileSystem: FileSystem, options: BuildOptions) -> String {
        var hasher = StableHasher()
        hasher.combine(PageInputKeys.generatorVersion)
        hasher.combine(options.includeDrafts ? "drafts" : "no-drafts")
        hasher.combine(options.output)
        for (folder, root) in [("content", options.root + "/content"), ("templates", options.root + "/templates"), ("public", options.output)] {
            hasher.combine(folder)
            for file in (try? fileSystem.filesRecursively(in: root)) ?? [] {
                hasher.combine(file)
                hasher.combine(fileSystem.fileStamp(root + "/" + file))
            }
        }
        return hasher.value
    }
}
