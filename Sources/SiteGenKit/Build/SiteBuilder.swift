import Foundation

/// What `sitegen build` is asked to do.
public struct BuildOptions: Sendable {
    /// The folder holding `content/` and `templates/`.
    public var root: String
    /// Defaults to `<root>/public`.
    public var outputDirectory: String?
    public var includeDrafts: Bool
    public var warningsAsErrors: Bool

    public init(root: String, outputDirectory: String? = nil, includeDrafts: Bool = false, warningsAsErrors: Bool = false) {
        self.root = root
        self.outputDirectory = outputDirectory
        self.includeDrafts = includeDrafts
        self.warningsAsErrors = warningsAsErrors
    }

    var output: String { outputDirectory ?? root + "/public" }
}

/// The outcome of a build or check: every diagnostic, and what was written.
public struct BuildReport: Sendable {
    public var diagnostics = DiagnosticList()
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
        var templates: TemplateSet
        var strings: [String: UIStrings]
    }

    func prepare(_ options: BuildOptions, into report: inout BuildReport) -> Prepared? {
        var diagnostics: [Diagnostic] = []
        defer { report.diagnostics.add(contentsOf: diagnostics) }
        let (loadedConfig, configDiagnostics) = SiteConfigLoader.load(fileSystem: fileSystem, path: options.root + "/content/site.yml", displayPath: "content/site.yml")
        diagnostics += configDiagnostics
        guard let config = loadedConfig else { return nil }
        let strings = UIStringsLoader.load(fileSystem: fileSystem, directory: options.root + "/templates/i18n", config: config, diagnostics: &diagnostics)
        let templates = TemplateSet.load(fileSystem: fileSystem, directory: options.root + "/templates", diagnostics: &diagnostics)
        let content = ContentLoader.load(fileSystem: fileSystem, contentDirectory: options.root + "/content", config: config, diagnostics: &diagnostics)
        let site = SiteAssembler.assemble(config: config, content: content, includeDrafts: options.includeDrafts, diagnostics: &diagnostics)
        diagnostics += SiteValidator.validate(site)
        guard let templates else { return nil }
        if let defaults = strings[config.defaultLanguage] {
            diagnostics += TemplateStringsChecker.check(templates: templates.sources, strings: defaults, defaultLanguage: config.defaultLanguage)
        }
        return Prepared(site: site, templates: templates, strings: strings)
    }

    /// Builds the site. `public/` is replaced only when the build has no errors.
    public func build(_ options: BuildOptions) async -> BuildReport {
        var report = BuildReport()
        guard let prepared = prepare(options, into: &report), !report.diagnostics.hasErrors else { return report }
        let writer = OutputWriter(fileSystem: fileSystem, outputDirectory: options.output)
        do {
            try writer.begin()
            let renderer = PageRenderer(site: prepared.site, templates: prepared.templates, strings: prepared.strings)
            for plan in PagePlan.all(for: prepared.site) {
                var diagnostics: [Diagnostic] = []
                if let data = renderer.render(plan, diagnostics: &diagnostics) {
                    try writer.write(data, to: plan.outputPath)
                    report.pagesWritten += 1
                }
                report.diagnostics.add(contentsOf: diagnostics)
            }
            try writer.write(SitemapRenderer.render(prepared.site), to: "sitemap.xml")
            try writer.write(ManifestRenderer.render(prepared.site), to: "sitegen-manifest.json")
            report.filesWritten = report.pagesWritten + 2
            report.filesWritten += try copyAssets(prepared.site, options: options, writer: writer)
            if report.failed(warningsAsErrors: options.warningsAsErrors) {
                writer.abandon()
                return report
            }
            try writer.commit()
            report.published = true
        } catch {
            writer.abandon()
            report.diagnostics.add(.error(options.output, "cannot write the site: \(error)"))
        }
        return report
    }

    /// Everything `build` validates, plus the translation checks, without writing anything:
    /// every page is rendered in memory so broken links and templates are found.
    public func check(_ options: BuildOptions) async -> BuildReport {
        var report = BuildReport()
        guard let prepared = prepare(options, into: &report) else { return report }
        let renderer = PageRenderer(site: prepared.site, templates: prepared.templates, strings: prepared.strings)
        for plan in PagePlan.all(for: prepared.site) {
            var diagnostics: [Diagnostic] = []
            _ = renderer.render(plan, diagnostics: &diagnostics)
            report.diagnostics.add(contentsOf: diagnostics)
        }
        report.diagnostics.add(contentsOf: TranslationStructureChecker.check(prepared.site))
        report.diagnostics.add(contentsOf: outdatedTranslations(prepared.site))
        return report
    }

    /// One warning per outdated translation, naming the source sections that changed.
    private func outdatedTranslations(_ site: Site) -> [Diagnostic] {
        site.articles.flatMap { article in
            article.translations.values.sorted { $0.language < $1.language }.compactMap { translation -> Diagnostic? in
                guard case .outdated(let sections) = TranslationStatus.state(of: article, in: translation.language, defaultLanguage: site.config.defaultLanguage) else { return nil }
                return .warning(translation.displayPath, line: 1, column: 1, "outdated translation: \(article.source.displayPath) changed in \(sections.joined(separator: ", ")) since it was stamped")
            }
        }
    }

    /// The assembled site, for reports such as `sitegen translations`.
    public func loadSite(_ options: BuildOptions, into report: inout BuildReport) -> Site? {
        prepare(options, into: &report)?.site
    }

    /// Theme assets go to `assets/`; files next to articles keep their place in the language folder.
    private func copyAssets(_ site: Site, options: BuildOptions, writer: OutputWriter) throws -> Int {
        var count = 0
        let themeAssets = options.root + "/templates/assets"
        if fileSystem.isDirectory(themeAssets) {
            for file in try fileSystem.filesRecursively(in: themeAssets) {
                try writer.write(try fileSystem.readFile(themeAssets + "/" + file), to: "assets/" + file)
                count += 1
            }
        }
        for asset in site.assets {
            try writer.write(try fileSystem.readFile(options.root + "/content/" + asset), to: asset)
            count += 1
        }
        return count
    }
}
