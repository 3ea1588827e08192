import Foundation
import Testing
@testable import SiteGenKit

/// Folders at any depth are sections with their own pages, listed by their parent, shown in
/// breadcrumbs, and published in other languages by the same fallback rules as articles.
@Suite("Sections as a tree")
struct SectionTreeTests {
    private static let nested: [String: String] = [
        // A section with a guide in its _index.md and only subfolders below it.
        "content/en/knowledge/_index.md": "---\ntitle: Knowledge base\ndescription: Deep dives.\n---\nThis guide explains everything.\n\n## Setup {#setup}\n",
        "content/en/knowledge/HTTP/_index.md": "---\ntitle: HTTP\n---\n",
        // No _index.md: titled with its folder name.
        "content/en/knowledge/HTTP/http-clients/curl.md": "---\ntitle: Using curl\nupdated: 2025-01-01\n---\nSee [the guide](../../_index.md#setup).\n",
        "content/en/start/welcome.md": "---\ntitle: Welcome to Acme\nupdated: 2025-01-10\n---\nRead [the knowledge base](../knowledge/_index.md).\n",
    ]

    @Test func aSectionWithOnlySubfoldersHasItsPageAndText() async {
        let (report, fs) = await Fixture.build(Self.nested)
        #expect(report.published, "\(report.lines)")
        #expect(!report.lines.contains { $0.contains("(link.broken)") }, "\(report.lines)")
        let page = fs.page("en/knowledge/index.html") ?? ""
        #expect(page.contains("This guide explains everything."))
        #expect(page.contains("<a href=\"HTTP/\">HTTP</a>"), "the section lists its subsection")
        #expect(fs.page("en/start/welcome/index.html")?.contains("href=\"../../knowledge/\"") == true)
        #expect(fs.page("en/knowledge/HTTP/http-clients/curl/index.html")?.contains("href=\"../../../#setup\"") == true)
    }

    @Test func aFolderWithoutIndexIsTitledWithItsReadableNameAndWarned() async {
        let (report, fs) = await Fixture.build(Self.nested)
        #expect(report.lines.contains("content/en/knowledge/HTTP/http-clients/_index.md: warning: section 'knowledge/HTTP/http-clients' has no _index.md; its folder name is used as its title ('Http clients') (section.missing-index)"), "\(report.lines)")
        let page = fs.page("en/knowledge/HTTP/http-clients/index.html") ?? ""
        #expect(page.contains("<h1>Http clients</h1>"))
        #expect(!page.contains("knowledge/HTTP/http-clients</"))
    }

    @Test func breadcrumbsShowEveryLevel() async {
        let (_, fs) = await Fixture.build(Self.nested)
        let article = fs.page("en/knowledge/HTTP/http-clients/curl/index.html") ?? ""
        let crumbs = article.components(separatedBy: "<nav class=\"breadcrumbs\"").last?.components(separatedBy: "</nav>").first ?? ""
        #expect(crumbs.contains("<a href=\"../../../../\">Home</a>"), "\(crumbs)")
        #expect(crumbs.contains("<a href=\"../../../\">Knowledge base</a>"))
        #expect(crumbs.contains("<a href=\"../../\">HTTP</a>"))
        #expect(crumbs.contains("<a href=\"../\">Http clients</a>"))
        let section = fs.page("en/knowledge/HTTP/http-clients/index.html") ?? ""
        let sectionCrumbs = section.components(separatedBy: "<nav class=\"breadcrumbs\"").last?.components(separatedBy: "</nav>").first ?? ""
        #expect(sectionCrumbs.contains("<a href=\"../../\">Knowledge base</a>") && sectionCrumbs.contains("<a href=\"../\">HTTP</a>"), "\(sectionCrumbs)")
    }

    @Test func homeListsTopLevelSectionsOnly() async {
        let (_, fs) = await Fixture.build(Self.nested)
        let home = fs.page("en/index.html") ?? ""
        #expect(home.contains("<h2><a href=\"knowledge/\">Knowledge base</a></h2>"))
        #expect(home.contains("<li class=\"subsection\"><a href=\"knowledge/HTTP/\">HTTP</a></li>"))
        #expect(!home.contains("<h2><a href=\"knowledge/HTTP/"))
        #expect(!home.contains("<h2><a href=\"knowledge/HTTP/http-clients/"))
    }

    @Test func subsectionsFollowTheirOrder() async {
        var content = Self.nested
        content["content/en/knowledge/zeta/_index.md"] = "---\ntitle: Zeta\norder: 1\n---\n"
        let (_, fs) = await Fixture.build(content)
        let whole = fs.page("en/knowledge/index.html") ?? ""
        // The section's own list, after the sidebar.
        let page = whole.range(of: "<h1").map { String(whole[$0.lowerBound...]) } ?? ""
        let zeta = page.range(of: "Zeta</a>")?.lowerBound, http = page.range(of: "HTTP</a>")?.lowerBound
        #expect(zeta != nil && http != nil && zeta! < http!)
    }

    @Test func anUntranslatedSectionPageIsAFallbackPage() async throws {
        let (_, fs) = await Fixture.build(Self.nested)
        let page = try #require(fs.page("fr/knowledge/index.html"))
        #expect(page.contains("<html lang=\"fr\""))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(page.contains("<h1 lang=\"en\" dir=\"ltr\">Knowledge base</h1>"))
        #expect(page.contains("class=\"banner\""))
        #expect(!page.contains("hreflang=\"fr\" href=\"https://help.acme.test/fr/knowledge/\""))
        let english = try #require(fs.page("en/knowledge/index.html"))
        #expect(!english.contains("rel=\"alternate\" hreflang=\"fr\""), "the English page announces no French alternate")
        let sitemap = fs.text("site/public/sitemap.xml") ?? ""
        #expect(sitemap.contains("<loc>https://help.acme.test/en/knowledge/</loc>"))
        #expect(!sitemap.contains("<loc>https://help.acme.test/fr/knowledge/</loc>"))
        // A translated section is a real page.
        let translated = try #require(fs.page("fr/billing/index.html"))
        #expect(!translated.contains("noindex"))
        #expect(sitemap.contains("<loc>https://help.acme.test/fr/billing/</loc>"))
    }

    @Test func anUntranslatedHomePageIsAFallbackPage() async throws {
        let (_, fs) = await Fixture.build()
        let arabic = try #require(fs.page("ar/index.html"))
        #expect(arabic.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(arabic.contains("lang=\"en\" dir=\"ltr\">Acme Help Center</h1>"))
        let french = try #require(fs.page("fr/index.html"))
        #expect(!french.contains("noindex"))
        let sitemap = fs.text("site/public/sitemap.xml") ?? ""
        #expect(!sitemap.contains("<loc>https://help.acme.test/ar/</loc>"))
        #expect(sitemap.contains("<loc>https://help.acme.test/fr/</loc>"))
    }
}
