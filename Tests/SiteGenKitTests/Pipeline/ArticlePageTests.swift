import Foundation
import Testing
@testable import SiteGenKit

/// The anatomy of an article page, in the written HTML of the fixture site.
@Suite("Article page")
struct ArticlePageTests {
    private func page(_ path: String, _ content: [String: String] = [:]) async throws -> String {
        let (report, fs) = await Fixture.build(content)
        #expect(!report.diagnostics.hasErrors, "\(report.lines)")
        return try #require(fs.page(path), "\(path) was not written")
    }

    @Test func skipLinkLeadsToMainContent() async throws {
        let html = try await page("fr/billing/refunds/index.html")
        #expect(html.contains("<a class=\"skip-link\" href=\"#main\">Aller au contenu principal</a>"))
        #expect(html.contains("<main id=\"main\""))
    }

    @Test func machineTranslationHasBannerLinkingToTheOriginal() async throws {
        let html = try await page("fr/billing/refunds/index.html")
        #expect(html.contains("Cet article a été traduit automatiquement"))
        #expect(html.contains("<a href=\"../../../en/billing/refunds/\" hreflang=\"en\">Lire la version originale (English)</a>"))
        let english = try await page("en/billing/refunds/index.html")
        #expect(!english.contains("class=\"banner\""))
    }

    @Test func breadcrumbsLeadHomeThenToTheCategory() async throws {
        let html = try await page("fr/billing/refunds/index.html")
        #expect(html.contains("<li><a href=\"../../\">Accueil</a></li>\n<li><a href=\"../\">Facturation</a></li>\n<li aria-current=\"page\">Demander un remboursement</li>"))
    }

    @Test func availabilityMatrixIsAnAccessibleLocalizedTable() async throws {
        let html = try await page("fr/billing/refunds/index.html")
        #expect(html.contains("<caption>Disponible avec les abonnements suivants, sauf mention contraire"))
        // Only the tiers the article uses, in site.yml order, with localized names.
        #expect(html.contains("<th scope=\"col\">Produit</th><th scope=\"col\">Pro</th><th scope=\"col\">Entreprise</th>"))
        #expect(html.contains("<th scope=\"row\">Acme Chat</th>"))
        #expect(html.contains("<span class=\"visually-hidden\">Entreprise\u{00A0}: inclus</span>"))
        #expect(!html.contains("Acme Courrier"), "products the article does not apply to are not listed")
    }

    @Test func articleWithoutAvailabilityShowsNoMatrix() async throws {
        let html = try await page("en/start/welcome/index.html")
        #expect(!html.contains("class=\"availability\""))
    }

    @Test func tableOfContentsAppearsOnlyWithMoreThanTwoHeadings() async throws {
        let long = "---\ntitle: Welcome\nupdated: 2025-01-10\n---\n## One\n\n## Two\n\n### Two and a half\n\nText.\n"
        let html = try await page("en/start/welcome/index.html", ["content/en/start/welcome.md": long])
        #expect(html.contains("<nav class=\"toc\""))
        #expect(html.contains("<li><a href=\"#one\">One</a></li>"))
        #expect(html.contains("<li class=\"nested\"><a href=\"#two-and-a-half\">Two and a half</a></li>"))
        let short = try await page("en/billing/refunds/index.html")
        #expect(!short.contains("<nav class=\"toc\""))
    }

    @Test func exceptWhereNotedSectionsShowALocalizedNote() async throws {
        let french = "---\ntitle: Demander un remboursement\nupdated: 2025-05-06\n---\n## Frais {#fees only=enterprise}\n\n## Courrier {only=mail:pro}\n"
        let html = try await page("fr/billing/refunds/index.html", ["content/fr/billing/refunds.md": french])
        #expect(html.contains("<p class=\"scope-note\">Entreprise uniquement</p>"))
        #expect(html.contains("<p class=\"scope-note\">Acme Courrier Pro uniquement</p>"))
    }

    @Test func relatedArticlesComeFromTheSameCategoryFirst() async throws {
        let html = try await page("en/billing/refunds/index.html")
        let related = try #require(html.range(of: "<aside class=\"related\"").map { String(html[$0.lowerBound...]) })
        #expect(related.contains("<a href=\"../invoice/\">Read your invoice</a>"))
    }

    @Test func feedbackFormPostsArticleLanguageAndRevision() async throws {
        let (_, fs) = await Fixture.build()
        let html = try #require(fs.page("fr/billing/refunds/index.html"))
        #expect(html.contains("<form method=\"post\" action=\"https://feedback.acme.test/votes\" accept-charset=\"utf-8\" data-feedback "))
        #expect(html.contains("<input type=\"hidden\" name=\"article\" value=\"billing/refunds\">"))
        #expect(html.contains("<input type=\"hidden\" name=\"language\" value=\"fr\">"))
        let revision = stableHash(Data(Fixture.validContent["content/fr/billing/refunds.md"]!.utf8))
        #expect(html.contains("<input type=\"hidden\" name=\"revision\" value=\"\(revision)\">"))
        #expect(html.contains("Cet article vous a-t-il été utile"))
        #expect(html.contains("name=\"helpful\" value=\"yes\""))
        #expect(html.contains("name=\"helpful\" value=\"no\""))
        #expect(html.contains("Ce formulaire sert uniquement à recueillir vos avis sur la documentation"))
    }

    @Test func feedbackFormCarriesTheReturnAddressReasonsAndSupportLink() async throws {
        let yaml = Fixture.siteYAML + "\nsupport:\n  url: https://support.acme.test/contact?from=docs&x=1\n"
        let (report, fs) = await Fixture.build(["content/site.yml": yaml])
        #expect(!report.failed(warningsAsErrors: false), "\(report.lines)")
        let html = try #require(fs.page("fr/billing/refunds/index.html"))
        let baseURL = try #require(Fixture.siteYAML.split(separator: "\n").first { $0.hasPrefix("baseURL:") })
            .dropFirst("baseURL:".count).trimmingCharacters(in: .whitespaces)
        #expect(html.contains("<input type=\"hidden\" name=\"return\" value=\"\(baseURL)fr/billing/refunds/\">"))
        for reason in ["missing-information", "inaccurate", "hard-to-understand", "broken-link-or-image", "other"] {
            #expect(html.contains("name=\"reasons\" value=\"\(reason)\""), "\(reason)")
        }
        #expect(html.contains("<a href=\"https://support.acme.test/contact?from=docs&amp;x=1\">Pour obtenir de l&#39;aide"))
    }

    @Test func supportURLMustBeAWebOrMailLink() async throws {
        let yaml = Fixture.siteYAML + "\nsupport:\n  url: \"javascript:alert(1)\"\n"
        let (report, fs) = await Fixture.build(["content/site.yml": yaml])
        #expect(report.lines.contains { $0.contains("(config.support-url-scheme)") }, "\(report.lines)")
        #expect(fs.page("fr/billing/refunds/index.html")?.contains("javascript:") != true)
    }

    @Test func noFeedbackEndpointLeavesTheFormOutAndWarnsOnce() async throws {
        let yaml = Fixture.siteYAML.replacingOccurrences(of: "feedback:\n  endpoint: https://feedback.acme.test/votes", with: "")
        let (report, fs) = await Fixture.build(["content/site.yml": yaml])
        #expect(report.lines.filter { $0.contains("feedback.endpoint") }.count == 1, "\(report.lines)")
        #expect(try #require(fs.page("en/billing/refunds/index.html")).contains("data-feedback") == false)
    }

    @Test func structuredDataAndOpenGraph() async throws {
        let html = try await page("en/billing/refunds/index.html")
        #expect(html.contains("\"@type\":\"TechArticle\""))
        #expect(html.contains("\"headline\":\"Request a refund\""))
        #expect(html.contains("\"dateModified\":\"2025-05-05\""))
        #expect(html.contains("\"inLanguage\":\"en\""))
        #expect(html.contains("<meta property=\"og:title\" content=\"Request a refund – Acme Help\">"))
        #expect(html.contains("<meta property=\"og:description\" content=\"How refunds work.\">"))
    }

    @Test func structuredDataCannotCloseTheScriptElement() async throws {
        let hostile = "---\ntitle: \"</script><script>alert(1)</script>\"\nupdated: 2025-01-10\n---\nHi\n"
        let html = try await page("en/start/welcome/index.html", ["content/en/start/welcome.md": hostile])
        #expect(!html.contains("</script><script>alert(1)"))
        #expect(html.contains("\\u003c/script\\u003e"))
    }
}
