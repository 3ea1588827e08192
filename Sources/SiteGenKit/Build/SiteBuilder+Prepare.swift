import Foundation

extension SiteBuilder {
    /// Every stage before rendering: site.yml and the theme, the scan of `content/`, the load of
    /// the files the document cache does not know, assembly and validation.
    /// - Parameters:
    ///   - renderingPages: false when no page will be rendered (reports), so bodies
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
}
