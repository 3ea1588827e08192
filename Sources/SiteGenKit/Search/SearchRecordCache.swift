import Foundation

/// The search records of the last build, by document path, in `.sitegen-cache/search-NN.bin`
/// (the document cache's 16 shards by path hash): an unchanged article is neither parsed nor
/// tokenized again, and an edit rewrites one shard file.
struct SearchRecordCache: Sendable {
    static let formatVersion = "sitegen-search-records-1"

    var records: [String: SearchRecord] = [:]

    static func path(_ options: BuildOptions, shard: Int) -> String {
        options.cacheDirectory + "/search-\(shard < 10 ? "0" : "")\(shard).bin"
    }

    /// Every usable shard; a missing or damaged one just means its documents are indexed again.
    static func read(_ options: BuildOptions, fileSystem: FileSystem) -> SearchRecordCache {
        let shards = parallelMap(DocumentCache.shardCount) { shard in
            (try? fileSystem.readFile(path(options, shard: shard))).flatMap(decode) ?? []
        }
        var cache = SearchRecordCache()
        for shard in shards { for (path, record) in shard { cache.records[path] = record } }
        return cache
    }

    /// Writes the shards whose records differ from `previous`.
    func write(since previous: SearchRecordCache, _ options: BuildOptions, fileSystem: FileSystem) {
        var byShard = [[(path: String, record: SearchRecord)]](repeating: [], count: DocumentCache.shardCount)
        for (path, record) in records { byShard[DocumentCache.shard(of: path)].append((path, record)) }
        var dirty = [Bool](repeating: false, count: DocumentCache.shardCount)
        for (path, record) in records where previous.records[path]?.revision != record.revision { dirty[DocumentCache.shard(of: path)] = true }
        for path in previous.records.keys where records[path] == nil { dirty[DocumentCache.shard(of: path)] = true }
        for shard in 0..<DocumentCache.shardCount where dirty[shard] || !fileSystem.fileExists(Self.path(options, shard: shard)) {
            try? fileSystem.writeFile(Self.path(options, shard: shard), Self.encoded(byShard[shard].sorted { $0.path < $1.path }))
        }
    }

    private static func encoded(_ records: [(path: String, record: SearchRecord)]) -> Data {
        var writer = BinaryWriter(capacity: 4096 + records.count * 3000)
        writer.write(formatVersion)
        writer.write(PageInputKeys.generatorVersion)
        writer.writeRecords(records) { entry, writer in
            writer.write(entry.path)
            writer.write(entry.record.revision)
            writer.write(entry.record.title)
            writer.write(entry.record.excerpt)
            // Terms joined by newlines (words never hold one), weights as bytes in a string.
            writer.write(entry.record.terms.joined(separator: "\n"))
            writer.write(String(decoding: entry.record.weights.map { $0 + 0x40 }, as: UTF8.self))
        }
        return writer.data
    }

    private static func decode(_ data: Data) -> [(String, SearchRecord)]? {
        var reader = BinaryReader(data)
        guard reader.string() == formatVersion, reader.string() == PageInputKeys.generatorVersion else { return nil }
        let records = reader.readRecords { reader -> (String, SearchRecord)? in
            guard let path = reader.string(), let revision = reader.string(), let title = reader.string(),
                  let excerpt = reader.string(), let terms = reader.string(), let weights = reader.string() else { return nil }
            let termList = terms.isEmpty ? [] : terms.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let weightList = weights.utf8.map { $0 &- 0x40 }
            guard termList.count == weightList.count, weightList.allSatisfy({ (1...63).contains($0) }) else { return nil }
            return (path, SearchRecord(revision: revision, title: title, terms: termList, weights: weightList, excerpt: excerpt))
        }
        guard let records, reader.isAtEnd else { return nil }
        return records
    }
}
