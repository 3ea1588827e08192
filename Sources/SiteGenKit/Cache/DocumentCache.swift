import Foundation

/// The facts sitegen read from each Markdown file in the last build — front matter, headings,
/// sections, revisions and the problems found — keyed by the file's stamp. An unchanged file is
/// then neither read nor parsed; its body is parsed only if one of its pages is re-rendered.
struct DocumentCache: Sendable {
    struct Record: Sendable {
        var stamp: String
        var document: SourceDocument
        var diagnostics: [Diagnostic]
        /// The record as read from the last cache: written back as it is instead of encoded
        /// again, since an edit changes one record of thousands.
        var encoded: ArraySlice<UInt8>? = nil
    }

    static let formatVersion = "sitegen-document-cache-2"

    /// The cache as read before site.yml was (nil when missing or damaged).
    struct Prefetched: Sendable {
        var cache: DocumentCache?

        static func read(_ options: BuildOptions, fileSystem: FileSystem) -> Prefetched {
            Prefetched(cache: (try? fileSystem.readFile(options.documentCachePath)).flatMap { DocumentCache.decode($0, configRevision: nil) })
        }
    }

    /// site.yml's revision: front matter is checked against it, so a new site.yml voids the cache.
    var configRevision: String
    var records: [String: Record] = [:]

    func encoded() -> Data {
        // Sized up front: growing a buffer of megabytes by doubling copied it several times.
        var writer = BinaryWriter(capacity: records.values.reduce(4096) { $0 + 8 + ($1.encoded?.count ?? 4096) })
        writer.write(Self.formatVersion)
        writer.write(PageInputKeys.generatorVersion)
        writer.write(configRevision)
        writer.writeRecords(records.sorted(by: { $0.key < $1.key }).map(\.value)) { record, writer in
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

    /// Nil when the data is damaged, from another sitegen or for another site.yml (when
    /// `configRevision` is given; otherwise the caller compares `configRevision` itself).
    static func decode(_ data: Data, configRevision: String?) -> DocumentCache? {
        var reader = BinaryReader(data)
        guard reader.string() == formatVersion, reader.string() == PageInputKeys.generatorVersion,
              let recordedRevision = reader.string(), configRevision == nil || recordedRevision == configRevision else { return nil }
        var cache = DocumentCache(configRevision: recordedRevision)
        let records = reader.readRecords { reader -> Record? in
            let encoded = reader.remaining
            guard let stamp = reader.string(), let document = SourceDocument.decode(from: &reader), let diagnosticCount = reader.int() else { return nil }
            var diagnostics: [Diagnostic] = []
            for _ in 0..<max(diagnosticCount, 0) {
                guard let diagnostic = Diagnostic.decode(from: &reader) else { return nil }
                diagnostics.append(diagnostic)
            }
            return Record(stamp: stamp, document: document, diagnostics: diagnostics, encoded: encoded)
        }
        guard let records else { return nil }
        cache.records.reserveCapacity(records.count)
        for record in records { cache.records[record.document.displayPath] = record }
        return reader.isAtEnd ? cache : nil
    }
}
