import Foundation

/// Renders one planned page to HTML through the theme.
///
/// A page is given its own sources (its article, section or home texts, in its language and
/// the default language) and sees everything else of the site through `SiteReads`, which notes
/// what it read in the page's `ReadLog`: the build cache keys the page on its own sources and
/// re-renders it when anything it read changes.
struct PageRenderer: Sendable {
    let site: Site
    let templates: TemplateSet
    let layouts: LayoutBuilder
    let strings: [String: UIStrings]
    let bodies: BodyStore
    let dates: DateLocalizer

    init(site: Site, templates: TemplateSet, strings: [String: UIStrings], assets: ThemeAssets = ThemeAssets(), bodies: BodyStore) {
        self.site = site
        self.templates = templates
        self.strings = strings
        self.bodies = bodies
        layouts = LayoutBuilder(config: site.config, strings: strings, assets: assets.paths)
        dates = DateLocalizer(languages: site.config.languages.map(\.code))
    }

    /// The page builders of one page, reading the site through `log`.
    func builders(log: ReadLog?) -> (articles: ArticlePageBuilder, indexes: IndexPageBuilder) {
        let reads = SiteReads(site, log: log)
        let renderer = BodyRenderer(resolver: LinkResolver(reads: reads), bodies: bodies)
        let articles = ArticlePageBuilder(reads: reads, layouts: layouts, bodies: renderer, dates: dates)
        return (articles, IndexPageBuilder(reads: reads, layouts: layouts, bodies: renderer, articles: articles))
    }

    /// Builders that record nothing, for looking at one page's context.
    var articles: ArticlePageBuilder { builders(log: nil).articles }
    var indexes: IndexPageBuilder { builders(log: nil).indexes }

    /// The page's bytes, or nil when the page's source is gone.
    /// - Parameter log: where the page notes what it reads of other documents.
    func render(_ plan: PagePlan, log: ReadLog? = nil, diagnostics: inout Diagnostics) -> Data? {
        let (articles, indexes) = builders(log: log)
        let html: [UInt8]
        switch plan {
        case .languagePicker:
            html = templates.languages.render(indexes.languagePicker(), diagnostics: &diagnostics)
        case .rootNotFound:
            html = templates.notFound.render(indexes.notFound(language: site.config.defaultLanguage), diagnostics: &diagnostics)
        case .notFound(let language):
            html = templates.notFound.render(indexes.notFound(language: language), diagnostics: &diagnostics)
        case .home(let language):
            html = templates.home.render(indexes.home(site.ownHome(language), language: language, diagnostics: &diagnostics), diagnostics: &diagnostics)
        case .search(let language):
            html = templates.search.render(indexes.search(language: language), diagnostics: &diagnostics)
        case .availability(let language):
            html = templates.availability.render(indexes.availability(language: language), diagnostics: &diagnostics)
        case .category(let key, let language):
            guard let category = site.ownCategory(key, language: language) else { return nil }
            html = templates.category.render(indexes.category(category, language: language, diagnostics: &diagnostics), diagnostics: &diagnostics)
        case .article(let key, let language):
            guard let article = site.ownArticle(key, language: language) else { return nil }
            html = templates.article.render(articles.build(article, language: language, diagnostics: &diagnostics), diagnostics: &diagnostics)
        }
        return Data(html)
    }
}

extension Site {
    /// What a page in `language` owns of its article: the text in that language and the
    /// source. The other translations are other documents, read through `SiteReads`.
    func ownArticle(_ key: String, language: String) -> Article? {
        guard var article = article(key) else { return nil }
        article.translations = article.translations.filter { $0.key == language || $0.key == config.defaultLanguage }
        return article
    }

    /// A section's texts in `language` and the source, without its subsections and articles
    /// (read through `SiteReads`).
    func ownCategory(_ key: String, language: String) -> Category? {
        guard var category = category(key) else { return nil }
        category.translations = category.translations.filter { $0.key == language }
        category.articleKeys = []
        category.sectionKeys = []
        return category
    }

    /// The home page's text in `language` and the default language's.
    func ownHome(_ language: String) -> (translation: SourceDocument?, source: SourceDocument?) {
        (homes[language], homes[config.defaultLanguage])
    }
}
