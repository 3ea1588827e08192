/// Where a build may write: `--output` must never be, contain or lie inside the site's sources
/// (`content/`, `templates/`, `static/`) or its cache, since publishing replaces the output
/// folder whole. Compared on real paths, so `./content`, `x/../content` or a symbolic link to
/// `content/` are all seen for what they are.
enum OutputPlacement {
    /// An error when the output folder overlaps a source folder, is a file, or holds files that
    /// sitegen did not write (they would be deleted with the old site); else nil.
    static func check(_ options: BuildOptions, fileSystem: FileSystem) -> Diagnostic? {
        if let overlap = overlap(options, fileSystem: fileSystem) { return overlap }
        let output = options.output
        guard fileSystem.fileExists(output), !fileSystem.isSymbolicLink(output) else { return nil }
        guard fileSystem.isDirectory(output) else {
            return .error(output, code: "output.not-a-folder", "the output path is a file, not a folder; nothing was written. Move the file away or choose another --output")
        }
        // A folder sitegen published always holds the manifest; anything else is someone's files.
        let entries = fileSystem.listFolder(output)
        if !entries.isEmpty, !fileSystem.fileExists(output + "/sitegen-manifest.json") {
            return .error(output, code: "output.not-a-site",
                          "the output folder holds files sitegen did not write (\(entries.prefix(3).map(\.name).joined(separator: ", "))…), which publishing would delete; nothing was written. Empty it or choose another --output")
        }
        return nil
    }

    private static func overlap(_ options: BuildOptions, fileSystem: FileSystem) -> Diagnostic? {
        let output = fileSystem.resolvedPath(options.output)
        let protected: [(name: String, path: String)] = [
            ("content/", options.root + "/content"), ("templates/", options.root + "/templates"),
            ("static/", options.root + "/static"), (".sitegen-cache/", options.cacheDirectory),
        ]
        for (name, path) in protected {
            let source = fileSystem.resolvedPath(path)
            let relation: String
            if output == source {
                relation = "is"
            } else if isInside(source, output) {
                relation = "contains"
            } else if isInside(output, source) {
                relation = "lies inside"
            } else {
                continue
            }
            return .error(options.output, code: "output.overlaps-sources",
                          "the output folder \(relation) the site's \(name) (\(source)): a build replaces the output folder whole and would destroy it; nothing was written. Choose a folder outside content/, templates/, static/ and .sitegen-cache/, such as the default public/")
        }
        return nil
    }

    /// Whether `path` lies strictly below `folder`.
    private static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" ? path != "/" : path.hasPrefix(folder + "/")
    }
}
