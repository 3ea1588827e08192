import Foundation

/// The records a build reads from the last build before it starts (the page cache, the
/// sources' fingerprint and listing, the document cache) and the page cache it leaves.
extension SiteBuilder {
    /// The last build's page cache and the sources' fingerprint and listing. When the sources
    /// changed, the build will not be a no-op, so the document cache is decoded too, while
    /// public/ is still being walked.
    static func scanSources(_ options: BuildOptions, fileSystem: FileSystem) async -> (PageCache?, String, ContentListing, DocumentCache.Prefetched?) {
        async let previousRead = readPageCache(options, fileSystem: fileSystem)
        let (inputs, listing) = await InputFingerprint.inputs(fileSystem: fileSystem, options: options)
        let previous = await previousRead
        let documentCache = options.useCache && !BuildCache.sameInputs(previous, fingerprint: inputs) ? await DocumentCache.Prefetched.read(options, fileSystem: fileSystem) : nil
        return (previous, inputs, listing, documentCache)
    }

    /// The last build's page cache, if the build uses the cache and it is there and usable.
    static func readPageCache(_ options: BuildOptions, fileSystem: FileSystem) async -> PageCache? {
        guard options.useCache, let data = try? fileSystem.readFile(options.pageCachePath) else { return nil }
        return await PageCache.decode(data)
    }

    /// The page cache this build leaves for the next one, and its bytes.
    static func pageCache(_ outcomes: [FileOutcome], cache: BuildCache, options: BuildOptions, inputs: String, prepareDiagnostics: Diagnostics,
                                  policy: DiagnosticPolicy) -> (PageCache, Data) {
        var entries: [String: PageCache.Entry] = [:]
        entries.reserveCapacity(outcomes.count)
        for outcome in outcomes { entries[outcome.path] = outcome.entry }
        let pageCache = cache.pageCache(entries, outputDirectory: options.output, inputs: inputs, prepareDiagnostics: prepareDiagnostics, policy: policy)
        return (pageCache, pageCache.encoded())
    }
}
