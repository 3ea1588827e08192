import Foundation

extension SiteBuilder {
    /// Every file that is not a page (sitemap, robots.txt, favicon, manifest, assets, copied
    /// files, the search index), produced as a clean build would: no cache entry, no search
    /// record cache, no index patch. `--verify-cache` compares the cached build's files with these.
    func freshFiles(_ prepared: Prepared, templates: TemplateSet, options: BuildOptions) async -> [String: Data] {
        let site = prepared.site
        let sink = MemorySink()
        let cache = await BuildCache(site: site, templates: templates, strings: prepared.strings, assets: prepared.assets, previous: nil)
        async let extras = extraFiles(site, theme: prepared.theme, options: options, assets: prepared.assets, cache: cache, writer: sink)
        let search = await SiteSearchIndex.build(site, languages: site.config.languages.map(\.code), fresh: prepared.searchRecords,
                                                 previous: SearchRecordCache(), bodies: prepared.bodies, strings: prepared.strings).files
        _ = await extras
        sink.commit(stale: [])
        var files: [String: Data] = [:]
        for path in sink.paths { files[path] = sink.file(path) }
        for file in search { files[file.path] = file.data }
        return files
    }

    /// `cache.stale` for each file the cached build reused, patched or rebuilt from cached
    /// records that differs from `fresh` (see `freshFiles`), or that one build has and the
    /// other has not. Pages are verified as they render (`renderOrReuse`).
    /// - Parameter kept: the bytes the cached build leaves at a path, for the message.
    static func staleFiles(_ outcomes: [FileOutcome], pages: Set<String>, fresh: [String: Data], outputDirectory: String,
                           kept: (FileOutcome) -> Data?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var unseen = Set(fresh.keys).subtracting(pages)
        for outcome in outcomes where !pages.contains(outcome.path) && outcome.failure == nil {
            let expected = fresh[outcome.path]
            unseen.remove(outcome.path)
            guard (expected.map(outputDigest) ?? "") != outcome.entry.outputHash else { continue }
            let reason = expected == nil ? "a clean build does not make it" : "cached build vs clean: " + BuildCache.firstDifference(kept(outcome), expected)
            diagnostics.append(.error(outputDirectory + "/" + outcome.path, code: "cache.stale",
                                      "the build cache would \(outcome.rendered ? "update" : "reuse") this file, but a clean build makes it differently: \(reason)"))
        }
        for path in unseen.sorted() {
            diagnostics.append(.error(outputDirectory + "/" + path, code: "cache.stale", "a clean build makes this file, but the cached build leaves it out"))
        }
        return diagnostics
    }
}
