import Foundation

/// What `sitegen build` is asked to do.
public struct BuildOptions: Sendable {
    /// The folder holding `content/` and `templates/`.
    public var root: String
    /// Defaults to `<root>/public`.
    public var outputDirectory: String?
    public var includeDrafts: Bool
    public var warningsAsErrors: Bool
    /// Reuse `.sitegen-cache/` to skip unchanged pages; off for a clean build.
    public var useCache: Bool
    /// Render in parallel on all cores (the output is the same either way).
    public var parallel: Bool
    /// Render the pages the cache would reuse too, make every other file (sitemap, assets,
    /// search index…) as a clean build would, and fail with `cache.stale` on any file the cache
    /// reused or patched that comes out different (`build --verify-cache`).
    public var verifyCache = false
    /// False when the process exits right after the build (the command line): the build's
    /// structures are then left for the exit to reclaim instead of being freed one by one.
    public var freesMemory = true
    /// How long a build waits for another build of the same site to finish before giving up.
    public var lockTimeout: Double = 300
    /// Told, once, when the build has to wait for another build of the same site.
    public var onWaitForLock: (@Sendable (String) -> Void)?
    /// Told how many pages of how many are done while they render (the command line's
    /// progress line).
    public var onProgress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    public init(root: String, outputDirectory: String? = nil, includeDrafts: Bool = false, warningsAsErrors: Bool = false, useCache: Bool = true, parallel: Bool = true) {
        self.root = root
        self.outputDirectory = outputDirectory
        self.includeDrafts = includeDrafts
        self.warningsAsErrors = warningsAsErrors
        self.useCache = useCache
        self.parallel = parallel
    }

    var output: String { outputDirectory ?? root + "/public" }
    /// The build cache lives outside `public/`, so deploying `public/` never ships it.
    var cacheDirectory: String { root + "/.sitegen-cache" }
    var pageCachePath: String { cacheDirectory + "/pages.bin" }
    func documentCachePath(shard: Int) -> String { DocumentCache.path(cacheDirectory, shard: shard) }
    var outputListingPath: String { cacheDirectory + "/outputs.bin" }
    /// The listing of the staging folder: what `public/` held before the last swap.
    var stagingListingPath: String { cacheDirectory + "/staging.bin" }
}

/// The outcome of a build or check: every diagnostic, and what was written.
public struct BuildReport: Sendable {
    public var diagnostics = DiagnosticReport()
    /// Pages rendered in this build (the rest were unchanged and skipped).
    public var pagesRendered = 0
    public var pagesWritten = 0
    public var filesWritten = 0
    /// Whether `public/` was replaced.
    public var published = false

    /// Failed when there are errors, or warnings under `--warnings-as-errors`.
    public func failed(warningsAsErrors: Bool) -> Bool {
        diagnostics.hasErrors || (warningsAsErrors && diagnostics.warningCount > 0)
    }
}
