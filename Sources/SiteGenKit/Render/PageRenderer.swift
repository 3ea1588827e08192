import Foundation

/// Renders one planned page to HTML through the theme.
struct PageRenderer: Sendable {
    let site: Site
    let templates: TemplateSet
    let articles: ArticlePageBuilder
    let indexes: IndexPageBuilder

    init(site: Site, templates: TemplateSet, strings: [String: UIStrings], assets: ThemeAssets = ThemeAssets(), bodies: DocumentBodies) {
        self.site = site
        self.templates = templates
        let layouts = LayoutBuilder(site: site, strings: strings, assets: assets.paths)
        let bodyRenderer = BodyRenderer(site: site, resolver: LinkResolver(site: site), strings: strings, documents: bodies)
        articles = ArticlePageBuilder(layouts: layouts, bodies: bodyRenderer, dates: DateLocalizer(languages: site.config.languages.map(\.code)))
        indexes = IndexPageBuilder(layouts: layouts, bodies: bodyRenderer, articles: articles)
    }

    /// The page's bytes, or nil when the page's source is gone.
    func render(_ plan: PagePlan, diagnostics: inout [Diagnostic]) -> Data? {
        let html: [UInt8]
        switch plan {
        case .languagePicker:
            html = templates.languages.render(indexes.languagePicker(), diagnostics: &diagnostics)
        case .rootNotFound:
            html = templates.notFound.render(indexes.notFound(language: site.config.defaultLanguage), diagnostics: &diagnostics)
        case .notFound(let language):
            html = templates.notFound.render(indexes.notFound(language: language), diagnostics: &diagnostics)
        case .home(let language):
            html = templates.home.render(indexes.home(language: language, diagnostics: &diagnostics), diagnostics: &diagnostics)
        case .search(let language):
            html = templates.search.render(indexes.search(language: language), diagnostics: &diagnostics)
        case .availability(let language):
            html = templates.availability.render(indexes.availability(language: language), diagnostics: &diagnostics)
        case .category(let key, let language):
            guard let category = site.category(key) else { return nil }
            html = templates.category.render(indexes.category(category, language: language, diagnostics: &diagnostics), diagnostics: &diagnostics)
        case .article(let key, let language):
            guard let article = site.article(key) else { return nil }
            html = templates.article.render(articles.build(article, language: language, diagnostics: &diagnostics), diagnostics: &diagnostics)
        }
        return Data(html)
    }
}
