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
        /// What one edited source article adds to a rebuild: the language keys, tokenizing the
        /// article, patching its language's files (reading the shards it touches, its cached
        /// record) and writing the changed files and cache files.
        public var editSeconds: Double
        /// Index files the edit rewrote, of all the edited language's files.
        public var editFiles: Int
        public var languageFiles: Int
        public var documents: Int
        /// User + system CPU time of the process for the same three spans: on a busy machine
        /// a steadier figure than wall time.
        public var indexCPUSeconds: Double
        public var tokenizeCPUSeconds: Double
        public var editCPUSeconds: Double
    }

    /// User + system CPU seconds this process has used.
    private static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Times the index work of the site at `root` (its sources must build).
    public static func timeIndexWork(root: String) async -> Timing? {
        let fileSystem = LocalFileSystem()
        let builder = SiteBuilder(fileSystem: fileSystem)
        var report = BuildReport()
        let options = BuildOptions(root: root, useCache: false)
        guard let prepared = await builder.prepare(options, into: &report, renderingPages: false) else { return nil }
        var site = prepared.site
        let bodies = prepared.bodies
        let documents = site.articles.flatMap { article in article.translations.values.map { (key: article.key, document: $0) } }
        // A build tokenizes the trees it parsed at load: parsing is not search work.
        let trees = await concurrentMap(documents) { bodies.parse(of: $0.document) ?? MarkdownNode(.document) }
        let started = DispatchTime.now().uptimeNanoseconds, startedCPU = cpuSeconds()
        let records = await concurrentMap(Array(zip(documents, trees))) { item, tree in
            SearchRecord(title: item.document.frontMatter.title ?? item.key, body: tree, revision: item.document.revision)
        }
        var cache = SearchRecordCache()
        for (item, record) in zip(documents, records) { cache.records[item.document.displayPath] = record }
        let tokenized = DispatchTime.now().uptimeNanoseconds, tokenizedCPU = cpuSeconds()
        let languages = site.config.languages.map(\.code)
        let (files, _, states) = await SiteSearchIndex.build(site, languages: languages, previous: cache, bodies: bodies, strings: prepared.strings)
        let indexed = DispatchTime.now().uptimeNanoseconds, indexedCPU = cpuSeconds()
        // The trees are freed here, after the timed span, as a build frees each one at load
        // whether or not it indexes search: freeing them is no search work, and left to the
        // optimizer it would fall at their last use, inside the span.
        withExtendedLifetime(trees) {}

        // The files and cache a build leaves, in a scratch folder.
        let scratch = FileManager.default.temporaryDirectory.path + "/sitegen-search-timing-\(ProcessInfo.processInfo.processIdentifier)"
        let cacheDirectory = scratch + "/cache", output = scratch + "/public"
        defer { try? fileSystem.removeItem(scratch) }
        for file in files { try? fileSystem.writeFile(output + "/" + file.path, file.data) }
        cache.write(since: SearchRecordCache(), languages: languages, cacheDirectory, fileSystem: fileSystem)
        for (language, state) in states { state.write(cacheDirectory, language: language, fileSystem: fileSystem) }

        // The benchmark's edit: a sentence appended to a source article mid-site.
        let language = site.config.defaultLanguage
        guard let number = site.articles.indices.filter({ site.articles[$0].translations[language] != nil }).dropFirst(site.articles.count / 2).first,
              var document = site.articles[number].translations[language] else { return nil }
        let tree = bodies.parse(of: document) ?? MarkdownNode(.document)
        let sentence = MarkdownNode(.paragraph, children: [MarkdownNode(.text("This sentence was added by sitegen-bench (edit 1)."))])
        let editedTree = MarkdownNode(.document, children: tree.children + [sentence])
        document.revision = "edited"

        let editStarted = DispatchTime.now().uptimeNanoseconds, editStartedCPU = cpuSeconds()
        // At load, the edited article is tokenized with its parse.
        let fresh = SearchRecords()
        fresh.add(document, body: editedTree)
        site.articles[number].translations[language] = document
        guard let state = SearchIndexState.read(cacheDirectory, language: language, fileSystem: fileSystem),
              let update = SiteSearchIndex.update(site, fresh: fresh, language: language, state: state, strings: prepared.strings,
                                                  bodies: bodies, cacheDirectory: cacheDirectory, fileSystem: fileSystem,
                                                  read: { try? fileSystem.readFile(output + "/" + $0) }) else { return nil }
        for file in update.files { try? fileSystem.writeFile(output + "/" + file.path, file.data) }
        update.records.write(since: update.previous, languages: [language], cacheDirectory, fileSystem: fileSystem)
        update.state.write(cacheDirectory, language: language, fileSystem: fileSystem)
        let editEnded = DispatchTime.now().uptimeNanoseconds, editEndedCPU = cpuSeconds()
        return Timing(indexSeconds: Double(indexed - started) / 1e9, tokenizeSeconds: Double(tokenized - started) / 1e9,
                      editSeconds: Double(editEnded - editStarted) / 1e9, editFiles: update.files.count,
                      languageFiles: files.count { $0.path.hasPrefix("search/\(language)/") }, documents: documents.count,
                      indexCPUSeconds: indexedCPU - startedCPU, tokenizeCPUSeconds: tokenizedCPU - startedCPU, editCPUSeconds: editEndedCPU - editStartedCPU)
    }
}
