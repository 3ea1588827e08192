import Foundation

extension SiteBuilder {
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
        let previous = BuildCache.lastBuild(recordedPages, into: options.output)
        let previousOutputs = previous == nil ? nil : recordedOutputs
        timer.mark("caches, walks")
        // The no-op decision is the cache's; the walk is waited for only if the sources held.
        if let previous, BuildCache.replaysLastBuild(previous, fingerprint: inputs, verifying: options.verifyCache),
           BuildCache.outputsAsLeft(recorded: previousOutputs, published: await publishedWalk) {
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
        let intact = BuildCache.intactOutputs(recorded: previousOutputs, published: published)
        let finished = await renderAndPublish(prepared, options: options, report: report, inputs: inputs, published: published, intact: intact,
                                              staging: staging, previous: previous, timer: timer)
        var end = PhaseTimer()
        await documentCacheSaved
        end.mark("cache write")
        ExitParking.park(prepared, previous as Any, published, intact, staging, unless: options.freesMemory)
        return finished
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
        let reusable = BuildCache.reusable(previous, incremental: writer.incremental)
        do {
            try writer.begin(removingLinks: staging.links)
        } catch {
            report.diagnostics.add(.error(options.output, code: "output.unwritable", "cannot prepare the output folder: \(error)"))
            return report
        }
        let site = prepared.site
        // `--verify-cache`: every file that is not a page, made as a clean build would make it.
        async let fresh = options.verifyCache ? freshFiles(prepared, templates: templates, options: options) : [:]
        let cache = await BuildCache(site: site, templates: templates, strings: prepared.strings, assets: prepared.assets,
                                     previous: reusable, verifying: options.verifyCache)
        // The sitemap, manifest and assets do not depend on the pages: after an edit, when few
        // pages render, they would otherwise be a sequential third of the build.
        async let extras = extraFiles(site, theme: prepared.theme, options: options, assets: prepared.assets, cache: cache, writer: writer)
        async let search = searchFiles(site, records: prepared.searchRecords, bodies: prepared.bodies, cache: cache, options: options, writer: writer)
        let renderer = PageRenderer(site: site, templates: templates, strings: prepared.strings, assets: prepared.assets, bodies: prepared.bodies)
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
        var swapped = false
        do {
            // A staged file with the stamp of the published one is that file (the stamp holds
            // the inode), so only the files the last build changed are linked again.
            let relinked = try await writer.link(outcomes.filter { !$0.written }.map(\.path), alreadyLinked: staging.listing.unchangedFiles(since: published))
            PublishKillPoint.reach(.linked)
            let swept = try writer.sweep(keeping: outcomes.map(\.path), staged: staging.listing)
            PublishKillPoint.reach(.swept)
            timer.mark("link, sweep")
            try writer.publish()
            swapped = true
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
            // After the swap public/ already is the new site: only the records for the next
            // build are missing, and the ones left behind never vouch for this build's files.
            let outcome = swapped ? "the site was published, but the build's records for the next build could not be saved: \(error)"
                                  : "cannot publish the site: \(error); the previous site was left as it was"
            report.diagnostics.add(.error(options.output, code: "output.unwritable", outcome))
        }
        return report
    }
}
