/// Builds the contexts of the pages around articles: home, category, 404, the root language
/// picker and the site-wide availability matrix.
struct IndexPageBuilder: Sendable {
    /// Everything these pages read of documents other than their own.
    let reads: SiteReads
    let layouts: LayoutBuilder
    let bodies: BodyRenderer
    let articles: ArticlePageBuilder

    var allLanguages: Set<String> { Set(reads.config.languages.map(\.code)) }

    private func versions(_ pathFor: (String) -> String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: reads.config.languages.map { ($0.code, pathFor($0.code)) })
    }

    func articleLinks(_ keys: [String], language: String, from path: String) -> [LinkItem] {
        keys.compactMap { key in
            reads.articleLabel(key, in: language).map { label in
                LinkItem(title: label.title, href: SiteURLs.relative(from: path, to: SiteURLs.article(key, language: language)),
                         description: reads.articleDescription(key, in: language), lang: label.borrowed, config: reads.config)
            }
        }
    }

    /// Subsections of a section as links from the page at `path`.
    func sectionLinks(_ keys: [String], language: String, from path: String) -> [LinkItem] {
        keys.compactMap { key in
            reads.sectionLabel(key, in: language).map { label in
                LinkItem(title: label.title, href: SiteURLs.relative(from: path, to: SiteURLs.category(key, language: language)),
                         description: reads.sectionDescription(key, in: language), lang: label.borrowed, config: reads.config)
            }
        }
    }

    /// The source language when `document` is shown in another language's page.
    private func borrowedLanguage(_ document: SourceDocument?, language: String) -> String? {
        guard let document, document.language != language else { return nil }
        return document.language
    }

    /// Languages whose version of the home page shows text written in that language: those with
    /// a translation, or all when there is no home text. The others show the source text as a
    /// fallback: noindex, no alternate, a notice. (`SiteReads.sectionLanguages` for sections.)
    private func realHomeLanguages(source: SourceDocument?) -> Set<String> {
        source == nil ? allLanguages : reads.homeLanguages
    }

    /// The fallback notice and the borrowed text's language, as on article fallback pages.
    private func fallback(_ document: SourceDocument?, language: String) -> (banners: [Banner], language: SiteConfig.Language?) {
        guard let borrowed = borrowedLanguage(document, language: language) else { return ([], nil) }
        let t = layouts.strings(language)
        return ([Banner(text: t["page_fallback_notice"], linkText: nil, href: nil, hreflang: nil)],
                reads.config.language(borrowed))
    }

    /// - Parameter home: the page's own texts: the language's home page and the default language's.
    func home(_ home: (translation: SourceDocument?, source: SourceDocument?), language: String, diagnostics: inout Diagnostics) -> PageContext<HomeMain> {
        let path = SiteURLs.home(language)
        let document = home.translation ?? home.source
        let title = document?.frontMatter.title ?? reads.config.title(in: language)
        let categories = reads.topSections.compactMap { key -> CategorySummary? in
            guard let label = reads.sectionLabel(key, in: language), let contents = reads.sectionContents(key) else { return nil }
            return CategorySummary(title: label.title, description: reads.sectionDescription(key, in: language),
                                   href: SiteURLs.relative(from: path, to: SiteURLs.category(key, language: language)),
                                   articles: articleLinks(contents.articleKeys, language: language, from: path),
                                   sections: sectionLinks(contents.sectionKeys, language: language, from: path),
                                   lang: label.borrowed)
        }.filter { !$0.articles.isEmpty || !$0.sections.isEmpty }
        let uncategorized = articleLinks(reads.articles(inFolder: ""), language: language, from: path)
        let layout = layouts.layout(language: language, path: path, title: title, description: document?.frontMatter.description,
                                    versions: versions(SiteURLs.home), translated: realHomeLanguages(source: home.source),
                                    params: document?.frontMatter.params ?? [:])
        let html = document.map { bodies.render($0, language: language, pagePath: path, diagnostics: &diagnostics) } ?? ""
        let fallback = fallback(document, language: language)
        return PageContext(page: layout, t: layouts.strings(language).values,
                           main: HomeMain(title: title, banners: fallback.banners, html: html, bodyLang: fallback.language?.code, bodyDir: fallback.language?.direction,
                                          categories: categories, uncategorized: uncategorized, hasUncategorized: !uncategorized.isEmpty))
    }

    /// - Parameter category: the section with its own texts (its subsections and articles are read from `reads`).
    func category(_ category: Category, language: String, diagnostics: inout Diagnostics) -> PageContext<CategoryMain> {
        let path = SiteURLs.category(category.key, language: language)
        let document = category.document(in: language)
        let title = category.title(in: language)
        let layout = layouts.layout(language: language, path: path, title: title, description: document?.frontMatter.description,
                                    versions: versions { SiteURLs.category(category.key, language: $0) },
                                    translated: reads.sectionLanguages(category.key),
                                    params: document?.frontMatter.params ?? [:])
        let html = document.map { bodies.render($0, language: language, pagePath: path, diagnostics: &diagnostics) } ?? ""
        var crumbs = [LinkItem(title: layouts.strings(language)["home"], href: SiteURLs.relative(from: path, to: SiteURLs.home(language)))]
        for key in reads.sectionTrail(category.parent) {
            guard let ancestor = reads.sectionLabel(key, in: language) else { continue }
            crumbs.append(LinkItem(title: ancestor.title, href: SiteURLs.relative(from: path, to: SiteURLs.category(key, language: language)),
                                   lang: ancestor.borrowed, config: reads.config))
        }
        let contents = reads.sectionContents(category.key)
        let sections = sectionLinks(contents?.sectionKeys ?? [], language: language, from: path)
        let articles = articleLinks(contents?.articleKeys ?? [], language: language, from: path)
        let fallback = fallback(document, language: language)
        return PageContext(page: layout, t: layouts.strings(language).values,
                           main: CategoryMain(title: title, description: document?.frontMatter.description, banners: fallback.banners, breadcrumbs: crumbs,
                                              html: html, bodyLang: fallback.language?.code, bodyDir: fallback.language?.direction,
                                              sections: sections, hasSections: !sections.isEmpty, articles: articles, hasArticles: !articles.isEmpty,
                                              nav: SectionNavBuilder(reads: reads, layouts: layouts).tree(language: language, path: path, section: category.key, article: nil)))
    }

    /// 404 pages may be served at any URL, so their links start from the base URL's path.
    func notFound(language: String) -> PageContext<NotFoundMain> {
        let t = layouts.strings(language)
        var layout = layouts.layout(language: language, path: SiteURLs.notFound(language), title: t["not_found_title"], description: nil,
                                    versions: versions(SiteURLs.home), translated: [], root: baseURLPath)
        layout.languages = layout.languages.map { LanguageOption(code: $0.code, name: $0.name, dir: $0.dir, href: $0.current ? nil : baseURLPath + SiteURLs.home($0.code), current: $0.current, unavailableLabel: $0.unavailableLabel) }
        return PageContext(page: layout, t: t.values, main: NotFoundMain(title: t["not_found_title"]))
    }

    var baseURLPath: String { reads.config.basePath }

    func languagePicker() -> PageContext<LanguagePickerMain> {
        let config = reads.config
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
        let config = reads.config
        let t = layouts.strings(language)
        let path = SiteURLs.availability(language)
        let name = { (entity: SiteConfig.Entity) in entity.name(in: language, defaultLanguage: config.defaultLanguage) }
        let rows = reads.allArticles.compactMap { key -> AvailabilityPageMain.Row? in
            guard let label = reads.articleLabel(key, in: language) else { return nil }
            let entries = reads.availability(of: key)?.entries ?? []
            let columnCount = config.products.count * config.tiers.count
            if entries.isEmpty {
                return .init(title: label.title,
                             href: SiteURLs.relative(from: path, to: SiteURLs.article(key, language: language)),
                             productIDs: "*", appliesToAll: true, columnCount: columnCount, cells: [])
            }
            let cells = config.products.flatMap { product in
                config.tiers.map { tier in
                    let available = entries.contains { $0.product == product.id && $0.tiers.contains(tier.id) }
                    return AvailabilityMatrix.Cell(available: available, label: t.format(available ? "availability_yes" : "availability_no", ["tier": "\(name(product)) \(name(tier))"]), product: product.id)
                }
            }
            return .init(title: label.title,
                         href: SiteURLs.relative(from: path, to: SiteURLs.article(key, language: language)),
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
