/// Resolves the links of every page body without the theme, so a template error does not hide
/// broken links and anchors: the page contexts are built (that renders and checks the bodies)
/// and never handed to a template.
struct PageLinkChecker: Sendable {
    let site: Site
    let articles: ArticlePageBuilder
    let indexes: IndexPageBuilder

    init(site: Site, strings: [String: UIStrings], bodies: BodyStore) {
        self.site = site
        let reads = SiteReads(site)
        let layouts = LayoutBuilder(config: site.config, strings: strings)
        let bodyRenderer = BodyRenderer(resolver: LinkResolver(reads: reads), bodies: bodies)
        articles = ArticlePageBuilder(reads: reads, layouts: layouts, bodies: bodyRenderer, dates: DateLocalizer(languages: site.config.languages.map(\.code)))
        indexes = IndexPageBuilder(reads: reads, layouts: layouts, bodies: bodyRenderer, articles: articles)
    }

    /// The link diagnostics of one planned page (only pages with a Markdown body have any).
    func check(_ plan: PagePlan, diagnostics: inout Diagnostics) {
        switch plan {
        case .home(let language):
            _ = indexes.home(site.ownHome(language), language: language, diagnostics: &diagnostics)
        case .category(let key, let language):
            if let category = site.ownCategory(key, language: language) { _ = indexes.category(category, language: language, diagnostics: &diagnostics) }
        case .article(let key, let language):
            if let article = site.ownArticle(key, language: language) { _ = articles.build(article, language: language, diagnostics: &diagnostics) }
        case .languagePicker, .rootNotFound, .notFound, .search, .availability:
            break
        }
    }
}
