import Foundation

/// What the previous successful build wrote, per output file: the key of the inputs it was
/// rendered from, a hash of its bytes, and the diagnostics rendering it produced. Lets a rebuild
/// skip pages whose inputs did not change and leave unchanged files untouched on disk.
struct PageCache: Sendable {
    struct Entry: Sendable, Equatable {
        var inputKey: String
        var outputHash: String
        var diagnostics: [Diagnostic]
    }

    static let formatVersion = "sitegen-page-cache-7"

    var entries: [String: Entry] = [:]
    /// The folder these files were written to: a build into another folder cannot reuse them.
    var outputDirectory = ""
    /// `InputFingerprint.inputs` of the build that wrote this cache.
    var inputFingerprint = ""
    /// Diagnostics of stages before rendering, replayed when nothing changed at all.
    var prepareDiagnostics: [Diagnostic] = []
    /// The severities site.yml set, applied again to the diagnostics replayed.
    var policy = DiagnosticPolicy()

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
        writer.writeRecords(entries.sorted(by: { $0.key < $1.key })) { item, writer in
            writer.write(item.key)
            writer.write(item.value.inputKey)
            writer.write(item.value.outputHash)
            writer.write(item.value.diagnostics.count)
            for diagnostic in item.value.diagnostics { diagnostic.encode(into: &writer) }
        }
        return writer.data
    }

    /// Nil for a missing or older-format cache, or a damaged header; damaged entries are left
    /// out (their pages are rendered again).
    static func decode(_ data: Data) -> PageCache? {
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
        let records = reader.readRecords { reader -> (String, Entry)? in
            guard let path = reader.string(), let key = reader.string(), let hash = reader.string(), let diagnosticCount = reader.int() else { return nil }
            var diagnostics: [Diagnostic] = []
            for _ in 0..<max(diagnosticCount, 0) {
                guard let diagnostic = Diagnostic.decode(from: &reader) else { return nil }
                diagnostics.append(diagnostic)
            }
            return (path, Entry(inputKey: key, outputHash: hash, diagnostics: diagnostics))
        }
        guard let records else { return nil }
        cache.entries = Dictionary(records, uniquingKeysWith: { first, _ in first })
        return reader.isAtEnd ? cache : nil
    }
}
