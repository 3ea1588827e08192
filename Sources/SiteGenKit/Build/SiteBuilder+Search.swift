import Foundation

extension SiteBuilder {
    /// The search index files (`public/search/<lang>/…`). What happens to a language's files is
    /// the build cache's decision (`BuildCache.decideGroup`), from what its index read of the
    /// documents when it was built (recorded on its `index.json`): nothing read changed, the
    /// files stay as they are; only articles' texts changed (`SiteFact.texts`), the files
    /// are patched (`SiteSearchIndex.update`: only the shards holding a term of a changed
    /// article whose postings changed, and that article's detail group, are read and written);
    /// anything else, the language is built again from per-document records
    /// (`.sitegen-cache/search-<lang>-NN.bin`), each file written only when its bytes changed.
    /// `records` holds the records of the articles this build parsed.
    func searchFiles(_ site: Site, records fresh: SearchRecords, bodies: BodyStore, cache: BuildCache, options: BuildOptions, writer: some OutputSink) async -> [FileOutcome] {
        var outcomes: [FileOutcome] = []
        var rebuild: [String] = []
        var previousFiles: [String: [(path: String, entry: PageCache.Entry)]] = [:]
        for (path, entry) in cache.previousEntries(under: "search/") {
            let language = path.dropFirst("search/".count).prefix { $0 != "/" }
            previousFiles[String(language), default: []].append((path, entry))
        }
        for language in site.config.languages.map(\.code) {
            let previous = previousFiles[language] ?? []
            let decision = cache.decideGroup(anchor: Self.searchAnchor(language), members: previous.map(\.path), key: cache.ownKey(.searchIndex(language: language)),
                                             in: writer) { fact in
                if case .texts(language) = fact { return true }
                return false
            }
            if decision == .reuse {
                outcomes += previous.map { FileOutcome(path: $0.path, entry: $0.entry, rendered: false, written: false) }
            } else if decision == .patch, options.useCache,
                      let patched = patchedSearchFiles(site, fresh: fresh, language: language, previous: previous, bodies: bodies, cache: cache, options: options, writer: writer) {
                outcomes += patched
            } else {
                rebuild.append(language)
            }
        }
        guard !rebuild.isEmpty else { return outcomes }
        let previous = options.useCache ? await SearchRecordCache.read(options.cacheDirectory, languages: rebuild, fileSystem: fileSystem) : SearchRecordCache()
        let logs = Dictionary(uniqueKeysWithValues: rebuild.map { ($0, ReadLog()) })
        let (files, records, states) = await SiteSearchIndex.build(site, languages: rebuild, fresh: fresh, previous: previous, bodies: bodies, strings: cache.strings,
                                                                   logs: writer.keepsFiles ? logs : [:])
        if options.useCache { records.write(since: previous, languages: rebuild, options.cacheDirectory, fileSystem: fileSystem) }
        var built: [String: [FileOutcome]] = [:]
        for file in files {
            let language = String(file.path.dropFirst("search/".count).prefix { $0 != "/" })
            let key = cache.ownKey(.searchIndex(language: language))
            // The language's reads are kept once, on its anchor.
            let reads = file.path == Self.searchAnchor(language) ? logs[language] : nil
            let decision = cache.made(file.path, in: writer)
            let entry = PageCache.Entry(inputKey: key, outputHash: "", diagnostics: [], reads: reads.map { cache.record($0.facts) } ?? [])
            built[language, default: []].append(store(path: file.path, data: file.data, entry: entry, cached: decision.cached, present: decision.present, writer: writer))
        }
        for (language, state) in states {
            let languageOutcomes = built[language] ?? []
            outcomes += languageOutcomes
            guard options.useCache else { continue }
            var linked = state
            linked.filesDigest = SearchIndexState.digest(of: languageOutcomes.map { ($0.path, $0.entry.outputHash) })
            linked.write(options.cacheDirectory, language: language, fileSystem: fileSystem)
        }
        return outcomes
    }

    /// The file whose cache entry holds what a language's index read.
    static func searchAnchor(_ language: String) -> String { "search/\(language)/index.json" }

    /// One language's files patched in place, or nil (see `SiteSearchIndex.update`). A file is
    /// read back only when its bytes are those the last build recorded.
    private func patchedSearchFiles(_ site: Site, fresh: SearchRecords, language: String, previous: [(path: String, entry: PageCache.Entry)],
                                    bodies: BodyStore, cache: BuildCache, options: BuildOptions, writer: some OutputSink) -> [FileOutcome]? {
        guard let state = SearchIndexState.read(options.cacheDirectory, language: language, fileSystem: fileSystem),
              state.filesDigest == SearchIndexState.digest(of: previous.map { ($0.path, $0.entry.outputHash) }) else { return nil }
        let entries = Dictionary(previous.map { ($0.path, $0.entry) }, uniquingKeysWith: { first, _ in first })
        guard let update = SiteSearchIndex.update(site, fresh: fresh, language: language, state: state, strings: cache.strings, bodies: bodies,
                                                  cacheDirectory: options.cacheDirectory, fileSystem: fileSystem, read: { path in
            guard let entry = entries[path], let data = writer.previousOutput(path), outputDigest(data) == entry.outputHash else { return nil }
            return data
        }) else { return nil }
        update.records.write(since: update.previous, languages: [language], options.cacheDirectory, fileSystem: fileSystem)
        let patched = Dictionary(update.files.map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
        // Only texts changed: the index read the same facts as before, and keeps their record.
        let outcomes = previous.map { file in
            guard let data = patched[file.path] else { return FileOutcome(path: file.path, entry: file.entry, rendered: false, written: false) }
            var entry = file.entry
            entry.outputHash = ""
            return store(path: file.path, data: data, entry: entry, cached: file.entry, present: true, writer: writer)
        }
        var next = update.state
        next.filesDigest = SearchIndexState.digest(of: outcomes.map { ($0.path, $0.entry.outputHash) })
        next.write(options.cacheDirectory, language: language, fileSystem: fileSystem)
        return outcomes
    }
}
