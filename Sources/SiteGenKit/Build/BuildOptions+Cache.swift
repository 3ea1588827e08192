/// The cache's readers take plain paths and values, as Cache sits below Build; these hand them
/// the ones a build's options name.
extension InputFingerprint {
    /// `inputs` for the site and settings of `options`.
    static func inputs(fileSystem: FileSystem, options: BuildOptions) async -> (fingerprint: String, content: ContentListing) {
        await inputs(fileSystem: fileSystem, root: options.root, output: options.output, includeDrafts: options.includeDrafts)
    }
}

extension DocumentCache {
    /// `read` from the cache folder of `options`.
    static func read(_ options: BuildOptions, fileSystem: FileSystem, configRevision: String?) async -> DocumentCache? {
        await read(cacheDirectory: options.cacheDirectory, fileSystem: fileSystem, configRevision: configRevision)
    }
}

extension DocumentCache.Prefetched {
    /// `read` from the cache folder of `options`, before site.yml is read.
    static func read(_ options: BuildOptions, fileSystem: FileSystem) async -> DocumentCache.Prefetched {
        await read(cacheDirectory: options.cacheDirectory, fileSystem: fileSystem)
    }
}
