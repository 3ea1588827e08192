import Foundation

/// The search records of the last build, by document path, in
/// `.sitegen-cache/search-<lang>-NN.bin` (per language, then 64 shards by path hash): an
/// unchanged article is neither parsed nor tokenized again, a build reads only the languages
/// whose index it rebuilds, and an edit reads and rewrites one small shard file. A record is
/// reused by the rule of everything made from one document (`MadeFrom`).
struct SearchRecordCache: Sendable {
    static let formatVersion = "sitegen-search-records-3"
    static let shardCount = 64

    static func shard(of displayPath: String) -> Int {
        Int(PathHash(displayPath).value % UInt64(shardCount))
    }

    var records: [String: SearchRecord] = [:]

    /// The record of `document` if it was made from the revision loaded now (`MadeFrom`).
    func record(of document: SourceDocument) -> SearchRecord? {
        records[document.displayPath].flatMap { MadeFrom(revision: $0.revision).holds(for: document) ? $0 : nil }
    }

    /// The record at `path` if it was made from `revision` (the one an index was built from).
    func record(at path: String, revision: String) -> SearchRecord? {
        records[path].flatMap { MadeFrom(revision: $0.revision).holds(revision: revision) ? $0 : nil }
    }

    static func path(_ cacheDirectory: String, language: String, shard: Int) -> String {
        cacheDirectory + "/search-\(language)-\(shard < 10 ? "0" : "")\(shard).bin"
    }

    /// Every usable shard of these languages; a missing or damaged one just means its
    /// documents are indexed again.
    static func read(_ cacheDirectory: String, languages: [String], fileSystem: FileSystem) async -> SearchRecordCache {
        let count = shardCount
        let shards = await parallelMap(languages.count * count) { index in
            (try? fileSystem.readFile(path(cacheDirectory, language: languages[index / count], shard: index % count))).flatMap(decode) ?? []
        }
        var cache = SearchRecordCache()
        for shard in shards { for (path, record) in shard { cache.records[path] = record } }
        return cache
    }

    /// These shards of one language.
    static func read(_ cacheDirectory: String, language: String, shards: [Int], fileSystem: FileSystem) -> SearchRecordCache {
        var cache = SearchRecordCache()
        for shard in shards {
            for (path, record) in (try? fileSystem.readFile(path(cacheDirectory, language: language, shard: shard))).flatMap(decode) ?? [] {
                cache.records[path] = record
            }
        }
        return cache
    }

    /// Writes, for these languages, the shards whose records differ from `previous`.
    func write(since previous: SearchRecordCache, languages: [String], _ cacheDirectory: String, fileSystem: FileSystem) {
        struct Slot: Hashable { var language: String; var shard: Int }
        func slot(_ path: String) -> Slot { Slot(language: Self.language(of: path), shard: Self.shard(of: path)) }
        var bySlot: [Slot: [(path: String, record: SearchRecord)]] = [:]
        for (path, record) in records { bySlot[slot(path), default: []].append((path, record)) }
        var dirty = Set<Slot>()
        for (path, record) in records where previous.records[path]?.revision != record.revision { dirty.insert(slot(path)) }
        for path in previous.records.keys where records[path] == nil { dirty.insert(slot(path)) }
        for language in languages {
            for shard in 0..<Self.shardCount {
                let place = Slot(language: language, shard: shard), path = Self.path(cacheDirectory, language: language, shard: shard)
                guard dirty.contains(place) || !fileSystem.fileExists(path) else { continue }
                try? fileSystem.writeFileAtomically(path, Self.encoded((bySlot[place] ?? []).sorted { $0.path < $1.path }))
            }
        }
    }

    /// The language folder of a document path (`content/<lang>/…`).
    static func language(of displayPath: String) -> String {
        let parts = displayPath.split(separator: "/", maxSplits: 2)
        return parts.count > 1 ? String(parts[1]) : ""
    }

    private static func encoded(_ records: [(path: String, record: SearchRecord)]) -> Data {
        var writer = BinaryWriter(capacity: 4096 + records.count * 3000)
        writer.write(formatVersion)
        writer.write(GeneratorVersion.current)
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
        guard reader.string() == formatVersion, reader.string() == GeneratorVersion.current else { return nil }
        let records = reader.readRecords { reader -> (String, SearchRecord)? in
            guard let path = reader.string(), let revision = reader.string(), let title = reader.string(),
                  let excerpt = reader.string(), let terms = reader.string(), let weights = reader.string() else { return nil }
            let termList = terms.isEmpty ? [] : terms.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            let weightList = weights.utf8.map { $0 &- 0x40 }
            guard termList.count == weightList.count, weightList.allSatisfy({ (1...63).contains($0) }) else { return nil }
            return (path, SearchRecord(revision: revision, title: title, terms: termList, weights: weightList, excerpt: excerpt))
        }
        guard let records, reader.isAtEnd else { return nil }
        return records
    }
}
