import Foundation

/// What the previous successful build wrote, per output file: the key of its own inputs, the
/// facts it read of other documents, a hash of its bytes, and the diagnostics rendering it
/// produced. `BuildCache` decides from it which pages a rebuild may skip; unchanged files are
/// left untouched on disk.
struct PageCache: Sendable {
    struct Entry: Sendable, Equatable {
        var inputKey: String
        var outputHash: String
        var diagnostics: Diagnostics
        /// Positions in `facts` of what the page read of other documents.
        var reads: [UInt32] = []
    }

    static let formatVersion = "sitegen-page-cache-9"

    var entries: [String: Entry] = [:]
    /// The folder these files were written to: a build into another folder cannot reuse them.
    var outputDirectory = ""
    /// `InputFingerprint.inputs` of the build that wrote this cache.
    var inputFingerprint = ""
    /// Diagnostics of stages before rendering, replayed when nothing changed at all.
    var prepareDiagnostics = Diagnostics()
    /// The severities site.yml set, applied again to the diagnostics replayed.
    var policy = DiagnosticPolicy()
    /// Every fact some page read, each once, with the digest of its value when it was read.
    var facts: [SiteFact] = []
    var factDigests: [UInt64] = []
    /// Kept in memory only (`serve` holds the cache between builds), never written: the
    /// stamps of the site the digests were computed on, so the next build recomputes only the
    /// facts whose subject changed, and each fact's position in `facts`.
    var subjects: SubjectStamps?
    var factPositions: [SiteFact: UInt32]?

    func encoded() -> Data {
        var writer = BinaryWriter(capacity: 4096 + entries.count * 160)
        let start = writer.position
        writer.write(Self.formatVersion)
        writer.write(outputDirectory)
        writer.write(inputFingerprint)
        writer.write(policy.encodedEntries)
        writer.write(prepareDiagnostics.count)
        for diagnostic in prepareDiagnostics { diagnostic.encode(into: &writer) }
        writer.writeChecksum(since: start)
        // One block: entries refer to facts by position, so a damaged table voids the cache.
        let tableStart = writer.position
        writer.write(facts.count)
        for (fact, digest) in zip(facts, factDigests) {
            fact.encode(into: &writer)
            writer.write(digest)
        }
        writer.writeChecksum(since: tableStart)
        writer.writeRecords(entries.sorted(by: { $0.key < $1.key })) { item, writer in
            writer.write(item.key)
            writer.write(item.value.inputKey)
            writer.write(item.value.outputHash)
            writer.write(item.value.diagnostics.count)
            for diagnostic in item.value.diagnostics { diagnostic.encode(into: &writer) }
            writer.write(numbers: item.value.reads)
        }
        return writer.data
    }

    /// Nil for a missing or older-format cache, or a damaged header; damaged entries are left
    /// out (their pages are rendered again).
    static func decode(_ data: Data) async -> PageCache? {
        var reader = BinaryReader(data)
        guard reader.string() == formatVersion, let output = reader.string(), let fingerprint = reader.string() else { return nil }
        guard let policy = reader.strings().flatMap(DiagnosticPolicy.init(encodedEntries:)) else { return nil }
        var cache = PageCache(outputDirectory: output, inputFingerprint: fingerprint, policy: policy)
        guard let prepareCount = reader.int() else { return nil }
        for _ in 0..<max(prepareCount, 0) {
            guard let diagnostic = Diagnostic.decode(from: &reader) else { return nil }
            cache.prepareDiagnostics.append(diagnostic)
        }
        // The header says which output folder and inputs the cache is for: damaged, it is void.
        guard reader.checksumMatches(since: 0) else { return nil }
        let tableStart = reader.position
        guard let factCount = reader.int(), factCount >= 0 else { return nil }
        for _ in 0..<factCount {
            guard let fact = SiteFact.decode(from: &reader), let digest = reader.uint64() else { return nil }
            cache.facts.append(fact)
            cache.factDigests.append(digest)
        }
        guard reader.checksumMatches(since: tableStart) else { return nil }
        let limit = UInt32(clamping: factCount)
        let records = await reader.readRecordsInParallel { reader -> (String, Entry)? in
            guard let path = reader.string(), let key = reader.string(), let hash = reader.string(), let diagnosticCount = reader.int() else { return nil }
            var diagnostics = Diagnostics()
            for _ in 0..<max(diagnosticCount, 0) {
                guard let diagnostic = Diagnostic.decode(from: &reader) else { return nil }
                diagnostics.append(diagnostic)
            }
            guard let reads = reader.numbers(), reads.allSatisfy({ $0 < limit }) else { return nil }
            return (path, Entry(inputKey: key, outputHash: hash, diagnostics: diagnostics, reads: reads))
        }
        guard let records else { return nil }
        cache.entries = Dictionary(records, uniquingKeysWith: { first, _ in first })
        return reader.isAtEnd ? cache : nil
    }
}
