import Foundation

/// One build held in memory, and what the next one may reuse of it.
struct MemoryBuild: Sendable {
    var report: BuildReport
    /// Output paths whose bytes changed since the previous memory build (added and removed too).
    var changed: Set<String>
    /// What each file was rendered from; nil when the build failed before rendering.
    var cache: PageCache?
    /// Output paths of pages whose document is a draft (shown only under `--drafts`).
    var draftPages: Set<String>
}

extension SiteBuilder {
    /// What `build` renders, into `sink` instead of `public/`: pages whose input key is unchanged
    /// since `previous` keep their bytes. On errors nothing is committed, so the last good
    /// site stays in the sink. Writes no page cache or output listing.
    func buildInMemory(_ options: BuildOptions, into sink: MemorySink, previous: PageCache?) async -> MemoryBuild {
        var report = BuildReport()
        guard let prepared = await prepare(options, into: &report) else {
            return MemoryBuild(report: report, changed: [], cache: nil, draftPages: [])
        }
        let site = prepared.site
        // Every return below waits for it (an async let is awaited when its scope ends).
        async let documentCacheSaved: Void = DocumentCache.Write.save(prepared.documentCacheWrite)
        guard let templates = prepared.templates else {
            // The theme's errors must not hide the content's: report its links too.
            report.diagnostics.add(contentsOf: await linkDiagnostics(prepared, options))
            await documentCacheSaved
            return MemoryBuild(report: report, changed: [], cache: nil, draftPages: [])
        }
        guard !report.diagnostics.hasErrors else {
            await documentCacheSaved
            return MemoryBuild(report: report, changed: [], cache: nil, draftPages: [])
        }
        let prepareDiagnostics = report.diagnostics.items
        async let extras = extraFiles(site, theme: prepared.theme, options: options, assets: prepared.assets, reusable: previous, writer: sink)
        async let search = searchFiles(site, records: prepared.searchRecords, strings: prepared.strings, options: options, reusable: previous, writer: sink)
        let keys = PageInputKeys(site: site, templates: templates, strings: prepared.strings, assets: prepared.assets)
        let renderer = PageRenderer(site: site, templates: templates, strings: prepared.strings, assets: prepared.assets, bodies: bodies(options))
        let plans = PagePlan.all(for: site)
        var outcomes = await concurrentMap(plans) { plan in
            renderOrReuse(path: plan.outputPath, key: keys.key(for: plan, in: site), cached: previous?.entries[plan.outputPath], writer: sink) {
                var diagnostics: [Diagnostic] = []
                let data = renderer.render(plan, diagnostics: &diagnostics)
                return (data, diagnostics)
            }
        }
        outcomes += await extras
        outcomes += await search
        await documentCacheSaved
        for outcome in outcomes {
            report.diagnostics.add(contentsOf: outcome.entry.diagnostics)
            if let failure = outcome.failure { report.diagnostics.add(failure) }
            if outcome.rendered, outcome.path.hasSuffix(".html") { report.pagesRendered += 1 }
            if outcome.written { report.filesWritten += 1 }
        }
        guard !report.diagnostics.hasErrors else {
            sink.abandon()
            return MemoryBuild(report: report, changed: [], cache: nil, draftPages: [])
        }
        let produced = Set(outcomes.map(\.path))
        let stale = previous.map { $0.entries.keys.filter { !produced.contains($0) } } ?? []
        let changed = sink.commit(stale: stale)
        report.published = true
        var cache = PageCache(outputDirectory: sink.outputDirectory, prepareDiagnostics: prepareDiagnostics, policy: site.config.diagnostics)
        for outcome in outcomes { cache.entries[outcome.path] = outcome.entry }
        var drafts = Set<String>()
        for article in site.articles {
            for language in site.publishedLanguages(of: article) where (article.translations[language] ?? article.source).frontMatter.draft {
                drafts.insert(PagePlan.article(key: article.key, language: language).outputPath)
            }
        }
        return MemoryBuild(report: report, changed: changed, cache: cache, draftPages: drafts)
    }
}
