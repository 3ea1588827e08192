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

/// The whole pipeline: load → parse → assemble → validate → render → write.
public struct SiteBuilder: Sendable {
    public let fileSystem: FileSystem

    public init(fileSystem: FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// Everything up to rendering: the site model and the theme, or nil when input is unusable.
    struct Prepared {
        var site: Site
        var theme: ThemeFiles
        /// Nil when the theme has errors: the content is still checked, nothing is rendered.
        var templates: TemplateSet?
        var strings: [String: UIStrings]
        /// The theme's assets with their content-hashed names.
        var assets: ThemeAssets
        /// The document cache records to save, if any changed: the caller saves them in a
        /// child task (`async let`) alongside rendering.
        var documentCacheWrite: DocumentCache.Write?
        /// What `serve` holds for its next build: the theme as loaded and every document read.
        var loadedTheme: LoadedTheme? = nil
        var documentCache: DocumentCache? = nil
        /// The search records of the articles parsed in this build (`searchFiles`).
        var searchRecords = SearchRecords()
        /// The rendered bodies of the documents parsed in this build; any other is parsed again
        /// on demand.
        var bodies: BodyStore
    }

    /// The theme with its compiled templates, UI strings and hashed assets: `serve` holds it
    /// between builds while neither templates/ nor site.yml changes.
    struct LoadedTheme: Sendable {
        var configRevision: String
        var files: ThemeFiles
        var templates: TemplateSet?
        var strings: [String: UIStrings]
        var assets: ThemeAssets
        var diagnostics: Diagnostics

        init(fileSystem: FileSystem, directory: String, config: SiteConfig) {
            configRevision = config.revision
            files = ThemeFiles.load(fileSystem: fileSystem, directory: directory)
            diagnostics = []
            strings = UIStringsLoader.load(theme: files, config: config, diagnostics: &diagnostics)
            templates = TemplateSet.load(theme: files, diagnostics: &diagnostics)
            assets = ThemeAssets.load(theme: files)
        }
    }

    /// - Parameter renderingPages: false when no page will be rendered (reports), so bodies
    ///   are not rendered at load for nothing.
    ///   - documentCache: the document cache already read (for any site.yml), if it was.
    ///   - savesCache: false for `check` and reports, which are documented as writing nothing.
    ///   - heldTheme: the theme a previous build loaded, used when site.yml is unchanged.
    ///   - heldBodies: the bodies a previous build rendered, reused where still valid.
    ///   - holdsBodies: keep every body rendered, for the next build (`serve`).
    func prepare(_ options: BuildOptions, into report: inout BuildReport, contentListing: ContentListing? = nil,
                 documentCache: DocumentCache.Prefetched? = nil, renderingPages: Bool = true, savesCache: Bool = true,
                 heldTheme: LoadedTheme? = nil, heldBodies: BodyStore? = nil, holdsBodies: Bool = false) async -> Prepared? {
        var diagnostics = Diagnostics()
        var timer = PhaseTimer()
        defer { report.diagnostics.add(contentsOf: diagnostics) }
        guard let config = SiteConfigLoader.load(fileSystem: fileSystem, path: options.root + "/content/site.yml", displayPath: "content/site.yml",
                                                 diagnostics: &diagnostics) else { return nil }
        report.diagnostics.policy = config.diagnostics
        let fileSystem = self.fileSystem
        // Decoding the document cache is most of a one-edit build's load; the theme loads meanwhile.
        async let cacheRead = Self.documentCache(documentCache, options, fileSystem: fileSystem, configRevision: config.revision)
        let loadedTheme = heldTheme.flatMap { $0.configRevision == config.revision ? $0 : nil }
            ?? LoadedTheme(fileSystem: fileSystem, directory: options.root + "/templates", config: config)
        diagnostics.append(contentsOf: loadedTheme.diagnostics)
        let (theme, strings, templates) = (loadedTheme.files, loadedTheme.strings, loadedTheme.templates)
        timer.mark("  theme")
        let previous = await cacheRead
        timer.mark("  cache read")
        let contentDirectory = options.root + "/content"
        let bodies = BodyStore(fileSystem: fileSystem, contentDirectory: contentDirectory, config: config, strings: strings,
                               previous: heldBodies, holdsAll: holdsBodies)
        let searchRecords = SearchRecords()
        let context = ContentLoader.Context(fileSystem: fileSystem, contentDirectory: contentDirectory, config: config, listing: contentListing)
        let scan = ContentLoader.scan(context, staticDirectory: options.root + "/static")
        // Reading and parsing is most of a cold build's load time: spread over all cores. Each
        // parse is rendered and indexed in the task that made it, then dropped: syntax trees
        // take several times the size of their text, so memory stays flat as the site grows.
        // The document cache decides which files need loading at all: those with the stamp it
        // recorded keep the facts it holds.
        let loadedFiles = await concurrentMap(scan.markdownFiles) { entry -> (LoadedFile, DocumentCache.Record?) in
            let stamp = ContentLoader.stamp(of: entry, context)
            if let record = previous?.record(ContentLoader.displayPath(entry), stamp: stamp) {
                return (LoadedFile(document: record.document, diagnostics: record.diagnostics, stamp: stamp), record)
            }
            var file = ContentLoader.file(entry, stamp: stamp, context)
            if renderingPages, let parse = file.parse, let document = file.document {
                bodies.add(document, parse: parse)
                searchRecords.add(document, body: parse)
            }
            file.parse = nil
            return (file, nil)
        }
        let files = loadedFiles.map(\.0)
        let loaded = ContentLoader.collect(scan, files: files, diagnostics: &diagnostics)
        let documentCache = DocumentCache(configRevision: config.revision, files: files, known: loadedFiles.map(\.1))
        if heldBodies != nil { bodies.keepOnly(loaded.documents) }
        timer.mark("  documents")
        // Worth keeping even if this build fails: it only records what each file says.
        let changedShards = options.useCache && savesCache ? documentCache.changedShards(since: previous) : []
        let cacheWrite = changedShards.isEmpty ? nil : DocumentCache.Write(cache: documentCache, shards: changedShards, cacheDirectory: options.cacheDirectory, fileSystem: fileSystem)
        var content = loaded
        // Only when some article has no date: most sites never start git.
        if content.documents.contains(where: { $0.kind == .article && $0.frontMatter.updated == nil }), fileSystem.readsGitHistory {
            let dates = await GitDates.read(contentDirectory: options.root + "/content")
            for index in content.documents.indices where content.documents[index].kind == .article && content.documents[index].frontMatter.updated == nil {
                let document = content.documents[index]
                if let date = dates[document.language + "/" + document.relativePath] { content.documents[index].frontMatter.updated = date }
            }
        }
        let site = SiteAssembler.assemble(config: config, content: content, includeDrafts: options.includeDrafts, diagnostics: &diagnostics)
        SiteValidator.validate(site, diagnostics: &diagnostics)
        timer.mark("  assemble")
        if let templates, let defaults = strings[config.defaultLanguage] {
            TemplateStringsChecker.check(templates: templates.sources, strings: defaults, defaultLanguage: config.defaultLanguage, diagnostics: &diagnostics)
        }
        return Prepared(site: site, theme: theme, templates: templates, strings: strings, assets: loadedTheme.assets, documentCacheWrite: cacheWrite,
                        loadedTheme: loadedTheme, documentCache: documentCache, searchRecords: searchRecords, bodies: bodies)
    }

    /// The document cache for this site.yml: the one already read if it is for it, else the
    /// one on disk (when the build uses the cache).
    private static func documentCache(_ prefetched: DocumentCache.Prefetched?, _ options: BuildOptions, fileSystem: FileSystem,
                                      configRevision: String) async -> DocumentCache? {
        if let prefetched { return prefetched.cache?.configRevision == configRevision ? prefetched.cache : nil }
        return options.useCache ? await DocumentCache.read(options, fileSystem: fileSystem, configRevision: configRevision) : nil
    }

    /// Everything `build` validates, plus the translation checks, without writing anything (the
    /// page cache included): every page goes through the builds' render step into a `NullSink`,
    /// so broken links and templates are found.
    public func check(_ options: BuildOptions) async -> BuildReport {
        let (builder, report) = guarded(options)
        return await builder.check(options, report: report)
    }

    /// This builder with symbolic links at the paths read by name hidden, and a report holding
    /// one warning per link (see `SiteLinkGuard`).
    func guarded(_ options: BuildOptions) -> (SiteBuilder, BuildReport) {
        var diagnostics = Diagnostics()
        let fileSystem = SiteLinkGuard.apply(root: options.root, fileSystem: fileSystem, diagnostics: &diagnostics)
        var report = BuildReport()
        report.diagnostics.add(contentsOf: diagnostics)
        return (SiteBuilder(fileSystem: fileSystem), report)
    }

    private func check(_ options: BuildOptions, report: BuildReport) async -> BuildReport {
        var report = report
        guard let prepared = await prepare(options, into: &report, savesCache: false) else { return report }
        let bodies = prepared.bodies
        if let templates = prepared.templates {
            // The builds' render step with no previous cache, so every page renders and reports,
            // into a sink that keeps nothing: no file counts as written, and no page records its
            // reads or hashes its bytes.
            let site = prepared.site
            let renderer = PageRenderer(site: site, templates: templates, strings: prepared.strings, assets: prepared.assets, bodies: bodies)
            let cache = await BuildCache(site: site, templates: templates, strings: prepared.strings, assets: prepared.assets, previous: nil)
            let outcomes = await renderPages(PagePlan.all(for: site), renderer: renderer, cache: cache, into: NullSink())
            report.add(outcomes)
        } else {
            report.diagnostics.add(contentsOf: await linkDiagnostics(prepared, options))
        }
        var translations = Diagnostics()
        TranslationStructureChecker.check(prepared.site, body: { bodies.parse(of: $0) }, diagnostics: &translations)
        outdatedTranslations(prepared.site, diagnostics: &translations)
        report.diagnostics.add(contentsOf: translations)
        return report
    }

    /// The link and anchor problems of every page, found without the theme (which has errors):
    /// a stage of its own, whose pages are checked at once and merged in page order.
    func linkDiagnostics(_ prepared: Prepared, _ options: BuildOptions) async -> Diagnostics {
        let checker = PageLinkChecker(site: prepared.site, strings: prepared.strings, bodies: prepared.bodies)
        return Diagnostics(merging: await concurrentMap(PagePlan.all(for: prepared.site)) { plan in
            var diagnostics = Diagnostics()
            checker.check(plan, diagnostics: &diagnostics)
            return diagnostics
        })
    }

    /// One warning per outdated translation, naming the source sections that changed.
    private func outdatedTranslations(_ site: Site, diagnostics: inout Diagnostics) {
        for article in site.articles {
            for translation in article.translations.values.sorted(by: { $0.language < $1.language }) {
                guard case .outdated(let sections) = TranslationStatus.state(of: article, in: translation.language, defaultLanguage: site.config.defaultLanguage) else { continue }
                diagnostics.append(.warning(translation.displayPath, line: 1, column: 1, code: "translation.outdated", "outdated translation: \(article.source.displayPath) changed in \(sections.joined(separator: ", ")) since it was stamped"))
            }
        }
    }

    /// The assembled site, for reports such as `sitegen translations`.
    public func loadSite(_ options: BuildOptions, into report: inout BuildReport) async -> Site? {
        let (builder, linkReport) = guarded(options)
        report.diagnostics.add(contentsOf: linkReport.diagnostics.items)
        return await builder.prepare(options, into: &report, renderingPages: false, savesCache: false)?.site
    }
}
