import Foundation
import Testing
@testable import SiteGenKit

/// URLs written from file names and from authors' links reach the page they name.
@Suite("URLs from names and links")
struct URLEncodingTests {
    private static let article = "---\ntitle: Odd name\nupdated: 2025-01-01\n---\nA page with an odd file name.\n"

    @Test("an article named a#b?c or with spaces and % is linked percent-encoded everywhere, and the links reach it")
    func oddFileNames() async throws {
        let (report, fs) = await Fixture.build([
            "content/en/billing/a#b?c.md": Self.article,
            "content/en/billing/100% sure.md": Self.article,
        ])
        #expect(report.published, "\(report.lines)")
        #expect(fs.page("en/billing/a#b?c/index.html") != nil)
        let index = try #require(fs.page("en/billing/index.html"))
        #expect(index.contains("href=\"a%23b%3Fc/\""), "the section page links to the article")
        #expect(index.contains("href=\"100%25%20sure/\""))
        #expect(!index.contains("href=\"a#b"))
        let sitemap = try #require(fs.page("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://help.acme.test/en/billing/a%23b%3Fc/</loc>"))
        #expect(sitemap.contains("<loc>https://help.acme.test/en/billing/100%25%20sure/</loc>"))
        // search.js links a result to root + lang + '/' + path + '/': the same URL as the sitemap's.
        let details = fs.allFiles.filter { $0.hasPrefix("site/public/search/en/d") }.compactMap { fs.text($0) }.joined()
        #expect(details.contains("[\"billing/a%23b%3Fc\","), "\(details.prefix(300))")
        #expect(details.contains("[\"billing/100%25%20sure\","))
        let page = try #require(fs.page("en/billing/a#b?c/index.html"))
        #expect(page.contains("href=\"https://help.acme.test/en/billing/a%23b%3Fc/\""), "canonical URL")
    }

    @Test("a query on a .md link is kept, before the fragment")
    func queryOnMarkdownLink() async throws {
        let (report, fs) = await Fixture.build([
            "content/en/billing/query.md": "---\ntitle: Query\nupdated: 2025-01-01\n---\nSee [fees](refunds.md?x=1#fees) and [top](invoice.md?tab=2).\n",
        ])
        #expect(report.published, "\(report.lines)")
        let page = try #require(fs.page("en/billing/query/index.html"))
        #expect(page.contains("href=\"../refunds/?x=1#fees\""), "\(page)")
        #expect(page.contains("href=\"../invoice/?tab=2\""))
    }

    @Test("a baseURL of //host/ or /\\host/ is refused: browsers read it as another host", arguments: ["//evil.host/", "/\\evil.host/"])
    func protocolRelativeBaseURL(baseURL: String) async throws {
        let yaml = Fixture.siteYAML.replacingOccurrences(of: "baseURL: https://help.acme.test/", with: "baseURL: '\(baseURL)'")
        #expect(yaml != Fixture.siteYAML)
        let (report, fs) = await Fixture.build(["content/site.yml": yaml])
        #expect(report.diagnostics.items.contains { $0.code == "config.invalid-value" && $0.message.contains("baseURL") }, "\(report.lines)")
        #expect(!report.published)
        #expect(fs.page("en/index.html") == nil)
    }
}
