/// The values `SiteReads` returns, computed from the site: the accessors and the build cache's
/// check of recorded facts both go through these, so the two cannot disagree.
extension SiteReads {
    /// The value of `fact` in `site`, hashed: what a page read, computed through the same
    /// accessors a page calls.
    static func value(of fact: SiteFact, in reads: SiteReads, into hasher: inout StableHasher) {
        switch fact {
        case .articleLabel(let key, let language): hasher.combine(reads.articleLabel(key, in: language))
        case .articleDescription(let key, let language): hasher.combine(reads.articleDescription(key, in: language))
        case .articleLanguages(let key): hasher.combine(reads.publishedLanguages(of: key))
        case .articleTranslations(let key): hasher.combine(reads.translatedLanguages(of: key))
        case .articleAvailability(let key):
            let availability = reads.availability(of: key)
            hasher.combine(availability != nil)
            for entry in availability?.entries ?? [] { hasher.combine(entry.product); hasher.combine(entry.tiers) }
        case .sectionArticles(let key): hasher.combine(reads.articles(inFolder: key))
        case .productArticles(let products, let section): hasher.combine(reads.articles(sharing: products, outside: section))
        case .allArticles: hasher.combine(reads.allArticles)
        case .sectionLabel(let key, let language): hasher.combine(reads.sectionLabel(key, in: language))
        case .sectionDescription(let key, let language): hasher.combine(reads.sectionDescription(key, in: language))
        case .sectionContents(let key):
            let contents = reads.sectionContents(key)
            hasher.combine(contents != nil)
            hasher.combine(contents?.articleKeys ?? [])
            hasher.combine(contents?.sectionKeys ?? [])
        case .sectionLanguages(let key): hasher.combine(reads.sectionLanguages(key).sorted())
        case .sectionTrail(let key): hasher.combine(reads.sectionTrail(key))
        case .navSections(let key, let language):
            for section in reads.navSections(under: key, language: language) { hasher.combine(section.key); hasher.combine(section.label) }
        case .sectionPublished(let key, let language): hasher.combine(reads.publishedArticles(inSection: key, language: language))
        case .topSections: hasher.combine(reads.topSections)
        case .homeLanguages: hasher.combine(reads.homeLanguages.sorted())
        case .linkKey(let key):
            let found = reads.linkKey(key)
            hasher.combine(found.article); hasher.combine(found.section); hasher.combine(found.draft)
        case .asset(let path): hasher.combine(reads.hasAsset(path))
        case .staticFile(let path): hasher.combine(reads.hasStaticFile(path))
        case .anchor(let page, let language, let id):
            let check = reads.anchor(id, on: page, language: language)
            hasher.combine(check.found); hasher.combine(check.shown)
        case .allDates:
            for (key, dates) in reads.allDates {
                hasher.combine(key)
                for (language, date) in dates.sorted(by: { $0.key < $1.key }) { hasher.combine(language); hasher.combine(date.description) }
            }
        case .articleSections:
            for (key, section) in reads.articleSections { hasher.combine(key); hasher.combine(section) }
        case .texts(let language):
            for (key, document) in reads.texts(in: language) { hasher.combine(key); hasher.combine(document.displayPath); hasher.combine(document.revision) }
        case .allSections: hasher.combine(reads.allSections)
        case .sectionTitle(let key, let language): hasher.combine(reads.sectionTitle(key, in: language))
        }
    }

    static func shown(_ article: Article, _ language: String) -> SourceDocument { article.translations[language] ?? article.source }

    static func articleLabel(_ site: Site, _ key: String, _ language: String) -> ShownLabel? {
        guard let article = site.article(key), site.publishedLanguages(of: article).contains(language) else { return nil }
        let document = shown(article, language)
        return ShownLabel(title: document.frontMatter.title ?? key, borrowed: document.language == language ? nil : document.language)
    }

    static func articleDescription(_ site: Site, _ key: String, _ language: String) -> String? {
        site.article(key).flatMap { shown($0, language).frontMatter.description }
    }

    static func publishedLanguages(_ site: Site, _ key: String) -> [String] {
        site.article(key).map { site.publishedLanguages(of: $0) } ?? []
    }

    static func translatedLanguages(_ site: Site, _ key: String) -> [String] {
        site.article(key).map { $0.translations.keys.sorted() } ?? []
    }

    static func articles(_ site: Site, inFolder key: String) -> [String] {
        (site.articlesByCategory[key] ?? []).map { site.articles[$0].key }
    }

    static func articles(_ site: Site, sharing products: [String], outside section: String) -> [String] {
        var sharing = Set<Int>()
        for product in products { sharing.formUnion(site.articlesByProduct[product] ?? []) }
        return sharing.sorted().filter { site.articles[$0].category != section }.map { site.articles[$0].key }
    }

    static func sectionLabel(_ site: Site, _ key: String, _ language: String) -> ShownLabel? {
        guard let section = site.category(key) else { return nil }
        return ShownLabel(title: section.title(in: language), borrowed: section.borrowedLanguage(in: language))
    }

    static func navSections(_ site: Site, _ parent: String, _ language: String) -> [NavSection] {
        let keys = parent.isEmpty ? site.topSections.map(\.key) : site.category(parent)?.sectionKeys ?? []
        return keys.compactMap { key in
            guard let section = site.category(key) else { return nil }
            let listsSomething = !section.sectionKeys.isEmpty
                || section.articleKeys.contains { site.articleIndex(of: $0).map { site.isPublished($0, in: language) } ?? false }
            guard listsSomething, let label = sectionLabel(site, key, language) else { return nil }
            return NavSection(key: key, label: label)
        }
    }

    static func sectionContents(_ site: Site, _ key: String) -> SectionContents? {
        site.category(key).map { SectionContents(articleKeys: $0.articleKeys, sectionKeys: $0.sectionKeys) }
    }

    static func sectionLanguages(_ site: Site, _ key: String) -> Set<String> {
        guard let section = site.category(key) else { return [] }
        return section.source == nil ? Set(site.config.languages.map(\.code)) : Set(section.translations.keys)
    }

    /// The page's document in the reader's language (or, for an article not published in it,
    /// the source language), as `LinkResolver.location` links it.
    static func anchor(_ site: Site, _ id: String, _ page: LinkTarget.Page, _ language: String) -> AnchorCheck {
        let document: SourceDocument?
        switch page {
        case .home: document = site.homes[language] ?? site.homes[site.config.defaultLanguage]
        case .section(let key): document = site.category(key)?.document(in: language)
        case .availability, .search: document = nil
        case .article(let key):
            if let article = site.article(key) {
                let published = site.publishedLanguages(of: article).contains(language)
                document = article.translations[published ? language : site.config.defaultLanguage] ?? article.source
            } else {
                document = nil
            }
        }
        return AnchorCheck(found: document?.hasHeading(id) ?? false, shown: document?.displayPath)
    }
}

private extension StableHasher {
    mutating func combine(_ label: ShownLabel?) {
        combine(label != nil)
        combine(label?.title)
        combine(label?.borrowed)
    }

    mutating func combine(_ texts: [String]) {
        combine(texts.count)
        for text in texts { combine(text) }
    }
}
