import Foundation
import Testing
@testable import SiteGenKit

/// Language switching, fallbacks, alternates and the sitemap, on a site with gaps.
@Suite("Multilingual site")
struct MultilingualTests {
    @Test func switcherStaysOnTheArticleAndMarksMissingTranslations() async throws {
        let (_, fs) = await Fixture.build()
        let html = try #require(fs.page("en/billing/refunds/index.html"))
        #expect(html.contains("<a href=\"../../../fr/billing/refunds/\" hreflang=\"fr\" lang=\"fr\" dir=\"ltr\">Français</a>"))
        // Arabic has no translation, but its fallback page exists: linked, and said to be the original.
        #expect(html.contains("<a href=\"../../../ar/billing/refunds/\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a> <span class=\"lang-note\">English original</span>"))
        #expect(!html.contains("<a href=\"../../../fr/billing/refunds/\" hreflang=\"fr\" lang=\"fr\" dir=\"ltr\">Français</a> <span class=\"lang-note\">"))
    }

    @Test func noSwitcherLinkPointsAtAMissingPage() async throws {
        let (_, fs) = await Fixture.build()
        for file in fs.allFiles where file.hasPrefix("site/public/") && file.hasSuffix("index.html") {
            let html = try #require(fs.text(file))
            let page = String(file.dropFirst("site/public/".count))
            guard let nav = html.range(of: "<nav class=\"language-switcher\""), let end = html.range(of: "</nav>", range: nav.upperBound..<html.endIndex) else { continue }
            for link in hrefs(in: String(html[nav.upperBound..<end.lowerBound])) {
                let target = resolve(link, from: page)
                #expect(fs.page(target) != nil, "\(page) links to missing \(target)")
            }
        }
    }

    @Test func missingTranslationIsAFallbackPageWithANotice() async throws {
        let (_, fs) = await Fixture.build()
        let html = try #require(fs.page("ar/billing/refunds/index.html"))
        #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(!html.contains("rel=\"canonical\""))
        #expect(!html.contains("rel=\"alternate\""))
        #expect(html.contains("<div class=\"article-body\" lang=\"en\" dir=\"ltr\">"))
        #expect(html.contains("<div class=\"banner\" role=\"note\">"))
    }

    @Test func alternatesListRealTranslationsAndXDefaultOnly() async throws {
        let (_, fs) = await Fixture.build()
        let html = try #require(fs.page("en/billing/refunds/index.html"))
        #expect(html.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://help.acme.test/en/billing/refunds/\">"))
        #expect(html.contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"https://help.acme.test/fr/billing/refunds/\">"))
        #expect(html.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://help.acme.test/en/billing/refunds/\">"))
        #expect(!html.contains("hreflang=\"ar\" href=\"https://help.acme.test/ar/billing/refunds/\""))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://help.acme.test/en/billing/refunds/\">"))
    }

    @Test func sitemapNeverPointsAtFallbackPages() async throws {
        let (_, fs) = await Fixture.build()
        let sitemap = try #require(fs.page("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://help.acme.test/fr/billing/refunds/</loc>"))
        #expect(sitemap.contains("hreflang=\"fr\" href=\"https://help.acme.test/fr/billing/refunds/\""))
        #expect(!sitemap.contains("https://help.acme.test/ar/billing/refunds/"))
        #expect(!sitemap.contains("https://help.acme.test/fr/billing/invoice/"))
    }

    @Test func fallbackNoneLeavesMissingTranslationsOutAndLinksToTheSource() async throws {
        let (report, fs) = await Fixture.build(["content/site.yml": Fixture.siteYAML + "\nfallback: none\n"])
        #expect(!report.diagnostics.hasErrors, "\(report.lines)")
        #expect(fs.page("ar/billing/refunds/index.html") == nil)
        #expect(fs.page("fr/billing/invoice/index.html") == nil)
        let french = try #require(fs.page("fr/billing/refunds/index.html"))
        #expect(french.contains("<a href=\"../../../en/billing/invoice/#totals\">votre facture</a>"))
    }

    @Test func homeListsCategoriesInOrderAndCategoryPagesListArticles() async throws {
        let (_, fs) = await Fixture.build()
        let home = try #require(fs.page("en/index.html"))
        let start = try #require(home.range(of: "Getting started")), billing = try #require(home.range(of: ">Billing<"))
        #expect(start.lowerBound < billing.lowerBound)
        let category = try #require(fs.page("en/billing/index.html"))
        let refunds = try #require(category.range(of: "Request a refund")), invoice = try #require(category.range(of: "Read your invoice"))
        #expect(refunds.lowerBound < invoice.lowerBound, "articles follow their order")
    }

    @Test func availabilityPageListsEveryArticleByProduct() async throws {
        let (_, fs) = await Fixture.build()
        let html = try #require(fs.page("fr/availability/index.html"))
        #expect(html.contains("<tr data-products=\"chat\"><th scope=\"row\"><a href=\"../billing/refunds/\">Demander un remboursement</a></th>"))
        #expect(html.contains("<option value=\"mail\">Acme Courrier</option>"))
        #expect(html.contains("<th scope=\"colgroup\" colspan=\"3\" data-product=\"chat\">Acme Chat</th>"))
    }

    @Test func notFoundPagesPerLanguageLinkFromTheSiteRoot() async throws {
        let (_, fs) = await Fixture.build()
        let french = try #require(fs.page("fr/404.html"))
        #expect(french.contains("<h1>Page introuvable</h1>"))
        #expect(french.contains("<a href=\"/fr/\">Revenir à l'accueil du centre d'aide</a>") || french.contains("<a href=\"/fr/\">Revenir à l&#39;accueil du centre d&#39;aide</a>"))
        let stylesheet = try #require(french.range(of: "<link rel=\"stylesheet\" href=\"/assets/site.").map { french[$0.upperBound...].prefix(22) })
        #expect(stylesheet.hasSuffix(".css\">"), "the content-hashed stylesheet, linked from the site root")
        let hashed = "site/public/assets/site." + stylesheet.dropLast(2)
        #expect(fs.fileExists(hashed), "\(hashed) is written")
        let root = try #require(fs.page("404.html"))
        #expect(root.contains("<html lang=\"en\""))
    }

    @Test func missingUIStringIsReportedOncePerKeyAndLanguage() async throws {
        var theme = Fixture.theme
        theme["templates/i18n/fr.yml"] = theme["templates/i18n/fr.yml"]!.split(separator: "\n").filter { !$0.hasPrefix("home:") }.joined(separator: "\n")
        var files = Fixture.validContent
        for (path, text) in theme { files[path] = text }
        let fs = Fixture.fileSystem(files, theme: false)
        let report = await SiteBuilder(fileSystem: fs).build(BuildOptions(root: "site"))
        #expect(report.lines.filter { $0.contains("'home'") } == ["templates/i18n/fr.yml: warning: missing UI string 'home'; using the en text (i18n.missing-string)"])
        #expect(try #require(fs.page("fr/billing/refunds/index.html")).contains("<li><a href=\"../../\">Home</a></li>"))
    }

    private func hrefs(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    /// A relative href from a page file to the file it opens.
    private func resolve(_ href: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in href.split(separator: "/") {
            if part == ".." { parts.removeLast() } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/") + (href.hasSuffix("/") ? "/index.html" : "")
    }
}
