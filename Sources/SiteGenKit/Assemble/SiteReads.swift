import Foundation

/// The facts one page read of the site while it rendered. Each page renders on one task with
/// a log of its own, so the log needs no lock.
final class ReadLog: @unchecked Sendable {
    private(set) var facts: Set<SiteFact> = []

    init() {}

    func note(_ fact: SiteFact) { facts.insert(fact) }
}

/// The site as page contexts, link resolution and navigation see it: every read of a document
/// other than the page's own sources goes through one of these accessors, which notes the
/// fact in the page's `ReadLog`. The build cache re-renders a page when a fact it noted has a
/// new value. The site's documents are not reachable from here any other way.
struct SiteReads: Sendable {
    private let site: Site
    private let log: ReadLog?

    /// - Parameter log: nil where nothing is cached (checks, reports).
    init(_ site: Site, log: ReadLog? = nil) {
        self.site = site
        self.log = log
    }

    /// site.yml: a global input of every page, not recorded.
    var config: SiteConfig { site.config }

    private func read<Value>(_ fact: SiteFact, _ value: (Site) -> Value) -> Value {
        log?.note(fact)
        return value(site)
    }

    // MARK: Articles

    func articleLabel(_ key: String, in language: String) -> ShownLabel? {
        read(.articleLabel(key: key, language: language)) { Self.articleLabel($0, key, language) }
    }

    func articleDescription(_ key: String, in language: String) -> String? {
        read(.articleDescription(key: key, language: language)) { Self.articleDescription($0, key, language) }
    }

    func publishedLanguages(of key: String) -> [String] {
        read(.articleLanguages(key: key)) { Self.publishedLanguages($0, key) }
    }

    func translatedLanguages(of key: String) -> [String] {
        read(.articleTranslations(key: key)) { Self.translatedLanguages($0, key) }
    }

    func availability(of key: String) -> Availability? {
        read(.articleAvailability(key: key)) { $0.article(key)?.availability }
    }

    func articles(inFolder key: String) -> [String] {
        read(.sectionArticles(key: key)) { Self.articles($0, inFolder: key) }
    }

    /// Articles outside `section` that name one of `products` in their availability, in site order.
    func articles(sharing products: [String], outside section: String) -> [String] {
        read(.productArticles(products: products, outside: section)) { Self.articles($0, sharing: products, outside: section) }
    }

    var allArticles: [String] { read(.allArticles) { $0.articles.map(\.key) } }

    /// Per article, in site order, the `updated` date of each language's version. One fact for
    /// all: what reads them (the sitemap) reads every one.
    var allDates: [(key: String, dates: [String: SimpleDate])] {
        read(.allDates) { site in site.articles.map { article in (article.key, article.translations.compactMapValues(\.frontMatter.updated)) } }
    }

    /// Per article, in site order, its section folder ("" for the top).
    var articleSections: [(key: String, section: String)] {
        read(.articleSections) { site in site.articles.map { ($0.key, $0.category) } }
    }

    /// Every article's own document in `language`, in site order, for what is made of whole
    /// texts (search records): the fact is their paths and revisions.
    func texts(in language: String) -> [(key: String, document: SourceDocument)] {
        read(.texts(language: language)) { site in site.articles.compactMap { article in article.translations[language].map { (article.key, $0) } } }
    }

    // MARK: Sections and homes

    func sectionLabel(_ key: String, in language: String) -> ShownLabel? {
        read(.sectionLabel(key: key, language: language)) { Self.sectionLabel($0, key, language) }
    }

    func sectionDescription(_ key: String, in language: String) -> String? {
        read(.sectionDescription(key: key, language: language)) { $0.category(key)?.document(in: language)?.frontMatter.description }
    }

    func sectionContents(_ key: String) -> SectionContents? {
        read(.sectionContents(key: key)) { Self.sectionContents($0, key) }
    }

    /// The subsections of `key` ("" for the top) that list something in `language`: a
    /// subsection or an article published in it.
    func navSections(under key: String, language: String) -> [NavSection] {
        read(.navSections(parent: key, language: language)) { Self.navSections($0, key, language) }
    }

    /// The keys of the section's articles that have a page in `language`, in display order.
    func publishedArticles(inSection key: String, language: String) -> [String] {
        read(.sectionPublished(key: key, language: language)) { site in
            (site.category(key)?.articleKeys ?? []).filter { article in site.articleIndex(of: article).map { site.isPublished($0, in: language) } ?? false }
        }
    }

    /// The languages whose version of the section shows its own text (all without `_index.md`).
    func sectionLanguages(_ key: String) -> Set<String> {
        read(.sectionLanguages(key: key)) { Self.sectionLanguages($0, key) }
    }

    func sectionTrail(_ key: String) -> [String] {
        read(.sectionTrail(key: key)) { $0.sectionTrail(key).map(\.key) }
    }

    var topSections: [String] { read(.topSections) { $0.topSections.map(\.key) } }

    var allSections: [String] { read(.allSections) { $0.categories.map(\.key) } }

    /// The front-matter title of the text a section shows in `language`.
    func sectionTitle(_ key: String, in language: String) -> String? {
        read(.sectionTitle(key: key, language: language)) { $0.category(key)?.document(in: language)?.frontMatter.title }
    }

    var homeLanguages: Set<String> { read(.homeLanguages) { Set($0.homes.keys) } }

    // MARK: Link targets

    func hasArticle(_ key: String) -> Bool { linkKey(key).article }
    func hasSection(_ key: String) -> Bool { linkKey(key).section }
    func isDraft(_ key: String) -> Bool { linkKey(key).draft }

    func linkKey(_ key: String) -> LinkKey {
        read(.linkKey(key: key)) { LinkKey(article: $0.article(key) != nil, section: $0.category(key) != nil, draft: $0.draftArticles.contains(key)) }
    }

    func hasAsset(_ path: String) -> Bool { read(.asset(path: path)) { $0.hasAsset(path) } }

    func hasStaticFile(_ path: String) -> Bool { read(.staticFile(path: path)) { $0.staticFiles.contains(path) } }

    /// Whether `page` in `language` shows a heading with `id`, and the file it shows.
    func anchor(_ id: String, on page: LinkTarget.Page, language: String) -> AnchorCheck {
        read(.anchor(page: page, language: language, id: id)) { Self.anchor($0, id, page, language) }
    }
}

/// A title shown for another page, and the language it is borrowed from when the page has no
/// text in the reader's language.
struct ShownLabel: Equatable, Sendable {
    var title: String
    var borrowed: String?
}

struct NavSection: Equatable, Sendable {
    var key: String
    var label: ShownLabel
}

struct SectionContents: Equatable, Sendable {
    var articleKeys: [String]
    var sectionKeys: [String]
}

struct AnchorCheck: Equatable, Sendable {
    var found: Bool
    /// The document the target page shows (nil for pages without one).
    var shown: String?
}

/// What a link key names.
struct LinkKey {
    var article: Bool
    var section: Bool
    var draft: Bool
}
