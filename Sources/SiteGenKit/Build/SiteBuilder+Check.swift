import Foundation

extension SiteBuilder {
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
