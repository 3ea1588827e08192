import Testing
@testable import SiteGenKit

/// What happens to each kind of link an author writes, seen in the built page.
@Suite("Link resolution")
struct LinkResolutionTests {
    private func build(links: String) async -> (BuildReport, String) {
        let (report, fs) = await Fixture.build([
            "content/en/start/welcome.md": "---\ntitle: Welcome\nupdated: 2025-01-10\n---\n\(links)\n",
        ])
        return (report, fs.page("en/start/welcome/index.html") ?? "")
    }

    @Test("URLs with a scheme, in-page anchors and site-absolute paths are left as written", arguments: [
        "https://example.com/a.md", "mailto:help@acme.test", "tel:+15551234", "x-app.v2+beta:open",
        "#top", "/en/", "//cdn.acme.test/x.md",
    ])
    func unchanged(destination: String) async {
        let (report, html) = await build(links: "[link](\(destination))")
        #expect(report.published, "\(report.lines)")
        #expect(html.contains("<a href=\"\(destination)\">link</a>"), "\(destination)")
    }

    @Test("a colon after a path segment is not a scheme: the link is resolved and found missing")
    func colonInPathIsNotAScheme() async {
        let (report, _) = await build(links: "[link](notes/2:3.md)")
        #expect(report.lines.contains { $0.contains("link 'notes/2:3.md' points to an article that does not exist") }, "\(report.lines)")
    }

    @Test("`.` and `..` segments are applied to the file's folder", arguments: [
        ("../billing/refunds.md", "../../billing/refunds/"),
        ("./../billing/./refunds.md", "../../billing/refunds/"),
        ("../billing/invoice.md#totals", "../../billing/invoice/#totals"),
        ("../billing/_index.md", "../../billing/"),
        ("../_index.md", "../../"),
    ])
    func relativeSegments(destination: String, url: String) async {
        let (report, html) = await build(links: "[link](\(destination))")
        #expect(report.published, "\(report.lines)")
        #expect(html.contains("<a href=\"\(url)\">link</a>"), "\(destination)")
    }

    @Test("climbing above the language folder is an error, not a path out of content/")
    func climbingOutIsAnError() async {
        let (report, _) = await build(links: "[link](../../../etc/passwd.md)")
        #expect(report.lines.contains { $0.contains("link '../../../etc/passwd.md' leads outside content/en/") }, "\(report.lines)")
        #expect(!report.published)
    }
}
