import Foundation

/// What one language's index files were last built from, in `.sitegen-cache/search-<lang>.bin`:
/// enough to update them in place (`SearchIndexPatch`) when only some articles' text changed.
struct SearchIndexState: Sendable, Equatable {
    static let formatVersion = "sitegen-search-state-2"

    /// `digest(of:)` of the files this state describes: it is used only for the files the last
    /// build's cache entries describe (a build that failed after writing it left other ones).
    var filesDigest: String
    /// `SiteSearchIndex.structureKey`: everything but the articles' text.
    var structureKey: String
    var layout: SearchIndexBuilder.Layout
    /// Per document, in index order: its path and revision.
    var paths: [String]
    var revisions: [String]

    /// A digest of a language's index files: their paths and the hashes of their bytes.
    static func digest(of files: [(path: String, hash: String)]) -> String {
        var hasher = StableHasher()
        for file in files.sorted(by: { $0.path < $1.path }) { hasher.combine(file.path); hasher.combine(file.hash) }
        return hasher.value
    }

    static func path(_ cacheDirectory: String, language: String) -> String {
        cacheDirectory + "/search-\(language).bin"
    }

    static func read(_ cacheDirectory: String, language: String, fileSystem: FileSystem) -> SearchIndexState? {
        guard let data = try? fileSystem.readFile(path(cacheDirectory, language: language)) else { return nil }
        var reader = BinaryReader(data)
        guard reader.string() == formatVersion, reader.string() == GeneratorVersion.current,
              let filesDigest = reader.string(), let structureKey = reader.string(),
              let words = reader.int(), let cjk = reader.int(), let group = reader.int(), let withCJK = reader.int(),
              let paths = reader.strings(), let revisions = reader.strings(),
              reader.isAtEnd, paths.count == revisions.count else { return nil }
        return SearchIndexState(filesDigest: filesDigest, structureKey: structureKey,
                                layout: .init(words: words, cjk: cjk, groupSize: group, documentsWithCJK: withCJK),
                                paths: paths, revisions: revisions)
    }

    func write(_ cacheDirectory: String, language: String, fileSystem: FileSystem) {
        var writer = BinaryWriter(capacity: 256 + paths.count * 64)
        writer.write(Self.formatVersion)
        writer.write(GeneratorVersion.current)
        writer.write(filesDigest)
        writer.write(structureKey)
        for value in [layout.words, layout.cjk, layout.groupSize, layout.documentsWithCJK] { writer.write(value) }
        writer.write(paths)
        writer.write(revisions)
        try? fileSystem.writeFileAtomically(Self.path(cacheDirectory, language: language), writer.data)
    }
}
