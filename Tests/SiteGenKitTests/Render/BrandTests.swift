import Testing
@testable import SiteGenKit

/// `brand:` in site.yml: the site's logo, accent colour, support and footer links.
@Suite("Brand from site.yml")
struct BrandTests {
    static func site(_ brand: String) -> [String: String] {
        var content = Fixture.validContent
        content["content/site.yml"] = Fixture.siteYAML + "\n" + brand
        return content
    }

    @Test func logoSupportAndFooterLinksAppearOnEveryPageInTheReadersLanguage() async throws {
        let (report, fs) = await Fixture.build(Self.site("""
            brand:
              logo: logo.svg
              accent: "#1a6bd0"
              support: https://acme.test/contact
              links:
                - {title: {en: Status, fr: État}, url: https://status.acme.test/}
            """))
        #expect(report.lines.filter { $0.contains("brand.") }.isEmpty, "\(report.lines)")
        let page = try #require(fs.page("fr/billing/refunds/index.html"))
        #expect(page.contains("<img class=\"site-logo\" src=\"../../../logo.svg\" alt=\"\""))
        #expect(page.contains("<a href=\"https://status.acme.test/\">État</a>"))
        #expect(page.contains("<a class=\"header-support\" href=\"https://acme.test/contact\">"))
        #expect(page.contains("--link:#1a6bd0"))
    }

    @Test func anAccentTooPaleForLinksIsReportedAndNotUsed() async throws {
        let (report, fs) = await Fixture.build(Self.site("brand:\n  accent: \"#7fb2ff\"\n"))
        #expect(report.lines.contains { $0.contains("warning:") && $0.contains("on white; links need 4.5:1 (the theme") }, "\(report.lines)")
        let page = try #require(fs.page("en/billing/refunds/index.html"))
        #expect(!page.contains("#7fb2ff"))
    }

    @Test func anAccentTooDarkForTheDarkThemeIsReported() async throws {
        let (report, _) = await Fixture.build(Self.site("brand:\n  accent: \"#0b3d91\"\n"))
        #expect(report.lines.contains { $0.contains("dark theme's background; borders need 3:1 (brand.low-contrast)") }, "\(report.lines)")
    }

    @Test func scriptURLsAreRefused() async throws {
        let (report, fs) = await Fixture.build(Self.site("brand:\n  support: \"javascript:alert(1)\"\n  logo: \"data:image/svg+xml,x\"\n"))
        #expect(report.lines.filter { $0.contains("(brand.unsafe-url)") }.count == 2, "\(report.lines)")
        #expect(fs.page("en/billing/refunds/index.html")?.contains("javascript:") != true)
    }

    @Test func contrastFollowsWCAG() {
        #expect(abs((ColorContrast.ratio("#000000", "#ffffff") ?? 0) - 21) < 0.01)
        #expect(abs((ColorContrast.ratio("#777777", "#ffffff") ?? 0) - 4.48) < 0.01)
        #expect(ColorContrast.ratio("blue", "#ffffff") == nil)
    }
}
