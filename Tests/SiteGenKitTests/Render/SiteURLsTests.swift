import Testing
@testable import SiteGenKit

/// Every link between pages is relative, so `public/` works from a domain root or a sub-path.
@Suite("Relative URLs")
struct SiteURLsTests {
    @Test(arguments: [
        ("en/billing/refunds/", "en/billing/invoices/", "../invoices/"),
        ("en/billing/refunds/", "fr/billing/refunds/", "../../../fr/billing/refunds/"),
        ("en/", "en/", "./"),
        ("en/billing/", "en/", "../"),
        ("", "en/", "en/"),
        ("en/billing/", "", "../../"),
        ("en/billing/", "assets/site.css", "../../assets/site.css"),
        ("en/billing/", "en/billing/flow.png", "flow.png"),
        // A file named like the folder the page is in is still reached through its parent.
        ("en/x/", "en/x", "../x"),
        ("ja/設定/", "ja/設定/手順/", "手順/"),
        ("ar/فوترة/", "en/billing/", "../../en/billing/"),
    ])
    func relative(from: String, to: String, expected: String) {
        #expect(SiteURLs.relative(from: from, to: to) == expected)
    }
}
