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

    /// The page's bytes, or nil (with a diagnostic) when the theme could not render it.
    func render(_ plan: PagePlan, diagnostics: inout [Diagnostic]) -> Data? {
        let html: String?
        let template: String
        switch plan {
        case .languagePicker:
            template = "languages"
            html = templates.render(indexes.languagePicker(), template: template)
        case .rootNotFound:
            template = "404"
            html = templates.render(indexes.notFound(language: site.config.defaultLanguage), template: template)
        case .notFound(let language):
            template = "404"
            html = templates.render(indexes.notFound(language: language), template: template)
        case .home(let language):
            template = "home"
            html = templates.render(indexes.home(language: language, diagnostics: &diagnostics), template: template)
        case .search(let language):
            template = "search"
            html = templates.render(indexes.search(language: language), template: template)
        case .availability(let language):
            template = "availability"
            html = templates.render(indexes.availability(language: language), template: template)
        case .category(let key, let language):
            template = "category"
            guard let category = site.category(key) else { return nil }
            html = templates.render(indexes.category(category, language: language, diagnostics: &diagnostics), template: template)
        case .article(let key, let language):
            template = "article"
            guard let article = site.article(key) else { return nil }
            html = templates.render(articles.build(article, language: language, diagnostics: &diagnostics), template: template)
        }
        guard let html else {
            diagnostics.append(.error("templates/\(template).mustache", code: "template.render-failed", "template '\(template)' could not be rendered for \(plan.outputPath)"))
            return nil
        }
        return Data(html.utf8)
    }
}
