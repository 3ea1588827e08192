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
                            lang: article.translations[language] == nil ? article.source.language : nil, config: site.config)
        }
    }

    /// Subsections of a section as links from the page at `path`.
    func sectionLinks(_ keys: [String], language: String, from path: String) -> [LinkItem] {
        keys.compactMap(site.category).map { section in
            let document = section.document(in: language)
            return LinkItem(title: section.title(in: language), href: SiteURLs.relative(from: path, to: SiteURLs.category(section.key, language: language)),
                            description: document?.frontMatter.description, lang: borrowedLanguage(document, language: language), config: site.config)
        }
    }

    /// The source language when `document` is shown in another language's page.
    private func borrowedLanguage(_ document: SourceDocument?, language: String) -> String? {
        guard let document, document.language != language else { return nil }
        return document.language
    }

    /// Languages whose version of a home or section page shows text written in that language:
    /// those with a translation, or all when the page has no text of its own. The others show
    /// the source text as a fallback: noindex, no alternate, a notice.
    private func realLanguages(source: SourceDocument?, translations: [String: SourceDocument]) -> Set<String> {
        source == nil ? allLanguages : Set(translations.keys)
    }

    /// The fallback notice and the borrowed text's language, as on article fallback pages.
    private func fallback(_ document: SourceDocument?, language: String) -> (banners: [Banner], language: SiteConfig.Language?) {
        guard let borrowed = borrowedLanguage(document, language: language) else { return ([], nil) }
        let t = layouts.strings(language)
        return ([Banner(text: t["page_fallback_notice"], linkText: nil, href: nil, hreflang: nil)],
                site.config.language(borrowed))
    }

    func home(language: String, diagnostics: inout [Diagnostic]) -> PageContext<HomeMain> {
        let path = SiteURLs.home(language)
        let source = site.homes[site.config.defaultLanguage]
        let document = site.homes[language] ?? source
        let title = document?.frontMatter.title ?? site.config.title(in: language)
        let categories = site.topSections.map { section in
            CategorySummary(title: section.title(in: language), description: section.document(in: language)?.frontMatter.description,
                            href: SiteURLs.relative(from: path, to: SiteURLs.category(section.key, language: language)),
                            articles: articleLinks(section.articleKeys, language: language, from: path),
                            sections: sectionLinks(section.sectionKeys, language: language, from: path),
                            lang: borrowedLanguage(section.document(in: language), language: language))
        }.filter { !$0.articles.isEmpty || !$0.sections.isEmpty }
        let uncategorized = articleLinks(site.articles.filter { $0.category.isEmpty }.map(\.key), language: language, from: path)
        let layout = layouts.layout(language: language, path: path, title: title, description: document?.frontMatter.description,
                                    versions: versions(SiteURLs.home), translated: realLanguages(source: source, translations: site.homes),
                                    params: document?.frontMatter.params ?? [:])
        let html = document.map { bodies.render($0, language: language, pagePath: path, diagnostics: &diagnostics) } ?? ""
        let fallback = fallback(document, language: language)
        return PageContext(page: layout, t: layouts.strings(language).values,
                           main: HomeMain(title: title, banners: fallback.banners, html: html, bodyLang: fallback.language?.code, bodyDir: fallback.language?.direction,
                                          categories: categories, uncategorized: uncategorized, hasUncategorized: !uncategorized.isEmpty))
    }

    func category(_ category: Category, language: String, diagnostics: inout [Diagnostic]) -> PageContext<CategoryMain> {
        let path = SiteURLs.category(category.key, language: language)
        let document = category.document(in: language)
        let title = category.title(in: language)
        let layout = layouts.layout(language: language, path: path, title: title, description: document?.frontMatter.description,
                                    versions: versions { SiteURLs.category(category.key, language: $0) },
                                    translated: realLanguages(source: category.source, translations: category.translations),
                                    params: document?.frontMatter.params ?? [:])
        let html = document.map { bodies.render($0, language: language, pagePath: path, diagnostics: &diagnostics) } ?? ""
        var crumbs = [LinkItem(title: layouts.strings(language)["home"], href: SiteURLs.relative(from: path, to: SiteURLs.home(language)))]
        for ancestor in site.sectionTrail(category.parent) {
            crumbs.append(LinkItem(title: ancestor.title(in: language), href: SiteURLs.relative(from: path, to: SiteURLs.category(ancestor.key, language: language)),
                                   lang: ancestor.borrowedLanguage(in: language), config: site.config))
        }
        let sections = sectionLinks(category.sectionKeys, language: language, from: path)
        let articles = articleLinks(category.articleKeys, language: language, from: path)
        let fallback = fallback(document, language: language)
        return PageContext(page: layout, t: layouts.strings(language).values,
                           main: CategoryMain(title: title, description: document?.frontMatter.description, banners: fallback.banners, breadcrumbs: crumbs,
                                              html: html, bodyLang: fallback.language?.code, bodyDir: fallback.language?.direction,
                                              sections: sections, hasSections: !sections.isEmpty, articles: articles, hasArticles: !articles.isEmpty,
                                              nav: SectionNavBuilder(site: site, layouts: layouts).tree(language: language, path: path, section: category.key, article: nil)))
    }

    /// 404 pages may be served at any URL, so their links start from the base URL's path.
    func notFound(language: String) -> PageContext<NotFoundMain> {
        let t = layouts.strings(language)
        var layout = layouts.layout(language: language, path: SiteURLs.notFound(language), title: t["not_found_title"], description: nil,
                                    versions: versions(SiteURLs.home), translated: [], root: baseURLPath)
        layout.languages = layout.languages.map { LanguageOption(code: $0.code, name: $0.name, dir: $0.dir, href: $0.current ? nil : baseURLPath + SiteURLs.home($0.code), current: $0.current, unavailableLabel: $0.unavailableLabel) }
        return PageContext(page: layout, t: t.values, main: NotFoundMain(title: t["not_found_title"]))
    }

    var baseURLPath: String { site.config.basePath }

    func languagePicker() -> PageContext<LanguagePickerMain> {
        let config = site.config
        let language = config.defaultLanguage
        var layout = layouts.layout(language: language, path: "", title: config.title(in: language), description: nil,
                                    versions: versions(SiteURLs.home), translated: allLanguages)
        layout.canonicalURL = config.baseURL
        // The root page is no language's page: the menu marks none as current and links to every home.
        layout.languages = layout.languages.map { LanguageOption(code: $0.code, name: $0.name, dir: $0.dir, href: SiteURLs.home($0.code), current: false, unavailableLabel: $0.unavailableLabel) }
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
                    return AvailabilityMatrix.Cell(available: available, label: t.format(available ? "availability_yes" : "availability_no", ["tier": "\(name(product)) \(name(tier))"]), product: product.id)
                }
            }
            return .init(title: document.frontMatter.title ?? article.key,
                         href: SiteURLs.relative(from: path, to: SiteURLs.article(article.key, language: language)),
                         productIDs: entries.map(\.product).joined(separator: " "), appliesToAll: false, columnCount: columnCount, cells: cells)
        }
        let layout = layouts.layout(language: language, path: path, title: t["availability_page_title"], description: t["availability_page_intro"],
                                    versions: versions(SiteURLs.availability), translated: allLanguages)
        let main = AvailabilityPageMain(
            title: t["availability_page_title"],
            products: config.products.map { .init(id: $0.id, name: name($0)) },
            groups: config.products.map { .init(name: name($0), span: config.tiers.count, id: $0.id) },
            tierNames: config.products.flatMap { product in config.tiers.map { AvailabilityMatrix.Column(name: name($0), product: product.id) } },
            rows: rows
        )
        return PageContext(page: layout, t: t.values, main: main)
    }
}
