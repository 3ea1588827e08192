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

    /// Builds the site. `public/` is updated only when the build has no errors, and then only
    /// files whose bytes changed are written. Pages whose inputs did not change since the last
    /// build (`.sitegen-cache/`) are not rendered again.
    public func build(_ options: BuildOptions) async -> BuildReport {
        var report = BuildReport()
        if let overlap = OutputPlacement.check(options, fileSystem: fileSystem) {
            report.diagnostics.add(overlap)
            return report
        }
        // Held until this build has published and saved its caches: two builds at once would
        // write the same staging folder and cache files.
        let lock: FileLock
        do {
            lock = try await SiteLock.acquire(options, fileSystem: fileSystem)
        } catch let diagnostic as Diagnostic {
            report.diagnostics.add(diagnostic)
            return report
        } catch {
            report.diagnostics.add(.error(options.cacheDirectory, code: "cache.unusable", "\(error)"))
            return report
        }
        defer { lock.release() }
        let (builder, linkReport) = guarded(options)
        report.diagnostics.add(contentsOf: linkReport.diagnostics.items)
        return await builder.lockedBuild(options, report: report)
    }

    private func lockedBuild(_ options: BuildOptions, report: BuildReport) async -> BuildReport {
        var report = report
        var timer = PhaseTimer()
        let fileSystem = self.fileSystem
        // What a killed build left — its staging folder, the old site after a swap, cache files
        // half written — is cleared first, also when this build turns out to be a no-op.
        try? OutputWriter(fileSystem: fileSystem, outputDirectory: options.output, incremental: false, existing: .init()).repair()
        for entry in fileSystem.listFolder(options.cacheDirectory) where entry.name.contains(".sitegen-partial-") {
            try? fileSystem.removeItem(options.cacheDirectory + "/" + entry.name)
        }
        // Reading the caches, walking the sources and walking public/ are independent: together
        // they are all of a no-op build and a third of a one-edit build.
        async let sourcesRead = Self.scanSources(options, fileSystem: fileSystem)
        let recordedOutputs = options.useCache ? (try? fileSystem.readFile(options.outputListingPath)).flatMap(OutputListing.decode) : nil
        // The recorded listing only spares reading folders whose stamp is unchanged. When the
        // sources changed, the walk goes on while they load: it is only needed for rendering.
        async let publishedWalk = TreeListing.walk(options.output, fileSystem: fileSystem, known: recordedOutputs)
        let (recordedPages, inputs, contentListing, documentCache) = await sourcesRead
        let previous = recordedPages.flatMap { $0.outputDirectory == options.output ? $0 : nil }
        let previousOutputs = previous == nil ? nil : recordedOutputs
        timer.mark("caches, walks")
        // The listing covers every output file, the manifest included.
        // `--verify-cache` checks the pages a no-op build would replay too.
        if !options.verifyCache, let previous, previous.inputFingerprint == inputs, await previousOutputs == publishedWalk {
            // Nothing was touched since the last successful build: replay what it reported.
            report.diagnostics.policy = previous.policy
            report.diagnostics.add(contentsOf: previous.prepareDiagnostics)
            for entry in previous.entries.values where !entry.diagnostics.isEmpty { report.diagnostics.add(contentsOf: entry.diagnostics) }
            report.published = !report.failed(warningsAsErrors: options.warningsAsErrors)
            return report
        }
        // Staging is read while the sources load: its links must go before anything is written.
        let recordedStaging = options.useCache ? (try? fileSystem.readFile(options.stagingListingPath)).flatMap(OutputListing.decode) : nil
        async let stagingWalk = OutputWriter(fileSystem: fileSystem, outputDirectory: options.output, incremental: false, existing: .init())
            .walkStaging(known: recordedStaging)
        guard let prepared = await prepare(options, into: &report, contentListing: contentListing, documentCache: documentCache) else { return report }
        // Worth saving even if this build fails: it only records what each file says.
        async let documentCacheSaved: Void = DocumentCache.Write.save(prepared.documentCacheWrite)
        let published = await publishedWalk
        let staging = await stagingWalk
        // A file changed in public/ since the last build (edited or replaced by hand) counts as
        // missing, so it is written again; without a recorded listing, nothing can be trusted.
        let intact = previousOutputs.map { published.unchangedFiles(since: $0) } ?? TreeListing.PathSet()
        let finished = await renderAndPublish(prepared, options: options, report: report, inputs: inputs, published: published, intact: intact,
                                              staging: staging, previous: previous, timer: timer)
        var end = PhaseTimer()
        await documentCacheSaved
        end.mark("cache write")
        ExitParking.park(prepared, previous as Any, published, intact, staging, unless: options.freesMemory)
        return finished
    }

    /// The last build's page cache and the sources' fingerprint and listing. When the sources
    /// changed, the build will not be a no-op, so the document cache is decoded too, while
    /// public/ is still being walked.
    private static func scanSources(_ options: BuildOptions, fileSystem: FileSystem) async -> (PageCache?, String, ContentListing, DocumentCache.Prefetched?) {
        async let previousRead = readPageCache(options, fileSystem: fileSystem)
        let (inputs, listing) = await InputFingerprint.inputs(fileSystem: fileSystem, options: options)
        let previous = await previousRead
        let documentCache = options.useCache && previous?.inputFingerprint != inputs ? await DocumentCache.Prefetched.read(options, fileSystem: fileSystem) : nil
        return (previous, inputs, listing, documentCache)
    }

    /// The last build's page cache, if the build uses the cache and it is there and usable.
    private static func readPageCache(_ options: BuildOptions, fileSystem: FileSystem) async -> PageCache? {
        guard options.useCache, let data = try? fileSystem.readFile(options.pageCachePath) else { return nil }
        return await PageCache.decode(data)
    }

    /// Renders what changed into staging and, if the build has no errors, moves it into place
    /// and saves the page cache. `published` is what `public/` held at the start; `intact`, the
    /// files in it that are still as the last build wrote them; `staging`, the staging tree and
    /// the links in it.
    private func renderAndPublish(_ prepared: Prepared, options: BuildOptions, report: BuildReport, inputs: String,
                                  published: TreeListing, intact: TreeListing.PathSet, staging: (listing: TreeListing, links: [String]),
                                  previous: PageCache?, timer: PhaseTimer) async -> BuildReport {
        var report = report
        var timer = timer
        guard let templates = prepared.templates else {
            // The theme's errors must not hide the content's: report its links too.
            report.diagnostics.add(contentsOf: await linkDiagnostics(prepared, options))
            return report
        }
        guard !report.diagnostics.hasErrors else { return report }
        let prepareDiagnostics = report.diagnostics.items
        timer.mark("load")
        let writer = OutputWriter(fileSystem: fileSystem, outputDirectory: options.output,
                                  incremental: previous != nil && fileSystem.isDirectory(options.output), existing: intact)
        let reusable = writer.incremental ? previous : nil
        do {
            try writer.begin(removingLinks: staging.links)
        } catch {
            report.diagnostics.add(.error(options.output, code: "output.unwritable", "cannot prepare the output folder: \(error)"))
            return report
        }
        let site = prepared.site
        // The sitemap, manifest and assets do not depend on the pages: after an edit, when few
        // pages render, they would otherwise be a sequential third of the build.
        async let extras = extraFiles(site, theme: prepared.theme, options: options, assets: prepared.assets, reusable: reusable, writer: writer)
        async let search = searchFiles(site, records: prepared.searchRecords, bodies: prepared.bodies, strings: prepared.strings, options: options, reusable: reusable, writer: writer)
        // `--verify-cache`: every file that is not a page, made as a clean build would make it.
        async let fresh = options.verifyCache ? freshFiles(prepared, options: options) : [:]
        async let cacheBuilt = BuildCache(site: site, templates: templates, strings: prepared.strings, assets: prepared.assets,
                                          previous: reusable, verifying: options.verifyCache)
        let renderer = PageRenderer(site: site, templates: templates, strings: prepared.strings, assets: prepared.assets, bodies: prepared.bodies)
        let cache = await cacheBuilt
        let plans = PagePlan.all(for: site)
        let fileSystem = self.fileSystem
        var outcomes = await renderPages(plans, renderer: renderer, cache: cache, into: writer, parallel: options.parallel, progress: options.onProgress) {
            try? fileSystem.readFile(options.output + "/" + $0)
        }
        timer.mark("render")
        outcomes += await extras
        timer.mark("extra files")
        outcomes += await search
        timer.mark("search index")
        PublishKillPoint.reach(.rendered)
        if options.verifyCache {
            let stale = Self.staleFiles(outcomes, pages: Set(plans.map(\.outputPath)), fresh: await fresh, outputDirectory: options.output) { outcome in
                outcome.written ? try? fileSystem.readFile(writer.stagingDirectory + "/" + outcome.path) : writer.previousOutput(outcome.path)
            }
            report.diagnostics.add(contentsOf: Diagnostics(stale))
        }

        report.add(outcomes)
        report.pagesWritten = outcomes.filter { $0.written && $0.path.hasSuffix(".html") }.count
        if report.failed(warningsAsErrors: options.warningsAsErrors) {
            writer.abandon()
            return report
        }
        // Encoded while public/ is updated and walked again: neither waits for the other.
        async let pageCache = Self.pageCache(outcomes, cache: cache, options: options, inputs: inputs, prepareDiagnostics: prepareDiagnostics,
                                             policy: site.config.diagnostics)
        do {
            // A staged file with the stamp of the published one is that file (the stamp holds
            // the inode), so only the files the last build changed are linked again.
            let relinked = try await writer.link(outcomes.filter { !$0.written }.map(\.path), alreadyLinked: staging.listing.unchangedFiles(since: published))
            PublishKillPoint.reach(.linked)
            let swept = try writer.sweep(keeping: outcomes.map(\.path), staged: staging.listing)
            PublishKillPoint.reach(.swept)
            timer.mark("link, sweep")
            try writer.publish()
            PublishKillPoint.reach(.swapped)
            timer.mark("swap")
            // The new public/ is the staging tree as walked, but for the folders this build
            // changed: only those are read again.
            let touched = OutputListing.touchedFolders(outcomes.filter(\.written).map(\.path) + relinked + swept + staging.links)
            let listing = await TreeListing.walk(options.output, fileSystem: fileSystem, known: staging.listing, touched: touched)
            timer.mark("walk")
            // The page cache before the listing of public/, which must come last: the listing
            // vouches that a file is as the last build left it, and such a file is reused as
            // the page cache on disk describes it. Killed in between, a build leaves the old
            // listing, which vouches only for files this build did not write (same inodes, as
            // the new page cache describes them). A new listing with the old page cache would
            // have the next build reuse this build's files as the old pages.
            let (saved, encoded) = await pageCache
            try fileSystem.writeFileAtomically(options.pageCachePath, encoded)
            PublishKillPoint.reach(.pageCacheSaved)
            // What was published is now the staging tree of the next build.
            try fileSystem.writeFileAtomically(options.stagingListingPath, OutputListing.encoded(published))
            PublishKillPoint.reach(.stagingListed)
            try fileSystem.writeFileAtomically(options.outputListingPath, OutputListing.encoded(listing))
            PublishKillPoint.reach(.outputListed)
            report.published = true
            timer.mark("commit")
            ExitParking.park(outcomes, renderer, cache, plans, saved, unless: options.freesMemory)
        } catch {
            writer.abandon()
            report.diagnostics.add(.error(options.output, code: "output.unwritable", "cannot publish the site: \(error); the previous site was left as it was"))
        }
        return report
    }

    /// The page cache this build leaves for the next one, and its bytes.
    private static func pageCache(_ outcomes: [FileOutcome], cache: BuildCache, options: BuildOptions, inputs: String, prepareDiagnostics: Diagnostics,
                                  policy: DiagnosticPolicy) -> (PageCache, Data) {
        var entries: [String: PageCache.Entry] = [:]
        entries.reserveCapacity(outcomes.count)
        for outcome in outcomes { entries[outcome.path] = outcome.entry }
        let pageCache = cache.pageCache(entries, outputDirectory: options.output, inputs: inputs, prepareDiagnostics: prepareDiagnostics, policy: policy)
        return (pageCache, pageCache.encoded())
    }

    /// Renders a page unless `cache` says it may be reused and its file is still in the output
    /// (under `--verify-cache`, renders it anyway and fails if it comes out different); writes
    /// it unless its bytes are the ones already published.
    /// - Parameters:
    ///   - published: the bytes the output holds at a path, for the report of a stale page.
    ///   - produce: renders the page, noting what it reads in the log it is given.
    func renderOrReuse(_ plan: PagePlan, cache: BuildCache, writer: some OutputSink, published: (String) -> Data? = { _ in nil },
                       produce: (ReadLog) -> (Data?, Diagnostics)) -> FileOutcome {
        let path = plan.outputPath
        let cached = cache.entry(path)
        let key = cache.ownKey(plan, cached: cached)
        let present = cached != nil && writer.existsInOutput(path)
        if let cached, present, cache.mayReuse(cached, key: key) {
            var outcome = FileOutcome(path: path, entry: cached, rendered: false, written: false)
            if cache.verifying {
                let log = ReadLog()
                let (data, diagnostics) = produce(log)
                outcome.failure = cache.staleness(of: writer.outputDirectory + "/" + path, entry: cached, rendered: data, diagnostics: diagnostics, log: log, published: published(path))
            }
            return outcome
        }
        let log = ReadLog()
        let (data, diagnostics) = produce(log)
        return store(path: path, data: data, entry: .init(inputKey: key, outputHash: "", diagnostics: diagnostics, reads: cache.record(log.facts)),
                     cached: cached, present: present, writer: writer)
    }

    /// Renders a file that reads no page's facts (sitemap, assets, search files) unless its
    /// input key matches the cache and it is still in `public/`; writes it to staging unless
    /// its bytes are the ones already published.
    func renderOrReuse(path: String, key: String, cached: PageCache.Entry?, writer: some OutputSink,
                       produce: () -> (Data?, Diagnostics)) -> FileOutcome {
        let present = cached != nil && writer.existsInOutput(path)
        if let cached, present, cached.inputKey == key {
            return FileOutcome(path: path, entry: cached, rendered: false, written: false)
        }
        let (data, diagnostics) = produce()
        return store(path: path, data: data, entry: .init(inputKey: key, outputHash: "", diagnostics: diagnostics), cached: cached, present: present, writer: writer)
    }

    /// `sitegen-manifest.json`, written unless the output already holds these bytes.
    func manifestFile(_ site: Site, reusable: PageCache?, writer: some OutputSink) -> FileOutcome {
        let manifest = ManifestRenderer.render(site)
        return renderOrReuse(path: ManifestRenderer.path, key: outputDigest(manifest), cached: reusable?.entries[ManifestRenderer.path], writer: writer) { (manifest, []) }
    }

    /// Writes a rendered file unless the output already holds these bytes.
    private func store(path: String, data: Data?, entry: PageCache.Entry, cached: PageCache.Entry?, present: Bool, writer: some OutputSink) -> FileOutcome {
        guard let data else {
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

    /// The sitemap, the manifest and copied assets. Assets are keyed on their file stamp, so an
    /// unchanged image is neither read nor rewritten.
    /// - Parameter manifest: false when the caller writes the manifest itself (`manifestFile`).
    func extraFiles(_ site: Site, theme: ThemeFiles, options: BuildOptions, assets: ThemeAssets, reusable: PageCache?, writer: some OutputSink,
                    manifest: Bool = true) async -> [FileOutcome] {
        var outcomes: [FileOutcome] = []
        // The sitemap is keyed on what it lists, so an edit that changes none of that does not
        // rebuild megabytes of XML; the manifest lists revisions, which every edit changes.
        async let sitemap = renderOrReuse(path: "sitemap.xml", key: SitemapRenderer.inputKey(site), cached: reusable?.entries["sitemap.xml"], writer: writer) {
            (SitemapRenderer.render(site), [])
        }
        let manifestOutcome = manifest ? manifestFile(site, reusable: reusable, writer: writer) : nil
        outcomes.append(await sitemap)
        if let manifestOutcome { outcomes.append(manifestOutcome) }
        // A robots.txt or favicon.ico of the site's own (static/) wins over the generated one.
        if !site.staticFiles.contains("robots.txt") {
            let robots = SitemapRenderer.robots(site.config)
            outcomes.append(renderOrReuse(path: "robots.txt", key: outputDigest(robots), cached: reusable?.entries["robots.txt"], writer: writer) { (robots, []) })
        }
        // Browsers ask for /favicon.ico whatever the page links: an icon in the accent colour answers.
        if !site.staticFiles.contains("favicon.ico") {
            let icon = FaviconRenderer.render(accent: site.config.brand.accent)
            outcomes.append(renderOrReuse(path: "favicon.ico", key: outputDigest(icon), cached: reusable?.entries["favicon.ico"], writer: writer) { (icon, []) })
        }
        // Theme assets under their own names and under their content-hashed names.
        let hashed = assets.files.map { ("assets/" + $0.name, $0.hashedPath) }
        for (source, path) in theme.paths.filter({ $0.hasPrefix("assets/") }).map({ ($0, $0) }) + hashed {
            outcomes.append(renderOrReuse(path: path, key: theme.stamp(source), cached: reusable?.entries[path], writer: writer) {
                guard let data = theme.data(source) else { return (nil, [.error(theme.displayPath(source), code: "file.unreadable", "cannot read file")]) }
                return (data, [])
            })
        }
        var copies: [(source: String, path: String)] = site.assets.map { (options.root + "/content/" + $0, $0) }
        copies += site.staticFiles.sorted().map { (options.root + "/static/" + $0, $0) }
        for copy in copies {
            let key = fileSystem.fileStamp(copy.source) ?? ""
            outcomes.append(renderOrReuse(path: copy.path, key: key, cached: reusable?.entries[copy.path], writer: writer) {
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
