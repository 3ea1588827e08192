/// Checks across the assembled site that no single file can see: section scopes against
/// site.yml, pages that would be written to the same URL, settings that disable features.
enum SiteValidator {
    static func validate(_ site: Site, diagnostics: inout Diagnostics) {
        let config = site.config
        for article in site.articles {
            for document in article.translations.values.sorted(by: { $0.language < $1.language }) {
                checkScopes(document, config: config, diagnostics: &diagnostics)
            }
            if let category = site.category(article.key) {
                diagnostics.append(.error(article.source.displayPath, code: "content.path-conflict", "this article and the category folder '\(category.key)/' would both be published at /\(config.defaultLanguage)/\(article.key)/; rename one"))
            }
            if article.key == "availability" || article.key.hasPrefix("availability/") {
                diagnostics.append(.error(article.source.displayPath, code: "content.reserved-name", "'availability' is reserved for the site-wide availability page; rename this article"))
            }
            if article.key == "search" {
                diagnostics.append(.error(article.source.displayPath, code: "content.reserved-name", "'search' is reserved for the search page (/<lang>/search/); rename this article"))
            }
        }
        let generated: Set<String> = ["index.html", "404.html", "sitemap.xml", "sitegen-manifest.json"]
        for file in site.staticFiles.sorted() {
            let top = file.split(separator: "/").first.map(String.init) ?? file
            if generated.contains(file) || top == "assets" || top == "search" || config.language(top) != nil {
                diagnostics.append(.error("static/\(file)", code: "content.path-conflict", "static/\(file) would overwrite a file sitegen writes (pages, assets/, \(generated.sorted().joined(separator: ", "))); move or rename it"))
            }
        }
        diagnostics.append(contentsOf: Diagnostics(pageConflicts(site)))
        if let category = site.category("search"),
           let file = (category.source ?? category.translations.values.sorted(by: { $0.language < $1.language }).first)?.displayPath
            ?? site.articles.first(where: { $0.category == "search" })?.source.displayPath {
            diagnostics.append(.error(file, code: "content.reserved-name", "'search' is reserved for the search page (/<lang>/search/); rename this folder"))
        }
        if config.feedbackEndpoint == nil {
            diagnostics.append(.warning("content/site.yml", code: "feedback.no-endpoint", "no feedback.endpoint: articles are built without the \"Was this article helpful?\" form"))
        }
    }

    /// Files of content/ at the path of a page: the copy and the page would race to be written.
    private static func pageConflicts(_ site: Site) -> [Diagnostic] {
        let candidates = site.assets.filter { $0.hasSuffix(".html") }
        guard !candidates.isEmpty else { return [] }
        var pages: Set<String> = []
        for language in site.config.languages.map(\.code) {
            for path in [SiteURLs.home(language), SiteURLs.notFound(language), SiteURLs.search(language), SiteURLs.availability(language)]
                + site.categories.map({ SiteURLs.category($0.key, language: language) }) {
                pages.insert(SiteURLs.file(for: path))
            }
        }
        for article in site.articles {
            for language in site.publishedLanguages(of: article) { pages.insert(SiteURLs.file(for: SiteURLs.article(article.key, language: language))) }
        }
        return candidates.sorted().filter { pages.contains($0) }.map {
            .error("content/\($0)", code: "content.path-conflict", "content/\($0) would overwrite the page sitegen writes at /\($0); move or rename it")
        }
    }

    /// `{only=…}` entries must name a product, a tier, or `product:tier` from site.yml.
    private static func checkScopes(_ document: SourceDocument, config: SiteConfig, diagnostics: inout Diagnostics) {
        for heading in document.headings {
            for entry in heading.scope {
                let parts = entry.split(separator: ":", maxSplits: 1).map(String.init)
                let valid = parts.count == 2
                    ? config.product(parts[0]) != nil && config.tier(parts[1]) != nil
                    : config.product(entry) != nil || config.tier(entry) != nil
                if !valid {
                    diagnostics.append(.error(document.displayPath, line: heading.line, column: heading.column,
                                              code: "heading.unknown-scope", "unknown product or tier '\(entry)' in only= (site.yml defines products \(config.products.map(\.id).joined(separator: ", ")) and tiers \(config.tiers.map(\.id).joined(separator: ", ")))"))
                }
            }
        }
    }
}
