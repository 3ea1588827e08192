import Foundation
import Testing
@testable import SiteGenKit

/// Pages are re-rendered for what they read of other documents, and only for that.
@Suite("Recorded reads")
struct RecordedReadsTests {
    private func htmlPages(_ fs: InMemoryFileSystem) -> [String: Data] {
        var pages: [String: Data] = [:]
        for path in fs.allFiles where path.hasPrefix("site/public/") && path.hasSuffix(".html") { pages[path] = try? fs.readFile(path) }
        return pages
    }

    /// A new title shows on the article's pages, its section's, the home, search and
    /// availability pages and its neighbours' sidebars: those are rendered, the rest are not.
    @Test func aTitleEditRendersThePagesThatShowTheTitle() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        let builder = SiteBuilder(fileSystem: fs)
        #expect(await builder.build(BuildOptions(root: "site")).published)
        let before = htmlPages(fs)
        let path = "site/content/en/billing/invoice.md"
        try fs.writeFile(path, Data(try #require(fs.text(path)).replacingOccurrences(of: "Read your invoice", with: "Understand your invoice").utf8))
        let report = await builder.build(BuildOptions(root: "site"))
        #expect(report.published, "\(report.lines)")
        let after = htmlPages(fs)
        let changed = after.filter { before[$0.key] != $0.value }.keys.sorted()
        #expect(changed.contains("site/public/fr/billing/refunds/index.html"), "a neighbour's sidebar shows the title")
        #expect(!changed.contains("site/public/en/start/welcome/index.html"))
        #expect(report.pagesRendered == changed.count, "rendered \(report.pagesRendered), changed: \(changed)")
        #expect(report.pagesRendered < after.count - 5, "pages that do not show the title are reused")
    }

    /// A link to a page that does not exist yet is broken until the page appears: the page with
    /// the link recorded that its target was missing, so it is rendered again.
    @Test func aPageWithABrokenLinkIsRenderedWhenItsTargetAppears() async throws {
        let yaml = Fixture.siteYAML + "\ndiagnostics:\n  link.broken: warning\n"
        let fs = Fixture.fileSystem(Fixture.validContent.merging([
            "content/site.yml": yaml,
            "content/en/start/welcome.md": "---\ntitle: Welcome\n---\nSee [later](../billing/later.md).\n",
        ]) { _, new in new })
        let builder = SiteBuilder(fileSystem: fs)
        let first = await builder.build(BuildOptions(root: "site"))
        #expect(first.lines.contains { $0.contains("later.md") && $0.contains("link.broken") })
        try fs.writeFile("site/content/en/billing/later.md", Data("---\ntitle: Later\n---\nHere.\n".utf8))
        let second = await builder.build(BuildOptions(root: "site"))
        #expect(!second.lines.contains { $0.contains("link.broken") }, "\(second.lines)")
        #expect(fs.page("en/start/welcome/index.html")?.contains("href=\"../../billing/later/\"") == true)
    }
}
