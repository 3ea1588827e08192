/// Builds the contexts of the pages around articles: home, category, 404, the root language
/// picker and the site-wide availability matrix.
struct IndexPageBuilder: Sendable {
    let layouts: LayoutBuilder
    let bodies: BodyRenderer
    let articles: ArticlePageBuilder

    var site: Site { layouts.site }
    var allLanguages: Set<String> { Set(site.config.languages.map(\.code)) }

    private func versions(_ pathFor: (String) -> String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: site.config.languages.map { ($0.code, pathFor($0.code)) })
    }

    func articleLinks(_ keys: [String], language: String, from path: String) -> [LinkItem] {
        keys.compactMap(site.article).filter { site.publishedLanguages(of: $0).contains(language) }.map { article in
            let document = article.translations[language] ?? article.source
            return LinkItem(title: document.frontMatter.title ?? article.key,
                            href: SiteURLs.relative(from: path, to: SiteURLs.article(article.key, language: language)),
                            description: document.frontMatter.description,
                            lang: article.translations[language] == nil ? article.source.language : nil)
        }
    }

    func home(language: String, diagnostics: inout [Diagnostic]) -> PageContext<HomeMain> {
        let path = SiteURLs.home(language)
        let document = site.homes[language] ?? site.homes[site.config.defaultLanguage]
        let title = document?.frontMatter.title ?? site.config.title(in: language)
        let categories = site.categories.map { category in
            let doc = category.translations[language] ?? category.source
            return CategorySummary(title: doc?.frontMatter.title ?? category.key, description: doc?.frontMatter.description,
                                   href: SiteURLs.relative(from: path, to: SiteURLs.category(category.key, language: language)),
                                   articles: articleLinks(category.articleKeys, language: language, from: path))
        }.filter { !$0.articles.isEmpty }
        let uncategorized = articleLinks(site.articles.filter { $0.category.isEmpty }.map(\.key), language: language, from: path)
        let layout = layouts.layout(language: language, path: path, title: title, description: document?.frontMatter.description,
                                    versions: versions(SiteURLs.home), translated: allLanguages)
        let html = document.map { bodies.render($0, language: language, pagePath: path, diagnostics: &diagnostics) } ?? ""
        return PageContext(page: layout, t: layouts.strings(language).values,
                           main: HomeMain(title: title, html: html, categories: categories, uncategorized: uncategorized, hasUncategorized: !uncategorized.isEmpty))
    }

    func category(_ category: Category, language: String, diagnostics: inout [Diagnostic]) -> PageContext<CategoryMain> {
        let path = SiteURLs.category(category.key, language: language)
        let document = category.translations[language] ?? category.source
        let title = document?.frontMatter.title ?? category.key
        let layout = layouts.layout(language: language, path: path, title: title, description: document?.frontMatter.description,
                                    versions: versions { SiteURLs.category(category.key, language: $0) }, translated: allLanguages)
        let html = document.map { bodies.render($0, language: language, pagePath: path, diagnostics: &diagnostics) } ?? ""
        let crumbs = [LinkItem(title: layouts.strings(language)["home"], href: SiteURLs.relative(from: path, to: SiteURLs.home(language)))]
        return PageContext(page: layout, t: layouts.strings(language).values,
                           main: CategoryMain(title: title, description: document?.frontMatter.description, breadcrumbs: crumbs, html: html,
                                              articles: articleLinks(category.articleKeys, language: language, from: path)))
    }

    /// 404 pages may be served at any URL, so their links start from the base URL's path.
    func notFound(language: String) -> PageContext<NotFoundMain> {
        let t = layouts.strings(language)
        var layout = layouts.layout(language: language, path: SiteURLs.notFound(language), title: t["not_found_title"], description: nil,
                                    versions: versions(SiteURLs.home), translated: [], root: baseURLPath)
        layout.languages = layout.languages.map { LanguageOption(code: $0.code, name: $0.name, dir: $0.dir, href: $0.current ? nil : baseURLPath + SiteURLs.home($0.code), current: $0.current, unavailableLabel: $0.unavailableLabel) }
        return PageContext(page: layout, t: t.values, main: NotFoundMain(title: t["not_found_title"]))
    }

    var baseURLPath: String {
        let base = site.config.baseURL
        guard let scheme = base.range(of: "://") else { return base }
        let afterHost = base[scheme.upperBound...].drop { $0 != "/" }
        return afterHost.isEmpty ? "/" : String(afterHost)
    }

    func languagePicker() -> PageContext<LanguagePickerMain> {
        let config = site.config
        let language = config.defaultLanguage
        var layout = layouts.layout(language: language, path: "", title: config.title(in: language), description: nil,
                                    versions: versions(SiteURLs.home), translated: allLanguages)
        layout.canonicalURL = config.baseURL
        layout.alternates = config.languages.map { Alternate(hreflang: $0.code, href: SiteURLs.absolute(SiteURLs.home($0.code), baseURL: config.baseURL)) }
            + [Alternate(hreflang: "x-default", href: config.baseURL)]
        let links = config.languages.map { LinkItem(title: $0.name, href: SiteURLs.home($0.code), description: config.title(in: $0.code), lang: $0.code) }
        return PageContext(page: layout, t: layouts.strings(language).values,
                           main: LanguagePickerMain(languages: links, defaultHref: SiteURLs.home(language)))
    }

    func availability(language: String) -> PageContext<AvailabilityPageMain> {
        let config = site.config
        let t = layouts.strings(language)
        let path = SiteURLs.availability(language)
        let name = { (entity: SiteConfig.Entity) in entity.name(in: language, defaultLanguage: config.defaultLanguage) }
        let rows = site.articles.filter { site.publishedLanguages(of: $0).contains(language) }.map { article -> AvailabilityPageMain.Row in
            let document = article.translations[language] ?? article.source
            let entries = article.availability?.entries ?? []
            let columnCount = config.products.count * config.tiers.count
            if entries.isEmpty {
                return .init(title: document.frontMatter.title ?? article.key,
                             href: SiteURLs.relative(from: path, to: SiteURLs.article(article.key, language: language)),
                             productIDs: "*", appliesToAll: true, columnCount: columnCount, cells: [])
            }
            let cells = config.products.flatMap { product in
                config.tiers.map { tier in
                    let available = entries.contains { $0.product == product.id && $0.tiers.contains(tier.id) }
                    return AvailabilityMatrix.Cell(available: available, label: t.format(available ? "availability_yes" : "availability_no", ["tier": "\(name(product)) \(name(tier))"]))
                }
            }
            return .init(title: document.frontMatter.title ?? article.key,
                         href: SiteURLs.relative(from: path, to: SiteURLs.article(article.key, language: language)),
                         productIDs: entries.map(\.product).joined(separator: " "), appliesToAll: false, columnCount: columnCount, cells: cells)
        }
        let layout = layouts.layout(language: language, path: path, title: t["availability_page_title"], description: nil,
                                    versions: versions(SiteURLs.availability), translated: allLanguages)
        let main = AvailabilityPageMain(
            title: t["availability_page_title"],
            products: config.products.map { .init(id: $0.id, name: name($0)) },
            groups: config.products.map { .init(name: name($0), span: config.tiers.count, id: $0.id) },
            tierNames: config.products.flatMap { _ in config.tiers.map { AvailabilityMatrix.Column(name: name($0)) } },
            rows: rows
        )
        return PageContext(page: layout, t: t.values, main: main)
    }
}
