import Foundation
import Testing
@testable import SiteGenKit

/// `serve` keeps its page cache in memory between saves, and with it the stamps of the
/// documents each fact is about: a fact about a document no save touched keeps its digest
/// instead of being computed again. After any sequence of edits, each memory rebuild must hold
/// exactly the pages a fresh memory build of the same sources makes.
@Suite("Cache model in memory", .timeLimit(.minutes(10)))
struct MemoryCacheModelTests {
    private static let options = BuildOptions(root: "site", useCache: false)

    /// The site's files and their text, to name the paths an edit touched as the watcher would.
    private static func snapshot(_ fs: InMemoryFileSystem) -> [String: String] {
        var files: [String: String] = [:]
        for path in fs.allFiles where ["site/content/", "site/templates/", "site/static/"].contains(where: path.hasPrefix) { files[path] = fs.text(path) ?? "" }
        return files
    }

    private static func changedPaths(_ before: [String: String], _ after: [String: String]) -> Set<String> {
        Set(before.keys.filter { after[$0] != before[$0] } + after.keys.filter { before[$0] == nil })
    }

    /// Builds as `serve` does: held inputs, the last good page cache, the search index after.
    private static func rebuild(_ builder: SiteBuilder, _ fs: InMemoryFileSystem, sink: MemorySink, cache: PageCache?, held: HeldInputs) async -> MemoryBuild {
        var held = held
        if held.listing == nil { held.listing = await InputFingerprint.inputs(fileSystem: fs, options: options).content }
        var built = await builder.buildInMemory(options, into: sink, previous: cache, held: held, deferSearch: true, plainAssetNames: true)
        if let cache = built.cache, let inputs = built.searchInputs {
            built.cache = await builder.searchInMemory(inputs, options: options, into: sink, cache: cache).cache
        }
        return built
    }

    @Test func memoryRebuildsEqualFreshBuildsAfterRandomEdits() async throws {
        var checkedPages = 0
        for seed in CacheModelPropertyTests.seeds {
            let fs = Fixture.fileSystem(CacheModelPropertyTests.content)
            let builder = SiteBuilder(fileSystem: fs)
            let sink = MemorySink()
            var generator = SiteEditGenerator(seed: seed)
            var history: [String] = []
            var built = await Self.rebuild(builder, fs, sink: sink, cache: nil, held: HeldInputs())
            var cache = built.cache
            for step in 0..<CacheModelPropertyTests.steps {
                let before = Self.snapshot(fs)
                history.append(try generator.edit(fs))
                let replay = "seed \(seed) (SITEGEN_CACHE_SEED=\(seed)), step \(step): \(history.joined(separator: "; "))"
                var held = built.held
                held.forget(WatchedChanges(paths: Self.changedPaths(before, Self.snapshot(fs))), root: "site", fileSystem: fs)
                built = await Self.rebuild(builder, fs, sink: sink, cache: cache, held: held)
                let (fresh, expected) = await Fixture.freshMemoryBuild(of: fs)
                let published = fresh.published
                #expect(built.report.published == published, "\(replay)\n\(built.report.lines)")
                // A failed build leaves the last good site and cache, as `serve` keeps them.
                guard built.report.published, published else { continue }
                cache = built.cache
                #expect(sink.paths.sorted() == expected.keys.sorted(), "\(replay)")
                // Every file: the sitemap, assets and search index have reuse keys of their own.
                for (path, data) in expected {
                    #expect(sink.file(path) == data, "\(path) differs from a fresh build — \(replay)")
                    if path.hasSuffix(".html") { checkedPages += 1 }
                }
            }
        }
        #expect(checkedPages > CacheModelPropertyTests.seeds.count * CacheModelPropertyTests.steps * 10, "pages compared: \(checkedPages)")
    }

    /// A title edit changes the facts about its article only: the pages that show the title
    /// (the section's list, the other articles' navigation) render again and show it, and the
    /// pages of other sections that show nothing of it are reused.
    @Test func aRetitledArticleIsShownEverywhereAndOnlyThosePagesRender() async throws {
        let fs = Fixture.fileSystem(CacheModelPropertyTests.content)
        let builder = SiteBuilder(fileSystem: fs)
        let sink = MemorySink()
        let first = await Self.rebuild(builder, fs, sink: sink, cache: nil, held: HeldInputs())
        let article = "site/content/en/billing/refunds.md"
        let text = try #require(fs.text(article))
        try fs.writeFile(article, Data(text.replacingOccurrences(of: "title: Request a refund", with: "title: Get your money back").utf8))
        var held = first.held
        held.forget(WatchedChanges(paths: [article]), root: "site", fileSystem: fs)
        let second = await Self.rebuild(builder, fs, sink: sink, cache: first.cache, held: held)
        #expect(second.report.published, "\(second.report.lines)")
        let section = try #require(sink.file("en/billing/index.html").map { String(decoding: $0, as: UTF8.self) })
        #expect(section.contains("Get your money back"))
        #expect(!section.contains("Request a refund"))
        let (_, expected) = await Fixture.freshMemoryBuild(of: fs)
        for (path, data) in expected where path.hasSuffix(".html") && sink.file(path) != data {
            Issue.record("\(path) differs from a fresh build")
        }
        let pages = expected.keys.filter { $0.hasSuffix(".html") }.count
        #expect(second.report.pagesRendered > 1)
        #expect(second.report.pagesRendered < pages, "\(second.report.pagesRendered) of \(pages) pages rendered")
    }
}
