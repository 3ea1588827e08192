import Foundation

/// The search index of a whole site: one index per language, holding the articles written in
/// that language. Fallback pages are not indexed as their page's language; instead each
/// translated language's entry names the source-language documents it lacks, which its search
/// looks up in the source index and labels with their language.
enum SiteSearchIndex {
    /// Every index file, the records they were built from (for the next build's cache) and
    /// each language's state (for updating its files in place next time).
    /// Records are taken at load from the documents this build parsed; those of unchanged
    /// documents come from `previous`; any other is built from its body, parsed again.
    /// - Parameter logs: per language, where its index notes what it read of the documents
    ///   (the build cache keeps its files while none of that changes).
    static func build(_ site: Site, languages: [String], fresh: SearchRecords = SearchRecords(), previous: SearchRecordCache, bodies: BodyStore, strings: [String: UIStrings],
                      logs: [String: ReadLog] = [:]) async -> (files: [(path: String, data: Data)], records: SearchRecordCache, states: [String: SearchIndexState]) {
        let documents = site.articles.flatMap { article in
            languages.compactMap { article.translations[$0] }.map { (key: article.key, document: $0) }
        }
        let built = await concurrentMap(documents) { item -> SearchRecord in
            record(of: item.document, key: item.key, fresh: fresh, previous: previous, bodies: bodies)
        }
        var records = SearchRecordCache()
        for (item, record) in zip(documents, built) { records.records[item.document.displayPath] = record }
        // Each language's files on their own task, its input gathered there too (each language
        // notes its reads in a log of its own, used by that task alone).
        let found = records
        let built2 = await concurrentMap(languages, chunks: languages.count) { language -> ([(path: String, data: Data)], SearchIndexState) in
            let input = input(SiteReads(site, log: logs[language]), language: language, strings: strings) { found.records[$0.displayPath] }
            let layout = SearchIndexBuilder.layout(input)
            let state = SearchIndexState(filesDigest: "", structureKey: SearchIndexBuilder.structureKey(input), layout: layout,
                                         paths: input.documents.map(\.path), revisions: input.documents.map(\.record.revision))
            return (SearchIndexBuilder.files(input, layout: layout), state)
        }
        var states: [String: SearchIndexState] = [:]
        for (language, (_, state)) in zip(languages, built2) { states[language] = state }
        return (built2.flatMap(\.0), records, states)
    }

    /// The record of one document: parsed at load this build, or cached, or built from its body.
    static func record(of document: SourceDocument, key: String, fresh: SearchRecords, previous: SearchRecordCache, bodies: BodyStore) -> SearchRecord {
        if let record = fresh.record(of: document) { return record }
        if let cached = previous.records[document.displayPath], cached.revision == document.revision { return cached }
        return SearchRecord(title: document.frontMatter.title ?? key, body: bodies.parse(of: document) ?? MarkdownNode(.document), revision: document.revision)
    }

    /// One language's index files updated in place from `state` (the last build's), or nil when
    /// that cannot be done: the set of articles or anything else in the entry changed, too many
    /// articles changed, or a file or record it needs is missing. `read` gives the last build's
    /// bytes of an index file. Returns the changed files, the records read and changed (for the
    /// cache) and the new state.
    static func update(_ site: Site, fresh: SearchRecords, language: String, state: SearchIndexState, strings: [String: UIStrings],
                       bodies: BodyStore, cacheDirectory: String, fileSystem: FileSystem,
                       read: (String) -> Data?) -> (files: [(path: String, data: Data)], records: SearchRecordCache, previous: SearchRecordCache, state: SearchIndexState)? {
        let placeholder = SearchRecord(revision: "", title: "", terms: [], weights: [], excerpt: "")
        var documents: [SourceDocument] = []
        let input = input(SiteReads(site), language: language, strings: strings) { documents.append($0); return placeholder }
        guard input.documents.count == state.paths.count, input.documents.map(\.path) == state.paths,
              SearchIndexBuilder.structureKey(input) == state.structureKey else { return nil }
        let changed = documents.indices.filter { documents[$0].revision != state.revisions[$0] }
        guard changed.count <= maxPatchedDocuments else { return nil }
        let slots = Set(changed.map { SearchRecordCache.shard(of: state.paths[$0]) })
        let previous = SearchRecordCache.read(cacheDirectory, language: language, shards: slots.sorted(), fileSystem: fileSystem)
        var records = previous
        var changes: [SearchIndexPatch.Change] = []
        var withCJK = state.layout.documentsWithCJK
        for number in changed {
            let document = documents[number], path = state.paths[number]
            guard let old = previous.records[path], old.revision == state.revisions[number] else { return nil }
            let new = record(of: document, key: input.documents[number].key, fresh: fresh, previous: SearchRecordCache(), bodies: bodies)
            records.records[path] = new
            withCJK += (SearchIndexBuilder.hasCJK(new) ? 1 : 0) - (SearchIndexBuilder.hasCJK(old) ? 1 : 0)
            changes.append(.init(number: number, key: input.documents[number].key, old: old, new: new))
        }
        let layout = SearchIndexBuilder.Layout(documents: documents.count, documentsWithCJK: withCJK)
        guard layout.counts == state.layout.counts, layout.groupSize == state.layout.groupSize,
              let files = SearchIndexPatch.files(language: language, layout: layout, documents: documents.count, changes: changes, read: read) else { return nil }
        var next = state
        next.layout = layout
        next.revisions = documents.map(\.revision)
        return (files, records, previous, next)
    }

    /// Beyond this many changed articles a language's files are built again rather than patched.
    static let maxPatchedDocuments = 64

    /// The builder's input for one language; `record` gives each indexed document's record.
    /// Everything it takes of the documents is read through `reads`: the facts a build cache
    /// keeps the language's files for.
    static func input(_ reads: SiteReads, language: String, strings: [String: UIStrings], record: (SourceDocument) -> SearchRecord?) -> SearchIndexBuilder.Input {
        let config = reads.config
        let byKey = reads.allArticles.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var sections: [SearchIndexBuilder.Named] = reads.allSections.map { key in
            .init(id: key, name: reads.sectionTitle(key, in: language) ?? key)
        }
        if !reads.articles(inFolder: "").isEmpty {
            sections.append(.init(id: "", name: strings[language]?["more_articles"] ?? ""))
        }
        let sectionIndex = Dictionary(sections.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Which languages have a text is read apart from the text: a new or removed translation
        // changes the set of documents, an edit only their records.
        let translated = byKey.map { Set(reads.translatedLanguages(of: $0)) }
        let texts = Dictionary(reads.texts(in: language).map { ($0.key, $0.document) }, uniquingKeysWith: { first, _ in first })
        let folders = Dictionary(reads.articleSections.map { ($0.key, $0.section) }, uniquingKeysWith: { first, _ in first })
        var documents: [SearchIndexBuilder.Document] = []
        for (key, languages) in zip(byKey, translated) where languages.contains(language) {
            guard let document = texts[key], let record = record(document) else { continue }
            documents.append(.init(key: key, path: document.displayPath, record: record, section: sectionIndex[folders[key] ?? ""] ?? 0,
                                   availability: reads.availability(of: key)))
        }
        var fallback: SearchIndexBuilder.Fallback?
        if language != config.defaultLanguage, config.fallback == .source {
            // Numbers in the source index, which holds every article with a source, by key.
            let source = translated.filter { $0.contains(config.defaultLanguage) }
            let missing = source.enumerated().filter { !$1.contains(language) }.map(\.offset)
            fallback = .init(language: config.defaultLanguage, name: config.language(config.defaultLanguage)?.name ?? config.defaultLanguage, documents: missing)
        }
        let name = { (entity: SiteConfig.Entity) in entity.name(in: language, defaultLanguage: config.defaultLanguage) }
        return .init(language: language, documents: documents, sections: sections,
                     products: config.products.map { .init(id: $0.id, name: name($0)) },
                     tiers: config.tiers.map { .init(id: $0.id, name: name($0)) },
                     fallback: fallback)
    }
}
