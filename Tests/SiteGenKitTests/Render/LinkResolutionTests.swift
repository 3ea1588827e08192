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

    @Test("URLs with a scheme and protocol-relative URLs are left as written", arguments: [
        "https://example.com/a.md", "mailto:help@acme.test", "tel:+15551234", "x-app.v2+beta:open",
        // A scheme with a non-ASCII letter is not valid, but was always treated as one: kept.
        "tél:+331234",
        "//cdn.acme.test/x.md",
    ])
    func unchanged(destination: String) async {
        let (report, html) = await build(links: "[link](\(destination))")
        #expect(report.published, "\(report.lines)")
        // Written as cmark writes any destination: percent-encoded where needed ("t%C3%A9l:").
        #expect(html.contains("<a href=\"\(HTMLEscaping.escapeHref(destination))\">link</a>"), "\(destination)")
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

    @Test("percent-encoded paths and anchors are decoded to find the target, and written encoded")
    func percentEncoded() async {
        let (report, fs) = await Fixture.build([
            "content/en/start/welcome.md": "---\ntitle: Welcome\nupdated: 2025-01-10\n---\n[a](../billing/caf%C3%A9%20menu.md#fr%C3%A9quence)\n",
            "content/en/billing/café menu.md": "---\ntitle: Café\nupdated: 2025-01-10\n---\n## Fréquence\n\nText.\n",
        ])
        #expect(report.published, "\(report.lines)")
        let html = fs.page("en/start/welcome/index.html") ?? ""
        #expect(html.contains("<a href=\"../../billing/caf%C3%A9%20menu/#fr%C3%A9quence\">a</a>"), "\(html)")
    }

    @Test("a path is split at every `/`, even one followed by a combining mark")
    func combiningMarkAfterSlash() async {
        // As Characters, "/\u{301}" is one character and not a separator; the disk disagrees.
        let (report, fs) = await Fixture.build([
            "content/en/start/welcome.md": "---\ntitle: Welcome\nupdated: 2025-01-10\n---\n[a](\u{301}note.md)\n",
            "content/en/start/\u{301}note.md": "---\ntitle: Note\nupdated: 2025-01-10\n---\nText.\n",
        ])
        #expect(report.published, "\(report.lines)")
        #expect(fs.page("en/start/\u{301}note/index.html") != nil, "\(fs.allFiles.filter { $0.contains("note") })")
        let html = fs.page("en/start/welcome/index.html") ?? ""
        #expect(html.contains("<a href=\"../%CC%81note/\">a</a>"), "\(html)")
    }

    @Test("climbing above the language folder is an error, not a path out of content/")
    func climbingOutIsAnError() async {
        let (report, _) = await build(links: "[link](../../../etc/passwd.md)")
        #expect(report.lines.contains { $0.contains("link '../../../etc/passwd.md' leads outside content/en/") }, "\(report.lines)")
        #expect(!report.published)
    }
}
