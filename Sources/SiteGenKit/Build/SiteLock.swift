/// The one build of a site at a time: an exclusive lock on `.sitegen-cache/lock`, which covers
/// the cache and, through it, the output folder and its staging folder.
enum SiteLock {
    /// - Throws: a `Diagnostic` saying what is wrong and what to do.
    static func acquire(_ options: BuildOptions, fileSystem: FileSystem) async throws -> FileLock {
        let cache = options.cacheDirectory
        if fileSystem.fileExists(cache) || fileSystem.isSymbolicLink(cache), !fileSystem.isDirectory(cache) || fileSystem.isSymbolicLink(cache) {
            throw Diagnostic.error(cache, code: "cache.not-a-folder",
                                   "sitegen keeps its build cache in this folder, but it is a file or a link; nothing was written. Move it away (or delete it) and build again")
        }
        do {
            return try await fileSystem.lockExclusively(cache + "/lock", timeout: options.lockTimeout) {
                options.onWaitForLock?("another sitegen build of this site is running; waiting for it to finish (up to \(Int(options.lockTimeout)) s)")
            }
        } catch FileLock.Failure.busy(let path, let waited) {
            throw Diagnostic.error(cache, code: "build.locked", FileLock.Failure.busy(path: path, waited: waited).description)
        } catch {
            throw Diagnostic.error(cache, code: "cache.unusable", "cannot lock the build cache: \(error)")
        }
    }
}
