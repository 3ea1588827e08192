import Foundation

extension SiteBuilder {
    /// One output file of a build, as decided by `renderOrReuse`.
    struct FileOutcome: Sendable {
        var path: String
        var entry: PageCache.Entry
        var rendered: Bool
        /// Written to staging: its bytes differ from what `public/` holds.
        var written: Bool
        var failure: Diagnostic?
    }

    /// Renders a page unless `cache` says it may be reused (under `--verify-cache`, renders it
    /// anyway and fails if it comes out different); writes it unless its bytes are the ones
    /// already published.
    /// - Parameters:
    ///   - published: the bytes the output holds at a path, for the report of a stale page.
    ///   - produce: renders the page, noting what it reads in the log it is given (none when
    ///     nothing is cached).
    func renderOrReuse(_ plan: PagePlan, cache: BuildCache, writer: some OutputSink, published: (String) -> Data? = { _ in nil },
                       produce: (ReadLog?) -> (Data?, Diagnostics)) -> FileOutcome {
        let path = plan.outputPath
        let key = cache.ownKey(plan, cached: cache.entry(path))
        let decision = cache.decide(path, key: key, in: writer)
        guard let reused = decision.reused else { return make(path, key: key, decision: decision, cache: cache, writer: writer, produce: produce) }
        var outcome = FileOutcome(path: path, entry: reused, rendered: false, written: false)
        if cache.verifying {
            let log = ReadLog()
            let (data, diagnostics) = produce(log)
            outcome.failure = cache.staleness(of: writer.outputDirectory + "/" + path, entry: reused, rendered: data, diagnostics: diagnostics, log: log, published: published(path))
        }
        return outcome
    }

    /// Makes any other file unless `cache` says it may be reused: `key` is what it is made of
    /// besides what `produce` reads through the log (`BuildCache.ownKey(_:)` of a generated
    /// file, or the stamp or bytes of the one file it comes from). `--verify-cache` checks these
    /// files against a clean build's (`freshFiles`).
    func renderOrReuse(path: String, key: String, cache: BuildCache, writer: some OutputSink,
                       produce: (ReadLog?) -> (Data?, Diagnostics)) -> FileOutcome {
        let decision = cache.decide(path, key: key, in: writer)
        if let reused = decision.reused { return FileOutcome(path: path, entry: reused, rendered: false, written: false) }
        return make(path, key: key, decision: decision, cache: cache, writer: writer, produce: produce)
    }

    private func make(_ path: String, key: String, decision: BuildCache.Decision, cache: BuildCache, writer: some OutputSink,
                      produce: (ReadLog?) -> (Data?, Diagnostics)) -> FileOutcome {
        // A sink that keeps nothing has no cache after it: nothing to record.
        let log = writer.keepsFiles ? ReadLog() : nil
        let (data, diagnostics) = produce(log)
        let entry = PageCache.Entry(inputKey: key, outputHash: "", diagnostics: diagnostics, reads: log.map { cache.record($0.facts) } ?? [])
        return store(path: path, data: data, entry: entry, cached: decision.cached, present: decision.present, writer: writer)
    }

    /// Writes a made file unless the output already holds these bytes.
    func store(path: String, data: Data?, entry: PageCache.Entry, cached: PageCache.Entry?, present: Bool, writer: some OutputSink) -> FileOutcome {
        guard let data, writer.keepsFiles else {
            return FileOutcome(path: path, entry: entry, rendered: true, written: false)
        }
        let hash = outputDigest(data)
        var entry = entry
        entry.outputHash = hash
        if present, cached?.outputHash == hash {
            return FileOutcome(path: path, entry: entry, rendered: true, written: false)
        }
        do {
            try writer.write(data, to: path)
            return FileOutcome(path: path, entry: entry, rendered: true, written: true)
        } catch {
            return FileOutcome(path: path, entry: entry, rendered: true, written: false,
                               failure: .error(writer.outputDirectory + "/" + path, code: "output.unwritable", "cannot write: \(error)"))
        }
    }

    /// `sitegen-manifest.json`, keyed on its bytes: it lists every revision, so it is cheaper
    /// to make than to key otherwise.
    func manifestFile(_ site: Site, cache: BuildCache, writer: some OutputSink) -> FileOutcome {
        let manifest = ManifestRenderer.render(site)
        return renderOrReuse(path: ManifestRenderer.path, key: outputDigest(manifest), cache: cache, writer: writer) { _ in (manifest, []) }
    }

    /// The sitemap, the manifest, robots.txt, the favicon and copied assets. The sitemap is made
    /// again when something it read changed; the others are keyed on their bytes or on the
    /// stamp of the file they copy, so an unchanged image is neither read nor rewritten.
    /// - Parameter manifest: false when the caller writes the manifest itself (`manifestFile`).
    func extraFiles(_ site: Site, theme: ThemeFiles, options: BuildOptions, assets: ThemeAssets, cache: BuildCache, writer: some OutputSink,
                    manifest: Bool = true) async -> [FileOutcome] {
        var outcomes: [FileOutcome] = []
        async let sitemap = renderOrReuse(path: "sitemap.xml", key: cache.ownKey(.sitemap), cache: cache, writer: writer) { log in
            (SitemapRenderer.render(SiteReads(site, log: log)), [])
        }
        let manifestOutcome = manifest ? manifestFile(site, cache: cache, writer: writer) : nil
        outcomes.append(await sitemap)
        if let manifestOutcome { outcomes.append(manifestOutcome) }
        // A robots.txt or favicon.ico of the site's own (static/) wins over the generated one.
        if !site.staticFiles.contains("robots.txt") {
            let robots = SitemapRenderer.robots(site.config)
            outcomes.append(renderOrReuse(path: "robots.txt", key: outputDigest(robots), cache: cache, writer: writer) { _ in (robots, []) })
        }
        // Browsers ask for /favicon.ico whatever the page links: an icon in the accent colour answers.
        if !site.staticFiles.contains("favicon.ico") {
            let icon = FaviconRenderer.render(accent: site.config.brand.accent)
            outcomes.append(renderOrReuse(path: "favicon.ico", key: outputDigest(icon), cache: cache, writer: writer) { _ in (icon, []) })
        }
        // Theme assets under their own names and under their content-hashed names.
        let hashed = assets.files.map { ("assets/" + $0.name, $0.hashedPath) }
        for (source, path) in theme.paths.filter({ $0.hasPrefix("assets/") }).map({ ($0, $0) }) + hashed {
            outcomes.append(renderOrReuse(path: path, key: theme.stamp(source), cache: cache, writer: writer) { _ in
                guard let data = theme.data(source) else { return (nil, [.error(theme.displayPath(source), code: "file.unreadable", "cannot read file")]) }
                return (data, [])
            })
        }
        var copies: [(source: String, path: String)] = site.assets.map { (options.root + "/content/" + $0, $0) }
        copies += site.staticFiles.sorted().map { (options.root + "/static/" + $0, $0) }
        for copy in copies {
            let key = fileSystem.fileStamp(copy.source) ?? ""
            outcomes.append(renderOrReuse(path: copy.path, key: key, cache: cache, writer: writer) { _ in
                guard let data = try? fileSystem.readFile(copy.source) else {
                    return (nil, [.error(copy.source, code: "file.unreadable", "cannot read file")])
                }
                return (data, [])
            })
        }
        return outcomes
    }
}

extension BuildReport {
    /// Takes in what producing the files reported: their diagnostics and failures, and how many
    /// pages were rendered and files written.
    mutating func add(_ outcomes: [SiteBuilder.FileOutcome]) {
        for outcome in outcomes {
            diagnostics.add(contentsOf: outcome.entry.diagnostics)
            if let failure = outcome.failure { diagnostics.add(failure) }
            if outcome.rendered, outcome.path.hasSuffix(".html") { pagesRendered += 1 }
            if outcome.written { filesWritten += 1 }
        }
    }
}
