import Foundation

/// The index work of a build on its own, for the benchmark: it loads a site as a build does,
/// so it lives with the build rather than in Search/, which never calls up.
extension SearchMeasurement {
    public struct Timing: Sendable {
        /// Tokenizing every article (from its syntax tree, as a build does at load) and
        /// building every language's index files.
        public var indexSeconds: Double
        /// The part of `indexSeconds` spent tokenizing (the rest builds the files).
        public var tokenizeSeconds: Double
        /// What one edited source article adds to a rebuild: the language keys, reading that
        /// language's records, building its files from them, writing the changed record shard.
        public var editSeconds: Double
        public var documents: Int
    }

    /// Times the index work of the site at `root` (its sources must build).
    public static func timeIndexWork(root: String) async -> Timing? {
        let fileSystem = LocalFileSystem()
        let builder = SiteBuilder(fileSystem: fileSystem)
        var report = BuildReport()
        let options = BuildOptions(root: root, useCache: false)
        guard let prepared = await builder.prepare(options, into: &report, renderingPages: false) else { return nil }
        let site = prepared.site
        let bodies = builder.bodies(options)
        let documents = site.articles.flatMap { article in article.translations.values.map { (key: article.key, document: $0) } }
        // A build tokenizes the trees it parsed at load: parsing is not search work.
        let trees = await concurrentMap(documents) { bodies.body(of: $0.document) ?? MarkdownNode(.document) }
        let started = DispatchTime.now().uptimeNanoseconds
        let records = await concurrentMap(Array(zip(documents, trees))) { item, tree in
            SearchRecord(title: item.document.frontMatter.title ?? item.key, body: tree, revision: item.document.revision)
        }
        var cache = SearchRecordCache()
        for (item, record) in zip(documents, records) { cache.records[item.document.displayPath] = record }
        let tokenized = DispatchTime.now().uptimeNanoseconds
        let languages = site.config.languages.map(\.code)
        _ = await SiteSearchIndex.build(site, languages: languages, previous: cache, bodies: bodies, strings: prepared.strings)
        let indexed = DispatchTime.now().uptimeNanoseconds

        let cached = BuildOptions(root: FileManager.default.temporaryDirectory.path + "/sitegen-search-timing-\(ProcessInfo.processInfo.processIdentifier)")
        cache.write(since: SearchRecordCache(), languages: languages, cached.cacheDirectory, fileSystem: fileSystem)
        defer { try? fileSystem.removeItem(cached.root) }
        // An edit to a source-language article: that language is rebuilt, the others kept.
        let editStarted = DispatchTime.now().uptimeNanoseconds
        _ = SiteSearchIndex.languageKeys(site, strings: prepared.strings)
        let edited = [site.config.defaultLanguage]
        var previous = SearchRecordCache.read(cached.cacheDirectory, languages: edited, fileSystem: fileSystem)
        let (_, rebuilt) = await SiteSearchIndex.build(site, languages: edited, previous: previous, bodies: bodies, strings: prepared.strings)
        if let path = site.articles.first?.source.displayPath { previous.records[path]?.revision = "edited" }
        rebuilt.write(since: previous, languages: edited, cached.cacheDirectory, fileSystem: fileSystem)
        let editEnded = DispatchTime.now().uptimeNanoseconds
        return Timing(indexSeconds: Double(indexed - started) / 1e9, tokenizeSeconds: Double(tokenized - started) / 1e9, editSeconds: Double(editEnded - editStarted) / 1e9, documents: documents.count)
    }
}
