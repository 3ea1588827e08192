/// Where a build may write: `--output` must never be, contain or lie inside the site's sources
/// (`content/`, `templates/`, `static/`) or its cache, since publishing replaces the output
/// folder whole. Compared on real paths, so `./content`, `x/../content` or a symbolic link to
/// `content/` are all seen for what they are.
enum OutputPlacement {
    /// An error when the output folder overlaps a source folder, else nil.
    static func check(_ options: BuildOptions, fileSystem: FileSystem) -> Diagnostic? {
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
