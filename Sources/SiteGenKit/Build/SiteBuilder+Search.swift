import Foundation

extension SiteBuilder {
    /// The search index files (`public/search/<lang>/…`). A language whose index inputs are
    /// unchanged (`SiteSearchIndex.languageKeys`) keeps its files as they are. One whose
    /// articles' text alone changed has its files patched (`SiteSearchIndex.update`): only the
    /// shards holding a term of a changed article whose postings changed, and that article's
    /// detail group, are read and written. Any other is built again from per-document records
    /// (`.sitegen-cache/search-<lang>-NN.bin`), each file written only when its bytes changed.
    /// `records` holds the records of the articles this build parsed.
    func searchFiles(_ site: Site, records fresh: SearchRecords, bodies: BodyStore, strings: [String: UIStrings], options: BuildOptions, reusable: PageCache?, writer: some OutputSink) async -> [FileOutcome] {
        let keys = SiteSearchIndex.languageKeys(site, strings: strings)
        var outcomes: [FileOutcome] = []
        var rebuild: [String] = []
        var previousFiles: [String: [(path: String, entry: PageCache.Entry)]] = [:]
        for (path, entry) in reusable?.entries ?? [:] where path.hasPrefix("search/") {
            let language = path.dropFirst("search/".count).prefix { $0 != "/" }
            previousFiles[String(language), default: []].append((path, entry))
        }
        for language in site.config.languages.map(\.code) {
            let previous = previousFiles[language] ?? []
            let intact = !previous.isEmpty && previous.allSatisfy { writer.existsInOutput($0.path) }
            if intact, previous.allSatisfy({ $0.entry.inputKey == keys[language] }) {
                outcomes += previous.map { FileOutcome(path: $0.path, entry: $0.entry, rendered: false, written: false) }
            } else if intact, options.useCache, let patched = patchedSearchFiles(site, fresh: fresh, language: language, key: keys[language] ?? "", previous: previous,
                                                                                bodies: bodies, strings: strings, options: options, writer: writer) {
                outcomes += patched
            } else {
                rebuild.append(language)
            }
        }
        guard !rebuild.isEmpty else { return outcomes }
        let previous = options.useCache ? await SearchRecordCache.read(options.cacheDirectory, languages: rebuild, fileSystem: fileSystem) : SearchRecordCache()
        let (files, records, states) = await SiteSearchIndex.build(site, languages: rebuild, fresh: fresh, previous: previous, bodies: bodies, strings: strings, keys: keys)
        if options.useCache {
            records.write(since: previous, languages: rebuild, options.cacheDirectory, fileSystem: fileSystem)
            for (language, state) in states { state.write(options.cacheDirectory, language: language, fileSystem: fileSystem) }
        }
        for file in files {
            let language = String(file.path.dropFirst("search/".count).prefix { $0 != "/" })
            outcomes.append(renderOrReuse(path: file.path, key: keys[language] ?? "", cached: reusable?.entries[file.path], writer: writer) { (file.data, []) })
        }
        return outcomes
    }

    /// One language's files patched in place, or nil (see `SiteSearchIndex.update`). A file is
    /// read back only when its bytes are those the last build recorded.
    private func patchedSearchFiles(_ site: Site, fresh: SearchRecords, language: String, key: String, previous: [(path: String, entry: PageCache.Entry)],
                                    bodies: BodyStore, strings: [String: UIStrings], options: BuildOptions, writer: some OutputSink) -> [FileOutcome]? {
        guard let state = SearchIndexState.read(options.cacheDirectory, language: language, fileSystem: fileSystem),
              previous.allSatisfy({ $0.entry.inputKey == state.languageKey }) else { return nil }
        let entries = Dictionary(previous.map { ($0.path, $0.entry) }, uniquingKeysWith: { first, _ in first })
        guard let update = SiteSearchIndex.update(site, fresh: fresh, language: language, state: state, key: key, strings: strings, bodies: bodies,
                                                  cacheDirectory: options.cacheDirectory, fileSystem: fileSystem, read: { path in
            guard let entry = entries[path], let data = writer.previousOutput(path), outputDigest(data) == entry.outputHash else { return nil }
            return data
        }) else { return nil }
        update.records.write(since: update.previous, languages: [language], options.cacheDirectory, fileSystem: fileSystem)
        update.state.write(options.cacheDirectory, language: language, fileSystem: fileSystem)
        let patched = Dictionary(update.files.map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
        return previous.map { file in
            if let data = patched[file.path] {
                return renderOrReuse(path: file.path, key: key, cached: file.entry, writer: writer) { (data, []) }
            }
            return FileOutcome(path: file.path, entry: .init(inputKey: key, outputHash: file.entry.outputHash, diagnostics: file.entry.diagnostics), rendered: false, written: false)
        }
    }
}
