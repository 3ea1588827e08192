import Foundation
import Testing
@testable import SiteGenKit

/// Site-absolute links, same-page anchors, anchors on section pages and `static/` files: each
/// resolved to a relative URL in the reader's language and checked.
@Suite("Site-absolute links, anchors and static files")
struct SiteLinkTests {
    private static let content: [String: String] = [
        "content/en/start/welcome.md": """
            ---
            title: Welcome
            updated: 2025-01-10
            ---
            [a](/en/billing/refunds/) [b](/billing/refunds/#fees) [c](/billing/refunds.md) [d](/en/billing/)
            [e](/en/) [f](/images/logo.png) [g](#intro) [h](/fr/billing/invoice/#totals)

            ## Intro {#intro}

            """,
        "content/fr/start/welcome.md": "---\ntitle: Bienvenue\nupdated: 2025-01-11\n---\n[a](/en/billing/refunds/) [i](/en/billing/invoice/)\n",
        "static/images/logo.png": "PNG",
    ]

    private func links(in page: String) -> [String] {
        page.components(separatedBy: "<div class=\"article-body\"").last?.components(separatedBy: "</div>").first?
            .components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) } ?? []
    }

    @Test func siteAbsoluteLinksAreWrittenRelative() async throws {
        let (report, fs) = await Fixture.build(Self.content)
        #expect(report.published, "\(report.lines)")
        let english = links(in: try #require(fs.page("en/start/welcome/index.html")))
        #expect(english.starts(with: ["../../billing/refunds/", "../../billing/refunds/#fees", "../../billing/refunds/", "../../billing/", "../../", "../../../images/logo.png", "#intro"]), "\(english)")
        // An explicit /fr/ from an English page: the English page is where this reader reads.
        #expect(english.contains("../../billing/invoice/#totals"), "\(english)")
        #expect(fs.text("site/public/images/logo.png") == "PNG")
    }

    @Test func theSearchPageIsLinkedInTheReadersLanguage() async throws {
        let (report, fs) = await Fixture.build([
            "content/en/start/welcome.md": "---\ntitle: Welcome\nupdated: 2025-01-10\n---\n[s](/search/) [t](/en/search/)\n",
            "content/fr/start/welcome.md": "---\ntitle: Bienvenue\nupdated: 2025-01-11\n---\n[s](/search/) [t](/en/search/)\n",
        ])
        #expect(report.published, "\(report.lines)")
        #expect(!report.lines.contains { $0.contains("link.broken") }, "\(report.lines)")
        #expect(links(in: try #require(fs.page("en/start/welcome/index.html"))) == ["../../search/", "../../search/"])
        #expect(links(in: try #require(fs.page("fr/start/welcome/index.html"))) == ["../../search/", "../../search/"])
        #expect(fs.page("fr/search/index.html") != nil)
    }

    @Test func siteAbsoluteLinksAreLocalizedToTheReadersLanguage() async throws {
        let (_, fs) = await Fixture.build(Self.content)
        let french = links(in: try #require(fs.page("fr/start/welcome/index.html")))
        // Both pages exist in French (one translated, one a fallback page): the reader stays in French.
        #expect(french.starts(with: ["../../billing/refunds/", "../../billing/invoice/"]), "\(french)")
        #expect(!french.contains { $0.contains("/en/") })
    }

    @Test("a site-absolute link to nothing is a broken link", arguments: ["/en/billing/nothing/", "/nothing.md", "/images/missing.png", "/en/billing/refunds.md#nowhere"])
    func brokenSiteAbsolute(destination: String) async {
        let (report, _) = await Fixture.build(["content/en/start/welcome.md": "---\ntitle: W\nupdated: 2025-01-10\n---\n[x](\(destination))\n"])
        #expect(!report.published)
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:5:1: error: link '\(destination)'") }, "\(report.lines)")
    }

    @Test func pageURLsRelativeToThePageResolveAsInHugo() async throws {
        let (report, fs) = await Fixture.build(["content/en/billing/invoice.md": "---\ntitle: I\nupdated: 2025-01-10\n---\n[a](../refunds/#fees) [b](../) [c](../../start/welcome/) [d](../nothing/)\n\n## Totals {#totals}\n",
                                                "content/site.yml": Fixture.siteYAML + "\ndiagnostics:\n  link.broken: warning\n"])
        #expect(report.lines.filter { $0.contains("(link.") } .count == 1, "\(report.lines)")
        #expect(report.lines.contains { $0.hasPrefix("content/en/billing/invoice.md:5:58: warning: link target '../nothing/' does not exist") }, "\(report.lines)")
        let html = links(in: try #require(fs.text("site/public/en/billing/invoice/index.html")))
        #expect(html.starts(with: ["../refunds/#fees", "../", "../../start/welcome/"]), "\(html)")
    }

    @Test func sameAndCrossPageAnchorsAreChecked() async {
        let (report, _) = await Fixture.build(["content/en/start/welcome.md": """
            ---
            title: W
            updated: 2025-01-10
            ---
            [a](#here) [b](#gone) [c](../billing/_index.md#nope) [d](/en/#nope)

            ## Here

            """])
        #expect(!report.lines.contains { $0.contains("'#here'") }, "\(report.lines)")
        #expect(report.lines.contains("content/en/start/welcome.md:5:12: error: link '#gone': this page (content/en/start/welcome.md) has no heading with id 'gone' (link.anchor-missing)"), "\(report.lines)")
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:5:23: error: link '../billing/_index.md#nope': content/en/billing/_index.md has no heading with id 'nope'") }, "\(report.lines)")
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:5:54: error: link '/en/#nope'") }, "\(report.lines)")
    }

    @Test func aStaticFileThatWouldOverwriteAPageIsAnError() async {
        let (report, _) = await Fixture.build(["static/en/index.html": "x", "static/robots.txt": "User-agent: *\n"])
        #expect(report.lines.contains { $0.hasPrefix("static/en/index.html: error: static/en/index.html would overwrite a file sitegen writes") }, "\(report.lines)")
        #expect(!report.lines.contains { $0.contains("robots.txt") })
    }

    @Test func staticFilesAreCopiedAndACachedRebuildNoticesANewOne() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent.merging(["static/robots.txt": "User-agent: *\n"]) { _, new in new })
        let builder = SiteBuilder(fileSystem: fs)
        _ = await builder.build(BuildOptions(root: "site"))
        #expect(fs.text("site/public/robots.txt") == "User-agent: *\n")
        try fs.writeFile("site/static/favicon.ico", Data("ico".utf8))
        let report = await builder.build(BuildOptions(root: "site"))
        #expect(report.published)
        #expect(fs.text("site/public/favicon.ico") == "ico")
    }

    @Test func contentStaticIsIgnoredWithAHint() async {
        let (report, _) = await Fixture.build(["content/static/x.png": "x"])
        #expect(report.lines.contains("content/static: warning: ignored: 'static' is not a language listed in site.yml; site-wide static files go in static/ next to content/ (content.ignored)"), "\(report.lines)")
    }
}
