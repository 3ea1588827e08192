/// One file sitegen will write, before it is rendered. Plans are cheap and sorted, so the same
/// content always yields the same files in the same order.
enum PagePlan: Sendable, Hashable {
    case languagePicker
    case rootNotFound
    case home(language: String)
    case category(key: String, language: String)
    case article(key: String, language: String)
    case availability(language: String)
    case notFound(language: String)
    case search(language: String)

    /// The output file, relative to `public/`.
    var outputPath: String {
        switch self {
        case .languagePicker: return "index.html"
        case .rootNotFound: return "404.html"
        case .home(let language): return SiteURLs.file(for: SiteURLs.home(language))
        case .category(let key, let language): return SiteURLs.file(for: SiteURLs.category(key, language: language))
        case .article(let key, let language): return SiteURLs.file(for: SiteURLs.article(key, language: language))
        case .availability(let language): return SiteURLs.file(for: SiteURLs.availability(language))
        case .notFound(let language): return SiteURLs.notFound(language)
        case .search(let language): return SiteURLs.file(for: SiteURLs.search(language))
        }
    }

    /// Every page of the site.
    static func all(for site: Site) -> [PagePlan] {
        var plans: [PagePlan] = [.languagePicker, .rootNotFound]
        for language in site.config.languages.map(\.code) {
            plans.append(.home(language: language))
            // Without products there is nothing to tabulate (and a table without columns is invalid).
            if !site.config.products.isEmpty { plans.append(.availability(language: language)) }
            plans.append(.notFound(language: language))
            plans.append(.search(language: language))
            for category in site.categories { plans.append(.category(key: category.key, language: language)) }
        }
        for article in site.articles {
            for language in site.publishedLanguages(of: article) { plans.append(.article(key: article.key, language: language)) }
        }
        return plans
    }
}
