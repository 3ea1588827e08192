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
        // The shards that held "alpha7" and now hold "omega7", and the guide's detail group
        // (its excerpt changed).
        let group = try #require(after.keys.first { $0.hasPrefix("search/en/d") && fs.page($0)!.contains("\"guides/guide7\"") })
        let expected: Set<String> = [
            "search/en/" + SearchIndexFormat.shardFile(of: "alpha7", counts: (shards, 0)),
            "search/en/" + SearchIndexFormat.shardFile(of: "omega7", counts: (shards, 0)),
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

        var sources: [String: String] = [:]
        for path in fs.allFiles where path.hasPrefix("site/content/") || path.hasPrefix("site/templates/") { sources[String(path.dropFirst(5))] = fs.text(path) }
        let clean = Fixture.fileSystem(sources, theme: false)
        _ = await SiteBuilder(fileSystem: clean).build(BuildOptions(root: "site", useCache: false, parallel: false))
        let cached = searchStamps(fs).keys.sorted()
        #expect(cached == searchStamps(clean).keys.sorted())
        #expect(cached.count > 10)
        for path in cached { #expect(fs.page(path) == clean.page(path), "\(path) differs from a clean build") }
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
}
