import Foundation

/// What a memory build keeps for the next one (`serve` holds it between rebuilds), so a saved
/// file is the only one read and parsed again. Each part is nil when it must be loaded afresh.
struct HeldInputs: Sendable {
    /// `content/` with its stamps: `serve` updates the paths its watcher names.
    var listing: ContentListing?
    /// Every document read, keyed by stamp: used instead of decoding the cache from disk.
    var documents: DocumentCache?
    /// The theme, compiled: dropped when templates/ or site.yml changes.
    var theme: SiteBuilder.LoadedTheme?
    /// Every document's rendered body: a template change then re-renders every page without
    /// parsing any Markdown again (each is reused only for its revision and labels).
    var bodies: BodyStore?
}

/// One build held in memory, and what the next one may reuse of it.
struct MemoryBuild: Sendable {
    var report: BuildReport
    /// Output paths whose bytes changed since the previous memory build (added and removed too).
    var changed: Set<String>
    /// What each file was rendered from; nil when the build failed before rendering.
    var cache: PageCache?
    /// Output paths of pages whose document is a draft (shown only under `--drafts`).
    var draftPages: Set<String>
    var held = HeldInputs()
    /// With `deferSearch`: what the search index is built from, for `searchInMemory`.
    var searchInputs: SearchInputs?

    struct SearchInputs: Sendable {
        var site: Site
        /// The build's cache: it decides on the index files as the build would have.
        var cache: BuildCache
        /// The entries of every other file of the build, as `cache` numbers their reads.
        var entries: [String: PageCache.Entry]
        /// The records of the articles this build parsed; the others come from the record cache.
        var records: SearchRecords
        var bodies: BodyStore
    }
}

extension SiteBuilder {
    /// What `build` renders, into `sink` instead of `public/`: pages whose input key is unchanged
    /// since `previous` keep their bytes (the same `renderOrReuse` as `build`). On errors nothing
    /// is committed, so the last good site stays in the sink. Writes no page cache or output listing.
    /// - Parameters:
    ///   - held: what the previous memory build loaded; parts still valid are used as they are.
    ///   - deferSearch: leave the search index as it is (`searchInMemory` brings it up to date
    ///     afterwards), so the browsers can be told of changed pages first.
    ///   - plainAssetNames: pages link the theme's assets by their own names, not the hashed
    ///     ones, so a stylesheet edit changes the stylesheet only and is swapped in without a
    ///     reload (`serve` sends no-store, so browsers never keep a stale copy).
    func buildInMemory(_ options: BuildOptions, into sink: MemorySink, previous: PageCache?,
                       held: HeldInputs = HeldInputs(), deferSearch: Bool = false, plainAssetNames: Bool = false) async -> MemoryBuild {
        var report = BuildReport()
        var timer = PhaseTimer()
        guard let loaded = await prepare(options, into: &report, contentListing: held.listing,
                                           documentCache: held.documents.map { DocumentCache.Prefetched(cache: $0) },
                                           // The held documents are the cache: saved once, for the builds after `serve`.
                                           savesCache: held.documents == nil, heldTheme: held.theme, heldBodies: held.bodies, holdsBodies: true) else {
            return MemoryBuild(report: report, changed: [], cache: nil, draftPages: [], held: HeldInputs(listing: held.listing, documents: held.documents, bodies: held.bodies))
        }
        timer.mark("prepare")
        // Held with their rendered bodies: a template change then re-renders every page without
        // parsing any Markdown again, for less memory than the pages themselves.
        let nextHeld = HeldInputs(listing: held.listing, documents: loaded.documentCache, theme: loaded.loadedTheme, bodies: loaded.bodies)
        let prepared = loaded
        let site = prepared.site
        let assets = plainAssetNames
            ? ThemeAssets(files: prepared.assets.files.map { ThemeAssets.File(name: $0.name, hashedPath: "assets/" + $0.name) })
            : prepared.assets
        // Every return below waits for it (an async let is awaited when its scope ends).
        async let documentCacheSaved: Void = DocumentCache.Write.save(prepared.documentCacheWrite)
        guard let templates = prepared.templates else {
            // The theme's errors must not hide the content's: report its links too.
            report.diagnostics.add(contentsOf: await linkDiagnostics(prepared, options))
            await documentCacheSaved
            return MemoryBuild(report: report, changed: [], cache: nil, draftPages: [], held: nextHeld)
        }
        guard !report.diagnostics.hasErrors else {
            await documentCacheSaved
            return MemoryBuild(report: report, changed: [], cache: nil, draftPages: [], held: nextHeld)
        }
        let prepareDiagnostics = report.diagnostics.items
        let buildCache = await BuildCache(site: site, templates: templates, strings: prepared.strings, assets: assets, previous: previous)
        timer.mark("page keys")
        // The manifest lists every revision, so each save changes it: deferred with the index.
        async let extras = extraFiles(site, theme: prepared.theme, options: options, assets: assets, cache: buildCache, writer: sink, manifest: !deferSearch)
        // Put off, the index files stand as they are until `searchInMemory`, under entries no
        // later build reuses: only `searchInMemory` knows what they now hold.
        async let search = deferSearch
            ? (previous?.entries ?? [:]).compactMap { path, entry in
                Self.isDeferred(path) ? FileOutcome(path: path, entry: .init(inputKey: "", outputHash: entry.outputHash, diagnostics: entry.diagnostics), rendered: false, written: false) : nil
            }
            : searchFiles(site, records: prepared.searchRecords, bodies: prepared.bodies, cache: buildCache, options: options, writer: sink)
        let renderer = PageRenderer(site: site, templates: templates, strings: prepared.strings, assets: assets, bodies: prepared.bodies)
        let plans = PagePlan.all(for: site)
        var outcomes = await renderPages(plans, renderer: renderer, cache: buildCache, into: sink)
        timer.mark("render")
        outcomes += await extras
        outcomes += await search
        await documentCacheSaved
        timer.mark("extras, search")
        report.add(outcomes)
        guard !report.diagnostics.hasErrors else {
            sink.abandon()
            return MemoryBuild(report: report, changed: [], cache: nil, draftPages: [], held: nextHeld)
        }
        var entries: [String: PageCache.Entry] = [:]
        entries.reserveCapacity(outcomes.count)
        for outcome in outcomes { entries[outcome.path] = outcome.entry }
        let stale = previous.map { $0.entries.keys.filter { entries[$0] == nil } } ?? []
        let changed = sink.commit(stale: stale)
        report.published = true
        let cache = buildCache.pageCache(entries, outputDirectory: sink.outputDirectory, prepareDiagnostics: prepareDiagnostics, policy: site.config.diagnostics)
        var drafts = Set<String>()
        // Without --drafts no draft is published, so there is nothing to badge.
        for article in site.articles where options.includeDrafts {
            for language in site.publishedLanguages(of: article) where (article.translations[language] ?? article.source).frontMatter.draft {
                drafts.insert(PagePlan.article(key: article.key, language: language).outputPath)
            }
        }
        timer.mark("commit")
        let searchInputs = deferSearch
            ? MemoryBuild.SearchInputs(site: site, cache: buildCache, entries: entries.filter { !Self.isDeferred($0.key) }, records: prepared.searchRecords, bodies: prepared.bodies)
            : nil
        return MemoryBuild(report: report, changed: changed, cache: cache, draftPages: drafts, held: nextHeld, searchInputs: searchInputs)
    }

    /// The files a build made with `deferSearch` leaves for `searchInMemory`: the search index
    /// and the manifest.
    private static func isDeferred(_ path: String) -> Bool {
        path.hasPrefix("search/") || path == ManifestRenderer.path
    }

    /// Brings the search index and the manifest of a build made with `deferSearch` up to date.
    /// - Returns: the page cache with the index files' entries, the paths whose bytes changed,
    ///   and any failure to write.
    func searchInMemory(_ inputs: MemoryBuild.SearchInputs, options: BuildOptions, into sink: MemorySink,
                        cache: PageCache) async -> (cache: PageCache, changed: Set<String>, diagnostics: Diagnostics) {
        var outcomes = await searchFiles(inputs.site, records: inputs.records, bodies: inputs.bodies, cache: inputs.cache, options: options, writer: sink)
        outcomes.append(manifestFile(inputs.site, cache: inputs.cache, writer: sink))
        let produced = Set(outcomes.map(\.path))
        let stale = cache.entries.keys.filter { $0.hasPrefix("search/") && !produced.contains($0) }
        let failures = outcomes.compactMap(\.failure)
        guard failures.isEmpty else {
            sink.abandon()
            return (cache, [], Diagnostics(failures))
        }
        let changed = sink.commit(stale: stale)
        var entries = inputs.entries
        for outcome in outcomes { entries[outcome.path] = outcome.entry }
        let updated = inputs.cache.pageCache(entries, outputDirectory: sink.outputDirectory, prepareDiagnostics: cache.prepareDiagnostics, policy: cache.policy)
        return (updated, changed, [])
    }
}
