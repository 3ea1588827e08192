import Foundation
import Testing
@testable import SiteGenKit

/// The build caches must round-trip exactly, and damaged files must mean "no cache", not a crash.
@Suite("Build cache files")
struct CacheCodingTests {
    private func pageCache(entries: Int) -> PageCache {
        var cache = PageCache(outputDirectory: "site/public", inputFingerprint: "abc", prepareDiagnostics: [.warning("content/site.yml", code: "config.unknown-key", "w")], policy: DiagnosticPolicy(settings: ["link.broken": .warning]))
        for index in 0..<entries {
            cache.entries["en/page-\(index)/index.html"] = .init(inputKey: "k\(index)", outputHash: "h\(index)",
                                                                diagnostics: index % 7 == 0 ? [.error("content/en/p\(index).md", line: index + 1, column: 2, code: "link.broken", "broken é")] : [])
        }
        return cache
    }

    @Test(arguments: [0, 1, 300, 3000])
    func pageCacheRoundTrips(entries: Int) async throws {
        let cache = pageCache(entries: entries)
        let decoded = try #require(await PageCache.decode(cache.encoded()))
        #expect(decoded.entries == cache.entries)
        #expect(decoded.inputFingerprint == "abc")
        #expect(decoded.outputDirectory == "site/public")
        #expect(decoded.prepareDiagnostics == cache.prepareDiagnostics)
        #expect(decoded.policy == cache.policy)
    }

    @Test func damagedCacheIsIgnored() async {
        let data = pageCache(entries: 500).encoded()
        for cut in [1, 9, data.count / 2, data.count - 1] {
            #expect(await PageCache.decode(data.prefix(cut)) == nil, "cut at \(cut)")
        }
        var flipped = data
        flipped[flipped.count / 2] ^= 0xFF
        _ = await PageCache.decode(flipped)  // must not crash, whatever it returns
        #expect(await PageCache.decode(Data("not a cache".utf8)) == nil)
    }

    @Test func documentCacheKeepsEveryFactOfADocument() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        _ = TranslationStamper(fileSystem: fs, root: "site").stamp("site/content/fr/billing/refunds.md")
        let refunds = "site/content/en/billing/refunds.md"
        try fs.writeFile(refunds, Data(fs.text(refunds)!.replacingOccurrences(of: "order: 1\n", with: "order: 1\ntags: [money, {deep: [1, true]}]\n").utf8))
        // Reports write no cache; a build does.
        let options = BuildOptions(root: "site")
        _ = await SiteBuilder(fileSystem: fs).build(options)
        var report = BuildReport()
        let site = try #require(await SiteBuilder(fileSystem: fs).loadSite(options, into: &report))
        let cache = try #require(await DocumentCache.read(options, fileSystem: fs, configRevision: site.config.revision))
        let original = try #require(site.article("billing/refunds")?.translations["fr"])
        let cached = try #require(cache.records[original.displayPath]?.document)
        #expect(cached.frontMatter.title == original.frontMatter.title)
        #expect(cached.frontMatter.updated == original.frontMatter.updated)
        #expect(cached.frontMatter.translationMethod == .machine)
        #expect(cached.frontMatter.translationStamp == original.frontMatter.translationStamp)
        #expect(cached.frontMatter.translationStamp != nil)
        #expect(cached.headings == original.headings)
        #expect(cached.sections == original.sections)
        #expect(cached.revision == original.revision)
        #expect(cached.contentRevision == original.contentRevision)
        let source = try #require(cache.records["content/en/billing/refunds.md"]?.document)
        #expect(source.frontMatter.availability == site.article("billing/refunds")?.availability)
        #expect(source.frontMatter.order == 1)
        #expect(source.frontMatter.params == ["tags": .list([.string("money"), .map(["deep": .list([.number("1"), .bool(true)])])])])
        #expect(await DocumentCache.read(options, fileSystem: fs, configRevision: "another site.yml") == nil)
    }

    private func shardFiles(_ fs: InMemoryFileSystem) -> [String: Data] {
        var result: [String: Data] = [:]
        for path in fs.allFiles where path.hasPrefix("site/.sitegen-cache/documents-") { result[path] = try? fs.readFile(path) }
        return result
    }

    /// An edit rewrites the one shard holding the edited file; the others keep their bytes.
    @Test func editRewritesOnlyItsShard() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        let builder = SiteBuilder(fileSystem: fs)
        _ = await builder.build(BuildOptions(root: "site"))
        let before = shardFiles(fs)
        #expect(before.count == DocumentCache.shardCount)
        let path = "content/en/start/welcome.md"
        try fs.writeFile("site/" + path, Data((Fixture.validContent[path]! + "\nOne more line.\n").utf8))
        _ = await builder.build(BuildOptions(root: "site"))
        let after = shardFiles(fs)
        let changed = after.keys.filter { after[$0] != before[$0] }
        #expect(changed == [BuildOptions(root: "site").documentCachePath(shard: DocumentCache.shard(of: path))])
    }

    /// A missing or damaged shard costs re-reading its documents, never a wrong site.
    @Test func damagedShardIsReadAgain() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        let builder = SiteBuilder(fileSystem: fs)
        _ = await builder.build(BuildOptions(root: "site"))
        let options = BuildOptions(root: "site")
        let complete = try #require(await DocumentCache.read(options, fileSystem: fs, configRevision: nil))
        let shard = DocumentCache.shard(of: "content/en/start/welcome.md")
        try fs.writeFile(options.documentCachePath(shard: shard), Data("damaged".utf8))
        let partial = try #require(await DocumentCache.read(options, fileSystem: fs, configRevision: nil))
        #expect(partial.records["content/en/start/welcome.md"] == nil)
        #expect(partial.records.count < complete.records.count)
        #expect(partial.records.keys.allSatisfy { DocumentCache.shard(of: $0) != shard })
        try fs.writeFile("site/content/en/start/welcome.md", Data((Fixture.validContent["content/en/start/welcome.md"]! + "\nEdited.\n").utf8))
        let report = await builder.build(options)
        #expect(report.published)
        #expect(await DocumentCache.read(options, fileSystem: fs, configRevision: nil)?.records.count == complete.records.count)
    }
}
