import Foundation

extension SiteBuilder {
    /// The search index files (`public/search/<lang>/…`). A language whose index inputs are
    /// unchanged (`SiteSearchIndex.languageKeys`) keeps its files as they are; the others are
    /// built again from per-document records (`.sitegen-cache/search-<lang>-NN.bin`) and each
    /// file is written only when its bytes changed, so an edit rewrites only the shards that
    /// hold the edited article's old or new terms.
    func searchFiles(_ site: Site, strings: [String: UIStrings], options: BuildOptions, reusable: PageCache?, writer: some OutputSink) async -> [FileOutcome] {
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
            if !previous.isEmpty, previous.allSatisfy({ $0.entry.inputKey == keys[language] && writer.existsInOutput($0.path) }) {
                outcomes += previous.map { FileOutcome(path: $0.path, entry: $0.entry, rendered: false, written: false) }
            } else {
                rebuild.append(language)
            }
        }
        guard !rebuild.isEmpty else { return outcomes }
        let previous = options.useCache ? SearchRecordCache.read(options.cacheDirectory, languages: rebuild, fileSystem: fileSystem) : SearchRecordCache()
        let (files, records) = await SiteSearchIndex.build(site, languages: rebuild, previous: previous, bodies: bodies(options), strings: strings)
        if options.useCache { records.write(since: previous, languages: rebuild, options.cacheDirectory, fileSystem: fileSystem) }
        for file in files {
            let language = String(file.path.dropFirst("search/".count).prefix { $0 != "/" })
            outcomes.append(renderOrReuse(path: file.path, key: keys[language] ?? "", cached: reusable?.entries[file.path], writer: writer) { (file.data, []) })
        }
        return outcomes
    }
}
