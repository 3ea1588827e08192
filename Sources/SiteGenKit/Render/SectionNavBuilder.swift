/// Builds the sidebar's section tree and the previous/next links of article and section pages.
///
/// The tree lists every top-level section, and opens only the sections on the way to the current
/// page (their subsections and articles): a page's sidebar grows with the depth of the tree, not
/// with the size of the site. A section with many articles lists a window of them around the
/// current one (its own page lists them all), or every page of a large section would list
/// every other.
struct SectionNavBuilder: Sendable {
    let site: Site
    let layouts: LayoutBuilder
    /// The most articles of one section a sidebar lists.
    static let articleWindow = 25

    /// - Parameters:
    ///   - section: the key of the section the page is in, or is ("" for none).
    ///   - article: the current article's key, nil on section pages.
    func tree(language: String, path: String, section: String, article: String?) -> [NavEntry] {
        let trail = Set(site.sectionTrail(section).map(\.key))
        var entries: [NavEntry] = []
        for top in site.topSections where hasContent(top, language: language) {
            add(top, language: language, path: path, trail: trail, current: (section, article), to: &entries)
        }
        for index in site.articlesByCategory[""] ?? [] {
            if let entry = articleEntry(site.articles[index].key, language: language, path: path, current: article) { entries.append(entry) }
        }
        return entries
    }

    private func add(_ category: Category, language: String, path: String, trail: Set<String>, current: (section: String, article: String?), to entries: inout [NavEntry]) {
        let href = SiteURLs.relative(from: path, to: SiteURLs.category(category.key, language: language))
        let isCurrent = current.article == nil && current.section == category.key
        var entry = link(title: category.title(in: language), href: href, current: isCurrent, document: category.document(in: language), language: language)
        guard trail.contains(category.key) else {
            entries.append(entry)
            return
        }
        entry.groupStart = true
        entry.link = false
        entries.append(entry)
        for key in category.sectionKeys {
            if let child = site.category(key), hasContent(child, language: language) {
                add(child, language: language, path: path, trail: trail, current: current, to: &entries)
            }
        }
        for key in window(category.articleKeys, around: current.article) {
            if let entry = articleEntry(key, language: language, path: path, current: current.article) { entries.append(entry) }
        }
        entries.append(NavEntry(title: "", href: "", groupEnd: true))
    }

    /// At most `articleWindow` keys, centred on `current` when it is among them.
    private func window(_ keys: [String], around current: String?) -> ArraySlice<String> {
        guard keys.count > Self.articleWindow else { return keys[...] }
        let index = current.flatMap { keys.firstIndex(of: $0) } ?? 0
        let start = min(max(0, index - Self.articleWindow / 2), keys.count - Self.articleWindow)
        return keys[start..<(start + Self.articleWindow)]
    }

    private func articleEntry(_ key: String, language: String, path: String, current: String?) -> NavEntry? {
        guard let article = site.article(key), site.publishedLanguages(of: article).contains(language) else { return nil }
        let document = article.translations[language] ?? article.source
        return link(title: document.frontMatter.title ?? key, href: SiteURLs.relative(from: path, to: SiteURLs.article(key, language: language)),
                    current: key == current, document: document, language: language)
    }

    private func link(title: String, href: String, current: Bool, document: SourceDocument?, language: String) -> NavEntry {
        var entry = NavEntry(title: title, href: href, current: current, link: true)
        if let document, document.language != language, let borrowed = site.config.language(document.language) {
            entry.lang = borrowed.code
            entry.dir = borrowed.direction
            entry.badge = borrowed.name
        }
        return entry
    }

    private func hasContent(_ category: Category, language: String) -> Bool {
        !category.sectionKeys.isEmpty || category.articleKeys.contains { key in
            site.article(key).map { site.publishedLanguages(of: $0).contains(language) } ?? false
        }
    }

    /// The articles before and after `article` in its section, among those published in `language`.
    func neighbours(of article: Article, language: String, path: String) -> (previous: LinkItem?, next: LinkItem?) {
        guard let section = site.category(article.category) else { return (nil, nil) }
        let keys = section.articleKeys.filter { key in site.article(key).map { site.publishedLanguages(of: $0).contains(language) } ?? false }
        guard let index = keys.firstIndex(of: article.key) else { return (nil, nil) }
        func item(_ position: Int) -> LinkItem? {
            guard keys.indices.contains(position), let other = site.article(keys[position]) else { return nil }
            let document = other.translations[language] ?? other.source
            return LinkItem(title: document.frontMatter.title ?? other.key,
                            href: SiteURLs.relative(from: path, to: SiteURLs.article(other.key, language: language)),
                            lang: other.translations[language] == nil ? other.source.language : nil, config: site.config)
        }
        return (item(index - 1), item(index + 1))
    }
}

extension Category {
    /// The language of the title shown in `language` when it is borrowed from the source text.
    func borrowedLanguage(in language: String) -> String? {
        guard let document = document(in: language), document.language != language else { return nil }
        return document.language
    }
}
