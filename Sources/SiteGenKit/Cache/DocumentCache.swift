import Foundation

/// The facts sitegen read from each Markdown file in the last build — front matter, headings,
/// sections, revisions and the problems found — keyed by the file's stamp. An unchanged file is
/// then neither read nor parsed; its body is parsed only if one of its pages is re-rendered.
struct DocumentCache: Sendable {
    struct Record: Sendable {
        var stamp: String
        var document: SourceDocument
        var diagnostics: Diagnostics
        /// The record as read from the last cache: written back as it is instead of encoded
        /// again, since an edit changes one record of thousands.
        var encoded: ArraySlice<UInt8>? = nil
    }

    static let formatVersion = "sitegen-document-cache-6"

    /// Records are spread over this many files by a hash of their path, so an edit rewrites
    /// one small file, not megabytes of records that did not change.
    static let shardCount = 16

    static func shard(of displayPath: String) -> Int {
        Int(PathHash(displayPath).value % UInt64(shardCount))
    }

    /// The facts of the Markdown file at `displayPath` as the last build loaded them, if the
    /// file still has the stamp it had then: the file then needs no loading.
    func record(_ displayPath: String, stamp: String?) -> Record? {
        guard let stamp, let record = records[displayPath], record.stamp == stamp else { return nil }
        return record
    }

    /// The cache for the next build: every document loaded now, with its stamp; `known`, per
    /// file, the record it was taken from, if any (written back as it was read).
    init(configRevision: String, files: [LoadedFile], known: [Record?]) {
        self.configRevision = configRevision
        records.reserveCapacity(files.count)
        for (file, record) in zip(files, known) {
            guard let document = file.document, let stamp = file.stamp else { continue }
            records[document.displayPath] = .init(stamp: stamp, document: document, diagnostics: file.diagnostics, encoded: record?.encoded)
        }
    }

    /// The cache as read before site.yml was (nil when missing or damaged).
    struct Prefetched: Sendable {
        var cache: DocumentCache?

        static func read(cacheDirectory: String, fileSystem: FileSystem) async -> Prefetched {
            Prefetched(cache: await DocumentCache.read(cacheDirectory: cacheDirectory, fileSystem: fileSystem, configRevision: nil))
        }
    }

    /// site.yml's revision: front matter is checked against it, so a new site.yml voids the cache.
    var configRevision: String
    var records: [String: Record] = [:]
    /// How many records each shard file held when read; nil for a missing or unusable shard.
    var shardSizes: [Int?] = Array(repeating: nil, count: shardCount)

    init(configRevision: String) {
        self.configRevision = configRevision
    }

    /// Every shard file that exists and is usable; nil when none is.
    static func read(cacheDirectory: String, fileSystem: FileSystem, configRevision: String?) async -> DocumentCache? {
        await decode(shards: (0..<shardCount).map { try? fileSystem.readFile(path(cacheDirectory, shard: $0)) }, configRevision: configRevision)
    }

    /// The file of one shard in the cache folder.
    static func path(_ cacheDirectory: String, shard: Int) -> String {
        cacheDirectory + "/documents-\(shard < 10 ? "0" : "")\(shard).bin"
    }

    /// Shards of a cache waiting to be saved, handed from loading to whoever runs the build.
    struct Write: Sendable {
        var cache: DocumentCache
        var shards: [Int]
        var cacheDirectory: String
        var fileSystem: FileSystem

        func run() { cache.write(shards: shards, cacheDirectory: cacheDirectory, fileSystem: fileSystem) }

        /// Runs `write` if there is one: `async let saved: Void = DocumentCache.Write.save(w)`.
        static func save(_ write: Write?) { write?.run() }
    }

    /// Writes the given shards (`changedShards`), grouping the records by shard in one pass.
    func write(shards: [Int], cacheDirectory: String, fileSystem: FileSystem) {
        // The single file older versions wrote; a cache written whole replaces it.
        if shards.count == Self.shardCount { try? fileSystem.removeItem(cacheDirectory + "/documents.bin") }
        var byShard = [[(path: String, record: Record)]](repeating: [], count: Self.shardCount)
        for (path, record) in records { byShard[Self.shard(of: path)].append((path, record)) }
        for shard in shards {
            try? fileSystem.writeFileAtomically(Self.path(cacheDirectory, shard: shard), encoded(byShard[shard].sorted { $0.path < $1.path }.map(\.record)))
        }
    }

    /// Shards with a record not read from its file, or with fewer or more records than it held:
    /// empty when every document came from `previous` unchanged (nothing to save); all of them
    /// without a `previous` for this site.yml.
    func changedShards(since previous: DocumentCache?) -> [Int] {
        guard let previous, previous.configRevision == configRevision else { return Array(0..<Self.shardCount) }
        var counts = [Int](repeating: 0, count: Self.shardCount)
        var dirty = [Bool](repeating: false, count: Self.shardCount)
        for (path, record) in records {
            let shard = Self.shard(of: path)
            counts[shard] += 1
            if record.encoded == nil { dirty[shard] = true }
        }
        return (0..<Self.shardCount).filter { dirty[$0] || previous.shardSizes[$0] != counts[$0] }
    }

    /// One shard file holding `records`, in the order given.
    private func encoded(_ records: [Record]) -> Data {
        // Sized up front: growing a buffer of megabytes by doubling copied it several times.
        var writer = BinaryWriter(capacity: records.reduce(4096) { $0 + 8 + ($1.encoded?.count ?? 4096) })
        let start = writer.position
        writer.write(Self.formatVersion)
        writer.write(GeneratorVersion.current)
        writer.write(configRevision)
        writer.writeChecksum(since: start)
        writer.writeRecords(records) { record, writer in
            if let encoded = record.encoded {
                writer.append(encoded: encoded)
                return
            }
            writer.write(record.stamp)
            record.document.encode(into: &writer)
            writer.write(record.diagnostics.count)
            for diagnostic in record.diagnostics { diagnostic.encode(into: &writer) }
        }
        return writer.data
    }

    /// The shards decoded on all cores. A shard that is missing, damaged, from another sitegen
    /// or for another site.yml is left out (its documents are read again); with no
    /// `configRevision` given, the first usable shard's decides. Nil when no shard is usable.
    static func decode(shards: [Data?], configRevision: String?) async -> DocumentCache? {
        let decoded = await parallelMap(shards.count) { index in
            shards[index].flatMap { decodeShard($0, configRevision: configRevision) }
        }
        guard let revision = configRevision ?? decoded.lazy.compactMap({ $0?.revision }).first,
              decoded.contains(where: { $0?.revision == revision }) else { return nil }
        var cache = DocumentCache(configRevision: revision)
        cache.records.reserveCapacity(decoded.reduce(0) { $0 + ($1?.records.count ?? 0) })
        for (index, shard) in decoded.enumerated() {
            guard let shard, shard.revision == revision, index < shardCount else { continue }
            cache.shardSizes[index] = shard.records.count
            for record in shard.records where Self.shard(of: record.document.displayPath) == index {
                cache.records[record.document.displayPath] = record
            }
        }
        return cache
    }

    private static func decodeShard(_ data: Data, configRevision: String?) -> (revision: String, records: [Record])? {
        var reader = BinaryReader(data)
        guard reader.string() == formatVersion, reader.string() == GeneratorVersion.current,
              let recordedRevision = reader.string(), configRevision == nil || recordedRevision == configRevision,
              reader.checksumMatches(since: 0) else { return nil }
        let records = reader.readRecords { reader -> Record? in
            let encoded = reader.remaining
            guard let stamp = reader.string(), let document = SourceDocument.decode(from: &reader), let diagnosticCount = reader.int() else { return nil }
            var diagnostics = Diagnostics()
            for _ in 0..<max(diagnosticCount, 0) {
                guard let diagnostic = Diagnostic.decode(from: &reader) else { return nil }
                diagnostics.append(diagnostic)
            }
            return Record(stamp: stamp, document: document, diagnostics: diagnostics, encoded: encoded)
        }
        guard let records, reader.isAtEnd else { return nil }
        return (recordedRevision, records)
    }
}
