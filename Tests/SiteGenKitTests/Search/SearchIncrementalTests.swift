import Foundation
import Testing
@testable import SiteGenKit

/// The index is rebuilt from cached per-document records, and written through the build's
/// output, so an edit rewrites only the files whose bytes change.
@Suite("Search index, incremental")
struct SearchIncrementalTests {
    /// Forty English articles, each with a word of its own, so the index has several shards.
    private static func content() -> [String: String] {
        var content = Fixture.validContent
        for number in 0..<40 {
            content["content/en/guides/guide\(number).md"] = "---\ntitle: Guide \(number)\nupdated: 2025-01-01\n---\nThe guide mentions alpha\(number) and common words.\n"
        }
        return content
    }

    /// Builds the same sources clean (no cache, serial) and expects the same search files, byte
    /// for byte, as the cached build in `fs`. Returns how many were compared.
    @discardableResult
    private func expectSearchFilesEqualACleanBuild(of fs: InMemoryFileSystem) async -> Int {
        var sources: [String: String] = [:]
        for path in fs.allFiles where path.hasPrefix("site/content/") || path.hasPrefix("site/templates/") { sources[String(path.dropFirst(5))] = fs.text(path) }
        let clean = Fixture.fileSystem(sources, theme: false)
        _ = await SiteBuilder(fileSystem: clean).build(BuildOptions(root: "site", useCache: false, parallel: false))
        let cached = searchStamps(fs).keys.sorted()
        #expect(cached == searchStamps(clean).keys.sorted())
        for path in cached { #expect(fs.page(path) == clean.page(path), "\(path) differs from a clean build") }
        return cached.count
    }

    private func searchStamps(_ fs: InMemoryFileSystem) -> [String: String] {
        var stamps: [String: String] = [:]
        for path in fs.allFiles where path.hasPrefix("site/public/search/") { stamps[String(path.dropFirst("site/public/".count))] = fs.fileStamp(path) }
        return stamps
    }

    @Test func oneEditRewritesOnlyTheShardsItTouches() async throws {
        let fs = Fixture.fileSystem(Self.content())
        let builder = SiteBuilder(fileSystem: fs)
        let first = await builder.build(BuildOptions(root: "site"))
        #expect(first.published, "\(first.lines)")
        let before = searchStamps(fs)
        let shards = 4
        #expect(before.keys.filter { $0.hasPrefix("search/en/s") }.count == shards, "44 English documents: 4 shards")

        let path = "site/content/en/guides/guide7.md"
        try fs.writeFile(path, Data(fs.text(path)!.replacingOccurrences(of: "alpha7", with: "omega7").utf8))
        let second = await builder.build(BuildOptions(root: "site"))
        #expect(second.published, "\(second.lines)")
        let after = searchStamps(fs)
        #expect(after.keys.sorted() == before.keys.sorted())
        let rewritten = Set(after.keys.filter { after[$0] != before[$0] })
        // The shards that held "alpha7" and now hold "omega7", the vocabulary for typos (a
        // word left the language, another came), and the guide's detail group (its excerpt
        // changed).
        let group = try #require(after.keys.first { $0.hasPrefix("search/en/d") && fs.page($0)!.contains("\"guides/guide7\"") })
        let expected: Set<String> = [
            "search/en/" + SearchIndexFormat.shardFile(of: "alpha7", counts: (shards, 0)),
            "search/en/" + SearchIndexFormat.shardFile(of: "omega7", counts: (shards, 0)),
            "search/en/" + SearchIndexFormat.typoFile(of: "alpha7", count: 1),
            "search/en/" + SearchIndexFormat.typoFile(of: "omega7", count: 1),
            group,
        ]
        #expect(rewritten == expected)
    }

    @Test func cachedIndexEqualsCleanIndex() async throws {
        let fs = Fixture.fileSystem(Self.content())
        let builder = SiteBuilder(fileSystem: fs)
        _ = await builder.build(BuildOptions(root: "site"))
        try fs.writeFile("site/content/en/guides/guide3.md", Data("---\ntitle: Guide three\nupdated: 2025-01-01\n---\nRewritten entirely.\n".utf8))
        try fs.removeItem("site/content/en/guides/guide9.md")
        try fs.writeFile("site/content/fr/guides/guide5.md", Data("---\ntitle: Guide cinq\nupdated: 2025-01-01\n---\nTraduit.\n".utf8))
        _ = await builder.build(BuildOptions(root: "site"))

        let cached = await expectSearchFilesEqualACleanBuild(of: fs)
        #expect(cached > 10)
    }

    @Test func damagedRecordCacheIsRebuilt() async throws {
        let fs = Fixture.fileSystem(Self.content())
        let builder = SiteBuilder(fileSystem: fs)
        _ = await builder.build(BuildOptions(root: "site"))
        let index = fs.page("search/en/s0.txt")
        for path in fs.allFiles where path.contains(".sitegen-cache/search-") { try fs.writeFile(path, Data("garbage".utf8)) }
        try fs.writeFile("site/content/en/guides/guide1.md", Data((fs.text("site/content/en/guides/guide1.md")! + "\nMore.\n").utf8))
        let report = await builder.build(BuildOptions(root: "site"))
        #expect(report.published)
        let rebuilt = try #require(fs.page("search/en/s0.txt"))
        #expect(rebuilt.count >= (index?.count ?? .max), "every document is indexed again")
    }

    /// Text edits only (a body, a title, a translation): the files are patched in place, and
    /// equal a clean build's byte for byte.
    @Test func patchedIndexEqualsCleanIndex() async throws {
        let fs = Fixture.fileSystem(Self.content())
        let builder = SiteBuilder(fileSystem: fs)
        _ = await builder.build(BuildOptions(root: "site"))
        for (path, old, new) in [("site/content/en/guides/guide3.md", "alpha3 and common", "beta3, delta3 and uncommon"),
                                 ("site/content/en/guides/guide8.md", "title: Guide 8", "title: Handbook eight"),
                                 ("site/content/en/guides/guide12.md", "alpha12", "alpha12 alpha12 alpha12 common common")] {
            try fs.writeFile(path, Data(fs.text(path)!.replacingOccurrences(of: old, with: new).utf8))
        }
        var report = BuildReport()
        let options = BuildOptions(root: "site")
        let prepared = try #require(await builder.prepare(options, into: &report, renderingPages: false, savesCache: false))
        let state = try #require(SearchIndexState.read(options.cacheDirectory, language: "en", fileSystem: fs))
        var read: [String] = []
        let update = try #require(SiteSearchIndex.update(prepared.site, fresh: prepared.searchRecords, language: "en", state: state, strings: prepared.strings,
                                                         bodies: prepared.bodies, cacheDirectory: options.cacheDirectory, fileSystem: fs) { path in
            read.append(path)
            return fs.page(path).map { Data($0.utf8) }
        }, "text edits are patched, not rebuilt")
        #expect(Set(read) == Set(update.files.map(\.path)), "only the files that change are read")
        #expect(read.contains { $0.hasPrefix("search/en/d") })
        #expect(!read.contains("search/en/index.json"))

        _ = await builder.build(options)
        await expectSearchFilesEqualACleanBuild(of: fs)
        #expect(fs.page("search/en/index.json")?.contains("\"count\":") == true)
    }

    /// An added article renumbers the documents: the language is built again, not patched.
    @Test func addedArticleIsNotPatched() async throws {
        let fs = Fixture.fileSystem(Self.content())
        let builder = SiteBuilder(fileSystem: fs)
        _ = await builder.build(BuildOptions(root: "site"))
        try fs.writeFile("site/content/en/guides/guide100.md", Data("---\ntitle: Guide 100\nupdated: 2025-01-01\n---\nNew.\n".utf8))
        var report = BuildReport()
        let options = BuildOptions(root: "site")
        let prepared = try #require(await builder.prepare(options, into: &report, renderingPages: false, savesCache: false))
        let state = try #require(SearchIndexState.read(options.cacheDirectory, language: "en", fileSystem: fs))
        #expect(SiteSearchIndex.update(prepared.site, fresh: prepared.searchRecords, language: "en", state: state, strings: prepared.strings, bodies: prepared.bodies,
                                       cacheDirectory: options.cacheDirectory, fileSystem: fs) { fs.page($0).map { Data($0.utf8) } } == nil)
        let rebuilt = await builder.build(options)
        #expect(rebuilt.published)
        #expect(searchStamps(fs).keys.contains { $0.hasPrefix("search/en/d") && fs.page($0)?.contains("guide100") == true })
    }
}
