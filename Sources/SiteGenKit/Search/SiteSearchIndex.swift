import Foundation

/// The search index of a whole site: one index per language, holding the articles written in
/// that language. Fallback pages are not indexed as their page's language; instead each
/// translated language's entry names the source-language documents it lacks, which its search
/// looks up in the source index and labels with their language.
enum SiteSearchIndex {
    /// Every index file, and the records they were built from (for the next build's cache).
    /// Records are taken at load from the documents this build parsed; those of unchanged
    /// documents come from `previous`; any other is built from its body, parsed again.
    static func build(_ site: Site, languages: [String], previous: SearchRecordCache, bodies: DocumentBodies, strings: [String: UIStrings]) async -> (files: [(path: String, data: Data)], records: SearchRecordCache) {
        let documents = site.articles.flatMap { article in
            languages.compactMap { article.translations[$0] }.map { (key: article.key, document: $0) }
        }
        let built = await concurrentMap(documents) { item -> SearchRecord in
            let document = item.document
            if let record = document.searchRecord { return record }
            if let cached = previous.records[document.displayPath], cached.revision == document.revision { return cached }
            return SearchRecord(title: document.frontMatter.title ?? item.key, body: bodies.body(of: document) ?? MarkdownNode(.document), revision: document.revision)
        }
        var records = SearchRecordCache()
        for (item, record) in zip(documents, built) { records.records[item.document.displayPath] = record }
        let inputs = languages.map { input(site, language: $0, records: records, strings: strings) }
        let files = await concurrentMap(inputs, chunks: inputs.count) { SearchIndexBuilder.files($0) }
        return (files.flatMap { $0 }, records)
    }

    /// Per language, a key of everything its index files are built from: when it is unchanged,
    /// so are they, and the build neither reads its records nor builds them again.
    static func languageKeys(_ site: Site, strings: [String: UIStrings]) -> [String: String] {
        let config = site.config
        let byKey = site.articles.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        var keys: [String: String] = [:]
        for language in config.languages.map(\.code) {
            var hasher = StableHasher()
            hasher.combine(SearchIndexFormat.version)
            hasher.combine(GeneratorVersion.current)
            hasher.combine(config.revision)
            hasher.combine(strings[language]?["more_articles"])
            for category in site.categories {
                hasher.combine(category.key)
                hasher.combine((category.translations[language] ?? category.source)?.frontMatter.title)
            }
            for article in byKey {
                hasher.combine(article.key)
                hasher.combine(article.category)
                hasher.combine(article.translations[config.defaultLanguage] != nil ? 1 : 0)
                for entry in article.availability?.entries ?? [] { hasher.combine(entry.product); hasher.combine(entry.tiers.joined(separator: ",")) }
                hasher.combine(article.availability == nil ? 0 : 1)
                let document = article.translations[language]
                hasher.combine(document?.displayPath)
                hasher.combine(document?.revision)
            }
            keys[language] = hasher.value
        }
        return keys
    }

    private static func input(_ site: Site, language: String, records: SearchRecordCache, strings: [String: UIStrings]) -> SearchIndexBuilder.Input {
        let config = site.config
        let byKey = site.articles.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        var sections: [SearchIndexBuilder.Named] = site.categories.map { category in
            let document = category.translations[language] ?? category.source
            return .init(id: category.key, name: document?.frontMatter.title ?? category.key)
        }
        if site.articles.contains(where: { $0.category.isEmpty }) {
            sections.append(.init(id: "", name: strings[language]?["more_articles"] ?? ""))
        }
        let sectionIndex = Dictionary(sections.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let documents = byKey.compactMap { article -> SearchIndexBuilder.Document? in
            guard let document = article.translations[language], let record = records.records[document.displayPath] else { return nil }
            return .init(key: article.key, record: record, section: sectionIndex[article.category] ?? 0, availability: article.availability)
        }
        var fallback: SearchIndexBuilder.Fallback?
        if language != config.defaultLanguage, config.fallback == .source {
            // Numbers in the source index, which holds every article with a source, by key.
            let source = byKey.filter { $0.translations[config.defaultLanguage] != nil }
            let missing = source.enumerated().filter { $1.translations[language] == nil }.map(\.offset)
            fallback = .init(language: config.defaultLanguage, name: config.language(config.defaultLanguage)?.name ?? config.defaultLanguage, documents: missing)
        }
        let name = { (entity: SiteConfig.Entity) in entity.name(in: language, defaultLanguage: config.defaultLanguage) }
        return .init(language: language, documents: documents, sections: sections,
                     products: config.products.map { .init(id: $0.id, name: name($0)) },
                     tiers: config.tiers.map { .init(id: $0.id, name: name($0)) },
                     fallback: fallback)
    }
}
