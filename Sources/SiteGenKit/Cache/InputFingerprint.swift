/// A fingerprint of everything a build reads and writes — every file's path and stamp (size,
/// times, inode) under `content/`, `templates/` and `public/`, and the options — computed
/// without reading any file. When it matches the end of the last successful build, nothing can
/// have changed (not even a file deleted from `public/`) and the build is a no-op.
enum InputFingerprint {
    /// The sources: `content/`, `templates/` and the options.
    static func inputs(fileSystem: FileSystem, options: BuildOptions) -> String {
        var hasher = StableHasher()
        hasher.combine(PageInputKeys.generatorVersion)
        hasher.combine(options.includeDrafts ? "drafts" : "no-drafts")
        hasher.combine(options.output)
        for (folder, root) in [("content", options.root + "/content"), ("templates", options.root + "/templates")] {
            combine(folder, root, fileSystem, &hasher)
        }
        return hasher.value
    }

    /// What `public/` holds now, and the paths of its files.
    static func outputs(fileSystem: FileSystem, options: BuildOptions) -> (fingerprint: String, files: Set<String>) {
        var hasher = StableHasher()
        let files = combine("public", options.output, fileSystem, &hasher)
        return (hasher.value, Set(files))
    }

    @discardableResult
    private static func combine(_ folder: String, _ root: String, _ fileSystem: FileSystem, _ hasher: inout StableHasher) -> [String] {
        hasher.combine(folder)
        let files = fileSystem.filesWithStamps(in: root)
        for file in files {
            hasher.combine(file.path)
            hasher.combine(file.stamp)
        }
        return files.map(\.path)
    }
}
