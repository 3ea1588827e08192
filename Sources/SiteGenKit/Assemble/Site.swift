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

/// A section: a folder under the language folders, at any depth, with its `_index.md` in each
/// language (there may be none). Sections nest: `guides/http/clients` is a subsection of
/// `guides/http`.
public struct Category: Sendable {
    public var key: String
    public var source: SourceDocument?
    public var translations: [String: SourceDocument]
    /// Article keys in display order: the articles directly in this folder.
    public var articleKeys: [String]
    /// Keys of the subsections, in display order.
    public var sectionKeys: [String] = []

    public var order: Int? { source?.frontMatter.order }

    /// The parent section's key; "" for a top-level section.
    public var parent: String { Category.parent(of: key) }

    /// The text shown in `language`: its translation, else the source (nil without `_index.md`).
    public func document(in language: String) -> SourceDocument? { translations[language] ?? source }

    /// The title in `language`; without `_index.md`, the folder name made readable.
    public func title(in language: String) -> String { document(in: language)?.frontMatter.title ?? folderTitle }

    /// `http-clients` → "Http clients": the last folder name, dashes and underscores as spaces,
    /// the first letter capitalised (the rest kept, so "HTTP" stays "HTTP").
    public var folderTitle: String {
        let name = key.split(separator: "/").last.map(String.init) ?? key
        let spaced = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    /// The folder `key` is in ("" at the top).
    static func parent(of key: String) -> String {
        key.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(key[..<$0]) } ?? ""
    }
}

/// The assembled site: every page that will be published, with translations linked.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Sorted by category order, then the article's order, then key.
    public var articles: [Article]
    /// Every section, depth first: each parent before its subsections, siblings by order, then key.
    public var categories: [Category]
    /// Home page documents by language.
    public var homes: [String: SourceDocument]
    public var assets: [String]
    /// Files below `static/` (next to `content/`), published at the site root.
    public var staticFiles: Set<String> = []
    /// Keys of articles left out because their source is a draft, for clearer link errors.
    public var draftArticles: Set<String> = []

    private var assetSet: Set<String> = []
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
        assetSet = Set(assets)
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

    /// Whether `path` (`en/billing/flow.png`) is a file copied from a language folder.
    public func hasAsset(_ path: String) -> Bool { assetSet.contains(path) }

    public func article(_ key: String) -> Article? { articleIndex[key].map { articles[$0] } }
    public func category(_ key: String) -> Category? { categoryIndex[key].map { categories[$0] } }

    /// The sections from the top down to `key`, `key` included ("" gives none): breadcrumbs.
    public func sectionTrail(_ key: String) -> [Category] {
        var trail: [Category] = []
        var current = key
        while !current.isEmpty {
            if let section = category(current) { trail.append(section) }
            current = Category.parent(of: current)
        }
        return trail.reversed()
    }

    /// Top-level sections in display order: what the home page lists.
    public var topSections: [Category] { categories.filter { $0.parent.isEmpty } }

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
