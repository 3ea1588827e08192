/// Links the loaded documents into a `Site`: translations grouped by key, facts inherited from
/// the source language, categories ordered.
enum SiteAssembler {
    static func assemble(config: SiteConfig, content: LoadedContent, includeDrafts: Bool, diagnostics: inout Diagnostics) -> Site {
        let defaultLanguage = config.defaultLanguage
        // A draft source hides its article in every language, translations included.
        let draftSources = Set(content.documents.filter { $0.language == defaultLanguage && $0.frontMatter.draft && !includeDrafts }.map { $0.kind.rawValue + ":" + $0.key })
        let documents = content.documents.filter { (includeDrafts || !$0.frontMatter.draft) && (draftSources.isEmpty || !draftSources.contains($0.kind.rawValue + ":" + $0.key)) }
        var articleDocs: [String: [String: SourceDocument]] = [:]
        var categoryDocs: [String: [String: SourceDocument]] = [:]
        var homes: [String: SourceDocument] = [:]
        for document in documents {
            switch document.kind {
            case .article: articleDocs[document.key, default: [:]][document.language] = document
            case .category: categoryDocs[document.key, default: [:]][document.language] = document
            case .home: homes[document.language] = document
            }
        }
        var articles: [Article] = []
        for (key, translations) in articleDocs {
            guard let source = translations[defaultLanguage] else {
                for (_, orphan) in translations.sorted(by: { $0.key < $1.key }) {
                    diagnostics.append(.warning(orphan.displayPath, code: "translation.orphan", "orphan translation: there is no content/\(defaultLanguage)/\(orphan.relativePath) to translate from; not published"))
                }
                continue
            }
            for (language, translation) in translations where language != defaultLanguage {
                for (inheritedKey, line) in translation.frontMatter.inheritedKeyLines.sorted(by: { $0.key < $1.key }) {
                    diagnostics.append(.warning(translation.displayPath, line: line, column: 1, code: "translation.inherited-key", "'\(inheritedKey)' is ignored in a translation: it is inherited from \(source.displayPath)"))
                }
            }
            let category = key.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(key[..<$0]) } ?? ""
            articles.append(Article(key: key, category: category, source: source, translations: translations))
        }
        for key in categoryDocs.keys.sorted() where categoryDocs[key]?[defaultLanguage] == nil {
            for (_, orphan) in (categoryDocs[key] ?? [:]).sorted(by: { $0.key < $1.key }) {
                diagnostics.append(.warning(orphan.displayPath, code: "translation.orphan", "orphan translation: there is no content/\(defaultLanguage)/\(orphan.relativePath) to translate from"))
            }
        }
        if homes[defaultLanguage] == nil {
            diagnostics.append(.warning("content/\(defaultLanguage)/_index.md", code: "content.missing-home", "missing home page; the site title is used instead"))
        }
        let categories = SectionTree.build(articles: articles, categoryDocs: categoryDocs, config: config, diagnostics: &diagnostics)
        let categoryRank = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1.key, $0) })
        // Sort keys computed once per article, not once per comparison.
        articles = articles.map { (rank: categoryRank[$0.category] ?? -1, order: $0.order ?? Int.max, article: $0) }
            .sorted { ($0.rank, $0.order, $0.article.key) < ($1.rank, $1.order, $1.article.key) }
            .map(\.article)
        var keysByCategory: [String: [String]] = [:]
        for article in articles { keysByCategory[article.category, default: []].append(article.key) }
        var sortedCategories = categories
        for index in sortedCategories.indices { sortedCategories[index].articleKeys = keysByCategory[sortedCategories[index].key] ?? [] }
        var site = Site(config: config, articles: articles, categories: sortedCategories, homes: homes, assets: content.assets)
        site.staticFiles = Set(content.staticFiles)
        site.draftArticles = Set(draftSources.compactMap { $0.hasPrefix("article:") ? String($0.dropFirst("article:".count)) : nil })
        return site
    }
}
