import Foundation
import Testing
@testable import SiteGenKit

/// The build cache's model, tested as a property: after any sequence of edits, a cached build
/// writes exactly the files a clean build writes, and `--verify-cache` finds no page the cache
/// would reuse wrongly. Pages record what they read of other documents; a read left
/// unrecorded makes some edit sequence fail here.
///
/// Runs a few seeds with every `swift test`; run more with, for example,
/// `SITEGEN_CACHE_SEEDS=200 swift test --filter CacheModel`, and replay one failure with
/// `SITEGEN_CACHE_SEED=<seed from the failure>`.
@Suite("Cache model", .timeLimit(.minutes(10)))
struct CacheModelPropertyTests {
    static let steps = 10
    static var seeds: [UInt64] {
        let environment = ProcessInfo.processInfo.environment
        if let seed = environment["SITEGEN_CACHE_SEED"].flatMap(UInt64.init) { return [seed] }
        return (0..<UInt64(environment["SITEGEN_CACHE_SEEDS"].flatMap(Int.init) ?? 5)).map { 0xCAC4_E000 &+ $0 }
    }

    /// Broken links and anchors are warnings, so that random edits still publish.
    static let content = Fixture.validContent.merging([
        "content/site.yml": Fixture.siteYAML + "\ndiagnostics:\n  link.broken: warning\n  link.anchor-missing: warning\n",
        "content/en/start/deep/_index.md": "---\ntitle: Deep\n---\n",
        "content/en/start/deep/nested.md": "---\ntitle: Nested\norder: 1\n---\nSee [welcome](../welcome.md) and [fees](/en/billing/refunds/#fees).\n",
    ]) { _, new in new }

    static func outputs(_ fs: InMemoryFileSystem) -> [String: Data] {
        var result: [String: Data] = [:]
        for path in fs.allFiles where path.hasPrefix("site/public/") { result[String(path.dropFirst("site/public/".count))] = try? fs.readFile(path) }
        return result
    }

    /// A clean, single-threaded build of the same sources in a fresh file system.
    static func cleanBuild(of fs: InMemoryFileSystem) async -> (BuildReport, [String: Data]) {
        var files: [String: String] = [:]
        for path in fs.allFiles where path.hasPrefix("site/") && !path.hasPrefix("site/public") && !path.hasPrefix("site/.sitegen-cache") {
            files[String(path.dropFirst("site/".count))] = fs.text(path)
        }
        let fresh = Fixture.fileSystem(files, theme: false)
        let report = await SiteBuilder(fileSystem: fresh).build(BuildOptions(root: "site", useCache: false, parallel: false))
        return (report, outputs(fresh))
    }

    @Test func cachedBuildsEqualCleanBuildsAfterRandomEdits() async throws {
        var checkedPages = 0
        for seed in Self.seeds {
            let fs = Fixture.fileSystem(Self.content)
            let builder = SiteBuilder(fileSystem: fs)
            var generator = SiteEditGenerator(seed: seed)
            var history: [String] = []
            _ = await builder.build(BuildOptions(root: "site"))
            for step in 0..<Self.steps {
                history.append(try generator.edit(fs))
                let replay = "seed \(seed) (SITEGEN_CACHE_SEED=\(seed)), step \(step): \(history.joined(separator: "; "))"
                // Half of the cached builds verify the pages they reuse; both publish the same files.
                var options = BuildOptions(root: "site")
                options.verifyCache = generator.int(0...1) == 0
                let cached = await builder.build(options)
                let stale = cached.diagnostics.items.filter { $0.code == "cache.stale" }
                #expect(stale.isEmpty, "\(replay)\n\(stale.map(\.description).joined(separator: "\n"))")
                let (clean, expected) = await Self.cleanBuild(of: fs)
                #expect(cached.published == clean.published, "\(replay)\n\(cached.lines)")
                guard cached.published, clean.published else { continue }
                let actual = Self.outputs(fs)
                #expect(actual.keys.sorted() == expected.keys.sorted(), "\(replay)")
                for (path, data) in expected where path.hasSuffix(".html") {
                    #expect(actual[path] == data, "\(path) differs from a clean build — \(replay)")
                    checkedPages += 1
                }
                if stale.isEmpty, step % 3 == 2 {
                    var verify = BuildOptions(root: "site")
                    verify.verifyCache = true
                    let verified = await builder.build(verify)
                    #expect(!verified.diagnostics.items.contains { $0.code == "cache.stale" }, "\(replay)\n\(verified.lines)")
                    #expect(verified.pagesRendered == 0, "a verified no-op reuses every page — \(replay)")
                }
            }
        }
        #expect(checkedPages > Self.seeds.count * Self.steps * 10, "pages compared: \(checkedPages)")
    }

    /// `--verify-cache` is not its own oracle: a cache entry whose recorded bytes no longer
    /// match what the page renders is reported with the page and the line that differs.
    @Test func verifyCacheReportsAPageTheCacheWouldReuseWrongly() async throws {
        let fs = Fixture.fileSystem(Self.content)
        let builder = SiteBuilder(fileSystem: fs)
        #expect(await builder.build(BuildOptions(root: "site")).published)
        // Another build (or a bug) left a page that differs from what its inputs give.
        let page = "site/public/en/billing/refunds/index.html"
        let original = try #require(fs.text(page))
        var options = BuildOptions(root: "site")
        options.verifyCache = true
        let cacheFile = "site/.sitegen-cache/pages.bin"
        var cache = try #require(await PageCache.decode(try fs.readFile(cacheFile)))
        let tampered = original.replacingOccurrences(of: "Request a refund", with: "Request a refund!")
        try fs.writeFile(page, Data(tampered.utf8))
        cache.entries["en/billing/refunds/index.html"]?.outputHash = outputDigest(Data(tampered.utf8))
        try fs.writeFile(cacheFile, cache.encoded())
        // The output listing no longer matches, so the page counts as changed by hand: record it again.
        let listing = await TreeListing.walk("site/public", fileSystem: fs)
        try fs.writeFile("site/.sitegen-cache/outputs.bin", OutputListing.encoded(listing))
        let report = await builder.build(options)
        let stale = report.diagnostics.items.filter { $0.code == "cache.stale" }
        #expect(stale.map(\.file) == [page], "\(report.lines)")
        #expect(stale.first?.message.contains("Request a refund!") == true)
        #expect(!report.published)
        #expect(fs.text(page) == tampered, "a failed verification publishes nothing")
    }
}
