extension SiteFact {
    /// The key of the one article or section whose documents alone decide this fact's value
    /// (with site.yml), or nil when the value depends on how the site is put together (which
    /// articles a section lists, the top sections, the files present…).
    ///
    /// A fact with a subject keeps its digest while the subject's `SubjectStamps` stamp is
    /// unchanged, so an edit recomputes only the facts about the documents it touched.
    var subject: String? {
        switch self {
        case .articleLabel(let key, _), .articleDescription(let key, _), .articleLanguages(let key), .articleTranslations(let key),
             .articleAvailability(let key), .linkKey(let key), .sectionLabel(let key, _), .sectionDescription(let key, _),
             .sectionLanguages(let key), .sectionTitle(let key, _):
            return key
        case .anchor(let page, _, _):
            switch page {
            case .article(let key), .section(let key): return key
            case .home, .availability, .search: return nil
            }
        case .sectionArticles, .productArticles, .allArticles, .sectionContents, .navSections, .sectionPublished, .sectionTrail,
             .topSections, .homeLanguages, .asset, .staticFile, .allSections, .allDates, .articleSections, .texts:
            return nil
        }
    }
}

/// Per key, a stamp of everything a fact with that subject can read: the article and the
/// section of that key (whether they exist, each document's path, revision and date, the
/// languages the article is published in) and whether a draft hides an article of that key.
/// Two builds with equal stamps for a key, and equal `inputs`, give its facts equal values;
/// with equal `pageInputs` too, its own pages have equal own-input keys.
struct SubjectStamps: Sendable, Equatable {
    /// site.yml, the UI strings and the generator: inputs of every fact's value.
    var inputs: String
    /// The inputs of every page (`inputs`, the templates and the assets' names).
    var pageInputs: String
    private var stamps: [String: UInt64] = [:]

    init(_ site: Site, inputs: String, pageInputs: String) {
        self.inputs = inputs
        self.pageInputs = pageInputs
        stamps.reserveCapacity(site.articles.count + site.categories.count + site.draftArticles.count)
        for article in site.articles {
            var hasher = StableHasher()
            hasher.combine("article")
            hasher.combine(article.category)
            Self.combine(article.translations, into: &hasher)
            for language in site.publishedLanguages(of: article) { hasher.combine(language) }
            add(hasher, to: article.key)
        }
        for category in site.categories {
            var hasher = StableHasher()
            hasher.combine("section")
            hasher.combine(category.source != nil)
            if let source = category.source { Self.combine(["": source], into: &hasher) }
            Self.combine(category.translations, into: &hasher)
            add(hasher, to: category.key)
        }
        for key in site.draftArticles {
            var hasher = StableHasher()
            hasher.combine("draft")
            add(hasher, to: key)
        }
    }

    /// The keys whose stamp differs in `other` (added and removed keys too).
    func changedKeys(since other: SubjectStamps) -> [String] {
        var keys = stamps.compactMap { key, stamp in other.stamps[key] == stamp ? nil : key }
        keys += other.stamps.keys.filter { stamps[$0] == nil }
        return keys
    }

    private mutating func add(_ part: StableHasher, to key: String) {
        var hasher = StableHasher()
        if let earlier = stamps[key] { hasher.combine(String(earlier)) }
        hasher.combine(String(part.number))
        stamps[key] = hasher.number
    }

    private static func combine(_ documents: [String: SourceDocument], into hasher: inout StableHasher) {
        hasher.combine(documents.count)
        for (language, document) in documents.sorted(by: { $0.key < $1.key }) {
            hasher.combine(language)
            hasher.combine(document.displayPath)
            hasher.combine(document.revision)
            hasher.combine(document.frontMatter.updated?.description)
        }
    }
}
