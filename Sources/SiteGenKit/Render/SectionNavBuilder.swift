/// Builds the sidebar's section tree and the previous/next links of article and section pages.
///
/// The tree lists every top-level section, and opens only the sections on the way to the current
/// page (their subsections and articles): a page's sidebar grows with the depth of the tree, not
/// with the size of the site. A section with many articles lists a window of them around the
/// current one (its own page lists them all), or every page of a large section would list
/// every other.
struct SectionNavBuilder: Sendable {
    let reads: SiteReads
    let layouts: LayoutBuilder
    /// The most articles of one section a sidebar lists.
    static let articleWindow = 25

    /// - Parameters:
    ///   - section: the key of the section the page is in, or is ("" for none).
    ///   - article: the current article's key, nil on section pages.
    func tree(language: String, path: String, section: String, article: String?) -> [NavEntry] {
        let trail = Set(reads.sectionTrail(section))
        var entries: [NavEntry] = []
        for top in reads.navSections(under: "", language: language) {
            add(top, language: language, path: path, trail: trail, current: (section, article), to: &entries)
        }
        for key in reads.articles(inFolder: "") {
            if let entry = articleEntry(key, language: language, path: path, current: article) { entries.append(entry) }
        }
        return entries
    }

    private func add(_ section: NavSection, language: String, path: String, trail: Set<String>,
                     current: (section: String, article: String?), to entries: inout [NavEntry]) {
        let href = SiteURLs.relative(from: path, to: SiteURLs.category(section.key, language: language))
        let isCurrent = current.article == nil && current.section == section.key
        var entry = link(title: section.label.title, href: href, current: isCurrent, borrowed: section.label.borrowed)
        guard trail.contains(section.key) else {
            entries.append(entry)
            return
        }
        entry.groupStart = true
        entry.link = false
        entries.append(entry)
        for child in reads.navSections(under: section.key, language: language) {
            add(child, language: language, path: path, trail: trail, current: current, to: &entries)
        }
        for article in window(reads.sectionContents(section.key)?.articleKeys ?? [], around: current.article) {
            if let entry = articleEntry(article, language: language, path: path, current: current.article) { entries.append(entry) }
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
        guard let label = reads.articleLabel(key, in: language) else { return nil }
        return link(title: label.title, href: SiteURLs.relative(from: path, to: SiteURLs.article(key, language: language)),
                    current: key == current, borrowed: label.borrowed)
    }

    private func link(title: String, href: String, current: Bool, borrowed: String?) -> NavEntry {
        var entry = NavEntry(title: title, href: href, current: current, link: true)
        if let borrowed, let language = reads.config.language(borrowed) {
            entry.lang = language.code
            entry.dir = language.direction
            entry.badge = language.name
        }
        return entry
    }

    /// The articles before and after `article` in its section, among those published in `language`.
    func neighbours(of article: Article, language: String, path: String) -> (previous: LinkItem?, next: LinkItem?) {
        let keys = reads.publishedArticles(inSection: article.category, language: language)
        guard let index = keys.firstIndex(of: article.key) else { return (nil, nil) }
        func item(_ position: Int) -> LinkItem? {
            guard keys.indices.contains(position), let label = reads.articleLabel(keys[position], in: language) else { return nil }
            return LinkItem(title: label.title, href: SiteURLs.relative(from: path, to: SiteURLs.article(keys[position], language: language)),
                            lang: label.borrowed, config: reads.config)
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
