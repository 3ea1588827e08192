/// An article in every language it exists in; the default language's file is the source of
/// facts (order, availability) that translations inherit.
public struct Article: Sendable {
    public var key: String
    /// The category folder ("" for articles at the top of a language folder).
    public var category: String
    public var source: SourceDocument
    /// Real translations by language code, the source included.
    public var translations: [String: SourceDocument]

    public var order: Int? { source.frontMatter.order }
    public var availability: Availability? { source.frontMatter.availability }

    /// A stable id for feedback and manifests: the translation key.
    public var id: String { key }
}

/// A category folder with its `_index.md` in each language (there may be none).
public struct Category: Sendable {
    public var key: String
    public var source: SourceDocument?
    public var translations: [String: SourceDocument]
    /// Article keys in display order.
    public var articleKeys: [String]

    public var order: Int? { source?.frontMatter.order }
}

/// The assembled site: every page that will be published, with translations linked.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Sorted by category order, then the article's order, then key.
    public var articles: [Article]
    /// Sorted by order, then key.
    public var categories: [Category]
    /// Home page documents by language.
    public var homes: [String: SourceDocument]
    public var assets: [String]
    /// Keys of articles left out because their source is a draft, for clearer link errors.
    public var draftArticles: Set<String> = []

    private var articleIndex: [String: Int] = [:]
    private var categoryIndex: [String: Int] = [:]
    /// Per article (by position in `articles`), the languages its page is published in.
    private var published: [[String]] = []
    /// Positions in `articles`, in site order, grouped for "related articles".
    private(set) var articlesByCategory: [String: [Int]] = [:]
    private(set) var articlesByProduct: [String: [Int]] = [:]

    init(config: SiteConfig, articles: [Article], categories: [Category], homes: [String: SourceDocument], assets: [String]) {
        self.config = config
        self.articles = articles
        self.categories = categories
        self.homes = homes
        self.assets = assets
        let codes = config.languages.map(\.code)
        for (index, article) in articles.enumerated() {
            articleIndex[article.key] = index
            published.append(codes.filter { article.translations[$0] != nil || config.fallback == .source })
            articlesByCategory[article.category, default: []].append(index)
            for entry in article.availability?.entries ?? [] { articlesByProduct[entry.product, default: []].append(index) }
        }
        for (index, category) in categories.enumerated() { categoryIndex[category.key] = index }
    }

    public func articleIndex(of key: String) -> Int? { articleIndex[key] }

    public func article(_ key: String) -> Article? { articleIndex[key].map { articles[$0] } }
    public func category(_ key: String) -> Category? { categoryIndex[key].map { categories[$0] } }

    /// Languages an article's page is published in: its translations, plus every other
    /// language as a fallback page unless `fallback: none`.
    public func publishedLanguages(of article: Article) -> [String] {
        articleIndex[article.key].map { published[$0] } ?? []
    }

    /// Whether the article at `index` has a page in `language`.
    func isPublished(_ index: Int, in language: String) -> Bool {
        published[index].contains(language)
    }
}
