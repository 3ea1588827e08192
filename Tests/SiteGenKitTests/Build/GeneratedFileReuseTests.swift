import Foundation
import Testing
@testable import SiteGenKit

/// Files that are not pages but show what documents say (the sitemap, the search index) are
/// reused only while nothing they read changed: each edit below goes through a cached build
/// and must reach those files exactly as a clean build writes them.
@Suite("Sitemap and search index follow the documents through the cache")
struct GeneratedFileReuseTests {
    private static let guide = "---\ntitle: Export your data\nupdated: 2025-03-03\n---\nExporting takes a minute.\n"

    /// The sitemaps and search files (the index and the search pages) among published files.
    private func generated(_ files: [String: Data]) -> [String: String] {
        var result: [String: String] = [:]
        for (path, data) in files where path.hasSuffix(".xml") || ("/" + path).contains("/search/") {
            result[path] = String(decoding: data, as: UTF8.self)
        }
        return result
    }

    /// Those files as a clean build of `fs`'s sources publishes them.
    private func cleanBuild(of fs: InMemoryFileSystem) async -> [String: String] {
        let clean = await Fixture.cleanBuild(of: fs)
        #expect(clean.report.published, "\(clean.report.lines)")
        return generated(clean.files)
    }

    /// The English search index's detail groups, joined: every indexed title is in one.
    private func searchDetails(_ fs: InMemoryFileSystem, language: String = "en") -> String {
        fs.allFiles.filter { $0.hasPrefix("site/public/search/\(language)/d") }.sorted().compactMap { fs.text($0) }.joined()
    }

    /// Edits the sources, builds with the cache and expects the sitemap and index of a clean build.
    private func rebuild(_ fs: InMemoryFileSystem, _ builder: SiteBuilder, _ edit: () throws -> Void, _ comment: Comment) async throws {
        try edit()
        let report = await builder.build(BuildOptions(root: "site"))
        #expect(report.published, "\(report.lines)")
        let cached = generated(fs.publicFiles), clean = await cleanBuild(of: fs)
        #expect(cached.keys.sorted() == clean.keys.sorted(), comment)
        #expect(!clean.isEmpty)
        for (path, text) in clean where cached[path] != text { Issue.record("\(path) differs from a clean build: \(comment)") }
    }

    @Test func aChangedDateReachesTheSitemapAndATextEditLeavesItAlone() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        let builder = SiteBuilder(fileSystem: fs)
        _ = await builder.build(BuildOptions(root: "site"))
        #expect(fs.page("sitemap.xml")?.contains("<lastmod>2025-04-01</lastmod>") == true)
        let path = "site/content/en/billing/invoice.md"
        let stamp = fs.fileStamp("site/public/sitemap.xml")
        try await rebuild(fs, builder, { try fs.writeFile(path, Data((fs.text(path)! + "\nMore text.\n").utf8)) }, "text edit")
        #expect(fs.fileStamp("site/public/sitemap.xml") == stamp, "nothing the sitemap shows changed: it is reused, not written")
        try await rebuild(fs, builder, {
            try fs.writeFile(path, Data(fs.text(path)!.replacingOccurrences(of: "updated: 2025-04-01", with: "updated: 2025-09-09").utf8))
        }, "date edit")
        let sitemap = fs.page("sitemap.xml") ?? ""
        #expect(sitemap.contains("<lastmod>2025-09-09</lastmod>"))
        #expect(!sitemap.contains("<lastmod>2025-04-01</lastmod>"))
    }

    @Test func anAddedArticleAppearsAndARemovedOneDisappears() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        let builder = SiteBuilder(fileSystem: fs)
        _ = await builder.build(BuildOptions(root: "site"))
        #expect(fs.page("sitemap.xml")?.contains("/en/billing/export/") == false)
        #expect(!searchDetails(fs).contains("Export your data"))

        try await rebuild(fs, builder, { try fs.writeFile("site/content/en/billing/export.md", Data(Self.guide.utf8)) }, "article added")
        #expect(fs.page("sitemap.xml")?.contains("/en/billing/export/</loc>") == true)
        #expect(searchDetails(fs).contains("Export your data"))

        try await rebuild(fs, builder, {
            try fs.writeFile("site/content/fr/billing/export.md", Data("---\ntitle: Exporter vos données\n---\nL'export prend une minute.\n".utf8))
        }, "translation added")
        #expect(fs.page("sitemap.xml")?.contains("/fr/billing/export/</loc>") == true)
        #expect(searchDetails(fs, language: "fr").contains("Exporter vos données"))

        try await rebuild(fs, builder, {
            try fs.removeItem("site/content/fr/billing/export.md")
            try fs.removeItem("site/content/en/billing/export.md")
        }, "article removed")
        #expect(fs.page("sitemap.xml")?.contains("/billing/export/") == false)
        #expect(!searchDetails(fs).contains("Export your data"))
        #expect(!searchDetails(fs, language: "fr").contains("Exporter vos données"))
    }

    @Test func aRenamedSectionAndAnEditedTitleReachTheSearchIndex() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        let builder = SiteBuilder(fileSystem: fs)
        _ = await builder.build(BuildOptions(root: "site"))
        #expect(fs.page("search/en/index.json")?.contains("Billing") == true)
        let section = "site/content/en/billing/_index.md"
        try await rebuild(fs, builder, { try fs.writeFile(section, Data(fs.text(section)!.replacingOccurrences(of: "title: Billing", with: "title: Payments").utf8)) }, "section renamed")
        #expect(fs.page("search/en/index.json")?.contains("Payments") == true)
        let article = "site/content/en/start/welcome.md"
        try await rebuild(fs, builder, { try fs.writeFile(article, Data(fs.text(article)!.replacingOccurrences(of: "title: Welcome to Acme", with: "title: Hello from Acme").utf8)) },
                          "title edited")
        #expect(searchDetails(fs).contains("Hello from Acme"))
        #expect(!searchDetails(fs).contains("Welcome to Acme"))
    }

    /// `serve` puts the index off until the pages are out (`searchInMemory`); the index it then
    /// holds is still the one a clean build writes.
    @Test func aMemoryBuildWithTheIndexPutOffKeepsItCurrent() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        let builder = SiteBuilder(fileSystem: fs)
        let sink = MemorySink()
        let options = BuildOptions(root: "site")
        var cache: PageCache?
        for step in 0..<3 {
            if step == 1 { try fs.writeFile("site/content/en/billing/export.md", Data(Self.guide.utf8)) }
            if step == 2 { try fs.writeFile("site/content/en/billing/export.md", Data(Self.guide.replacingOccurrences(of: "a minute", with: "an hour").utf8)) }
            let built = await builder.buildInMemory(options, into: sink, previous: cache, deferSearch: true)
            let inputs = try #require(built.searchInputs)
            let searched = await builder.searchInMemory(inputs, options: options, into: sink, cache: try #require(built.cache))
            cache = searched.cache
            let clean = await cleanBuild(of: fs).filter { $0.key.hasPrefix("search/") }
            let held = Set(sink.paths.filter { $0.hasPrefix("search/") })
            #expect(held == Set(clean.keys), "step \(step)")
            for (path, text) in clean { #expect(sink.file(path).map { String(decoding: $0, as: UTF8.self) } == text, "step \(step): \(path)") }
        }
        let details = sink.paths.filter { $0.hasPrefix("search/en/d") }.compactMap { sink.file($0) }.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(details.contains("Export your data"))
    }
}
