import Foundation
import Testing
@testable import SiteGenKit

/// The build cache's model, tested as a property: after any sequence of edits, a cached build
/// writes exactly the files a clean build writes, byte for byte, and `--verify-cache` finds no
/// page or other file the cache would reuse or patch wrongly. Pages record what they read of other documents; a read left
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

    @Test func cachedBuildsEqualCleanBuildsAfterRandomEdits() async throws {
        var checkedPages = 0, checkedFiles = 0
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
                let (clean, expected) = await Fixture.cleanBuild(of: fs)
                #expect(cached.published == clean.published, "\(replay)\n\(cached.lines)")
                guard cached.published, clean.published else { continue }
                let actual = fs.publicFiles
                #expect(actual.keys.sorted() == expected.keys.sorted(), "\(replay)")
                // Every file, byte for byte: the sitemap, robots.txt, favicon, manifest, assets and
                // search index are reused or patched by keys of their own.
                for (path, data) in expected {
                    #expect(actual[path] == data, "\(path) differs from a clean build — \(replay)")
                    if path.hasSuffix(".html") { checkedPages += 1 } else { checkedFiles += 1 }
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
        #expect(checkedFiles > Self.seeds.count * Self.steps * 10, "other files compared: \(checkedFiles)")
    }

    /// `--verify-cache` is not its own oracle: a cache entry whose recorded bytes no longer
    /// match what the page renders is reported with the page and the line that differs.
    @Test func verifyCacheReportsAPageTheCacheWouldReuseWrongly() async throws {
        let fs = Fixture.fileSystem(Self.content)
        let page = "site/public/en/billing/refunds/index.html"
        let report = try await Self.verifyAfterTampering(fs, ["en/billing/refunds/index.html"]) {
            $0.replacingOccurrences(of: "Request a refund", with: "Request a refund!")
        }
        let stale = report.diagnostics.items.filter { $0.code == "cache.stale" }
        #expect(stale.map(\.file) == [page], "\(report.lines)")
        #expect(stale.first?.message.contains("Request a refund!") == true)
        #expect(!report.published)
        #expect(fs.text(page)?.contains("Request a refund!") == true, "a failed verification publishes nothing")
    }

    /// The same for files that are not pages: the sitemap and the search index are reused by
    /// keys of their own, which `--verify-cache` checks by making them afresh.
    @Test func verifyCacheReportsOtherFilesTheCacheWouldReuseWrongly() async throws {
        let fs = Fixture.fileSystem(Self.content)
        let report = try await Self.verifyAfterTampering(fs, ["sitemap.xml", "search/en/d0.json"]) {
            $0.replacingOccurrences(of: "refunds", with: "refundz")
        }
        let stale = report.diagnostics.items.filter { $0.code == "cache.stale" }
        #expect(stale.map(\.file).sorted() == ["site/public/search/en/d0.json", "site/public/sitemap.xml"], "\(report.lines)")
        #expect(stale.allSatisfy { $0.message.contains("refundz") }, "\(report.lines)")
        #expect(!report.published)
        #expect(fs.text("site/public/sitemap.xml")?.contains("refundz") == true, "a failed verification publishes nothing")
    }

    /// Builds, then makes the published files at `paths` (relative to `public/`) and their cache
    /// entries differ from what their inputs give, as another build (or a bug) could leave them,
    /// and builds again with `--verify-cache`.
    static func verifyAfterTampering(_ fs: InMemoryFileSystem, _ paths: [String], _ change: (String) -> String) async throws -> BuildReport {
        let builder = SiteBuilder(fileSystem: fs)
        #expect(await builder.build(BuildOptions(root: "site")).published)
        let cacheFile = "site/.sitegen-cache/pages.bin"
        var cache = try #require(await PageCache.decode(try fs.readFile(cacheFile)))
        for path in paths {
            let original = try #require(fs.text("site/public/" + path))
            let tampered = change(original)
            #expect(tampered != original)
            try fs.writeFile("site/public/" + path, Data(tampered.utf8))
            cache.entries[path]?.outputHash = outputDigest(Data(tampered.utf8))
        }
        try fs.writeFile(cacheFile, cache.encoded())
        // The output listing no longer matches, so the files count as changed by hand: record it again.
        let listing = await TreeListing.walk("site/public", fileSystem: fs)
        try fs.writeFile("site/.sitegen-cache/outputs.bin", OutputListing.encoded(listing))
        var options = BuildOptions(root: "site")
        options.verifyCache = true
        return await builder.build(options)
    }
}
