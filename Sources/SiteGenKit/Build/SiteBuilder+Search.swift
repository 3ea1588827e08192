import Foundation

extension SiteBuilder {
    /// The search index files (`public/search/<lang>/…`), each written only when its bytes
    /// changed, so an edit rewrites only the shards that hold the edited article's terms. The
    /// records behind them are cached per document in `.sitegen-cache/search-NN.bin`.
    func searchFiles(_ site: Site, strings: [String: UIStrings], options: BuildOptions, reusable: PageCache?, writer: OutputWriter) async -> [FileOutcome] {
        let previous = options.useCache ? SearchRecordCache.read(options, fileSystem: fileSystem) : SearchRecordCache()
        let (files, records) = await SiteSearchIndex.build(site, previous: previous, bodies: bodies(options), strings: strings)
        if options.useCache { records.write(since: previous, options, fileSystem: fileSystem) }
        return files.map { file in
            renderOrReuse(path: file.path, key: outputDigest(file.data), cached: reusable?.entries[file.path], writer: writer) { (file.data, []) }
        }
    }
}
