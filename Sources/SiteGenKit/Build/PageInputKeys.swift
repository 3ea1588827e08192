import Foundation

/// A key per page that changes whenever anything the page is rendered from changes: the theme,
/// the UI strings, site.yml, the facts about other pages that any page may show (titles,
/// order, availability, heading ids, which files exist), and the page's own source files.
/// Pages whose key is unchanged since the last build are not rendered again.
struct PageInputKeys: Sendable {
    /// Changes whenever the sitegen binary does (its path and file stamp), so upgrading sitegen
    /// never serves pages rendered by the old version from the cache.
    static let generatorVersion: String = {
        let executable = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "sitegen"
        return "sitegen-output-1:" + executable + ":" + (LocalFileSystem().fileStamp(executable) ?? "")
    }()

    private let global: String

    init(site: Site, templates: TemplateSet, strings: [String: UIStrings], assets: ThemeAssets = ThemeAssets()) {
        var hasher = StableHasher()
        hasher.combine(Self.generatorVersion)
        hasher.combine(site.config.revision)
        for (name, text) in templates.sources.sorted(by: { $0.key < $1.key }) { hasher.combine(name); hasher.combine(text) }
        // Pages link the assets by their hashed names: a changed stylesheet changes every page.
        for file in assets.files { hasher.combine(file.hashedPath) }
        for (language, table) in strings.sorted(by: { $0.key < $1.key }) {
            hasher.combine(language)
            for (key, value) in table.values.sorted(by: { $0.key < $1.key }) { hasher.combine(key); hasher.combine(value) }
        }
        // Thousands of articles: hashed in chunks on all cores, the chunk hashes combined in order.
        let articles = site.articles
        let chunkCount = max(1, min(16, articles.count / 256))
        let chunkHashes = parallelMap(chunkCount) { chunk in
            var chunkHasher = StableHasher()
            for article in articles[(chunk * articles.count / chunkCount)..<((chunk + 1) * articles.count / chunkCount)] {
                chunkHasher.combine(article.key)
                for (_, document) in article.translations.sorted(by: { $0.key < $1.key }) { Self.describe(document, into: &chunkHasher) }
            }
            return chunkHasher.value
        }
        for chunkHash in chunkHashes { hasher.combine(chunkHash) }
        for category in site.categories {
            hasher.combine(category.key)
            for (_, document) in category.translations.sorted(by: { $0.key < $1.key }) { Self.describe(document, into: &hasher) }
        }
        for (_, home) in site.homes.sorted(by: { $0.key < $1.key }) { Self.describe(home, into: &hasher) }
        for asset in site.assets { hasher.combine(asset) }
        for file in site.staticFiles.sorted() { hasher.combine("static:" + file) }
        global = hasher.value
    }

    /// What other pages may show of a document: title, description, order, availability, anchors.
    private static func describe(_ document: SourceDocument, into hasher: inout StableHasher) {
        let matter = document.frontMatter
        hasher.combine(document.displayPath)
        hasher.combine(matter.title)
        hasher.combine(matter.description)
        hasher.combine(matter.order ?? Int.min)
        for entry in matter.availability?.entries ?? [] { hasher.combine(entry.product); hasher.combine(entry.tiers.joined(separator: ",")) }
        for heading in document.headings { hasher.combine(heading.id) }
    }

    func key(for plan: PagePlan, in site: Site) -> String {
        var hasher = StableHasher()
        hasher.combine(global)
        hasher.combine(plan.outputPath)
        switch plan {
        case .article(let key, let language):
            if let article = site.article(key) {
                hasher.combine(article.source.revision)
                hasher.combine(article.translations[language]?.revision)
                // A date from git changes without the file changing.
                hasher.combine(article.source.frontMatter.updated?.description)
                hasher.combine(article.translations[language]?.frontMatter.updated?.description)
            }
        case .home(let language):
            hasher.combine(site.homes[language]?.revision)
            hasher.combine(site.homes[site.config.defaultLanguage]?.revision)
        case .category(let key, let language):
            if let category = site.category(key) {
                hasher.combine(category.source?.revision)
                hasher.combine(category.translations[language]?.revision)
            }
        case .languagePicker, .rootNotFound, .availability, .notFound, .search:
            break
        }
        return hasher.value
    }
}
