import Testing
@testable import SiteGenKit

/// What the default theme shows readers around an article: availability summary, section
/// sidebar, previous/next, language menu, table regions, fallback badges.
@Suite("Default theme layout")
struct ThemeLayoutTests {
    @Test func availabilityIsOneSummaryLineWithTheMatrixInADisclosure() async throws {
        let (_, fs) = await Fixture.build()
        let html = try #require(fs.page("en/billing/refunds/index.html"))
        #expect(html.contains("<summary><span class=\"availability-label\">Available with:</span> Acme Chat Pro, Enterprise</summary>"))
        let details = try #require(html.range(of: "<details class=\"availability\">"))
        let table = try #require(html.range(of: "<th scope=\"row\">Acme Chat</th>"))
        #expect(details.lowerBound < table.lowerBound, "the matrix is inside the disclosure")
        let french = try #require(fs.page("fr/billing/refunds/index.html"))
        #expect(french.contains("Acme Chat Pro, Entreprise</summary>"), "tier names in the reader's language")
    }

    @Test func aProductOnEveryTierIsNamedAlone() async throws {
        var content = Fixture.validContent
        content["content/en/billing/refunds.md"] = "---\ntitle: Refunds\navailability:\n  chat: [free, pro, enterprise]\n  mail: [enterprise]\n---\nText.\n\n## Fees {#fees}\n\nA fee.\n"
        let (_, fs) = await Fixture.build(content)
        let html = try #require(fs.page("en/billing/refunds/index.html"))
        #expect(html.contains("</span> Acme Chat · Acme Mail Enterprise</summary>"))
    }

    @Test func sidebarOpensTheCurrentSectionAndMarksThePage() async throws {
        let (_, fs) = await Fixture.build()
        let html = try #require(fs.page("en/billing/invoice/index.html"))
        #expect(html.contains("<summary>Billing</summary>"))
        #expect(html.contains("<a href=\"./\" aria-current=\"page\">Read your invoice</a>"))
        #expect(html.contains("<a href=\"../../start/\">Getting started</a>"), "other sections are listed closed")
        #expect(!html.contains("welcome/\">Welcome to Acme</a></li>"), "a closed section's articles are not listed")
        #expect(html.contains("<a class=\"pager-previous\" href=\"../refunds/\" rel=\"prev\">"))
        #expect(!html.contains("pager-next"), "the last article of its section has no next link")
    }

    @Test func languageMenuLinksFallbackPagesAsTheOriginal() async throws {
        let (_, fs) = await Fixture.build()
        let html = try #require(fs.page("fr/billing/invoice/index.html"))
        #expect(html.contains("<details class=\"language-menu\">"))
        #expect(html.contains("<span class=\"current\" aria-current=\"page\" lang=\"fr\" dir=\"ltr\">Français</span>"))
        #expect(html.contains("<span class=\"lang-note\">Original anglais</span>"), "labelled in the reader's language")
        let root = try #require(fs.page("index.html"))
        #expect(!root.contains("aria-current=\"page\""), "the root picker is no language's page")
    }

    @Test func fallbackTitlesCarryTheirLanguageAndABadge() async throws {
        let (_, fs) = await Fixture.build()
        let html = try #require(fs.page("fr/billing/index.html"))
        #expect(html.contains("hreflang=\"en\" lang=\"en\" dir=\"ltr\">Read your invoice</a> <span class=\"lang-badge\" lang=\"en\" dir=\"ltr\">English</span>"))
    }

    @Test func bodyTablesScrollInALabelledRegion() async throws {
        var content = Fixture.validContent
        content["content/en/start/welcome.md"] = "---\ntitle: Welcome\n---\n## Limits\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n| c |\n|---|\n| 3 |\n"
        let (_, fs) = await Fixture.build(content)
        let html = try #require(fs.page("en/start/welcome/index.html"))
        #expect(html.contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Limits\">\n<table>"))
        #expect(html.contains("aria-label=\"Limits (2)\""), "two regions never share a name")
    }

    @Test func fallbackBreadcrumbsCarryTheSourceLanguage() async throws {
        let (_, fs) = await Fixture.build()
        let html = try #require(fs.page("ar/billing/invoice/index.html"))
        #expect(html.contains("<li aria-current=\"page\" lang=\"en\" dir=\"ltr\">Read your invoice</li>"))
        #expect(html.contains("lang=\"en\" dir=\"ltr\">Billing</a></li>"), "the untranslated section title too")
    }

    @Test func structuredDataNamesThePublisherTheTrailAndHugosDate() async throws {
        var content = Fixture.validContent
        content["content/en/start/welcome.md"] = "---\ntitle: Welcome to Acme\ndate: 2024-03-01\nupdated: 2025-01-10\n---\nRead [refunds](../billing/refunds.md).\n"
        let (_, fs) = await Fixture.build(content)
        let html = try #require(fs.page("en/start/welcome/index.html"))
        #expect(html.contains("\"datePublished\":\"2024-03-01\",\"dateModified\":\"2025-01-10\""))
        #expect(html.contains("\"publisher\":{\"@type\":\"Organization\",\"name\":\"Acme Help\"}"))
        #expect(html.contains("{\"@type\":\"ListItem\",\"position\":2,\"name\":\"Getting started\",\"item\":\"https://help.acme.test/en/start/\"}"))
    }

    @Test func aLargeSectionListsAWindowAroundTheCurrentArticle() async throws {
        var content = Fixture.validContent
        for index in 1...40 {
            content["content/en/start/a\(index).md"] = "---\ntitle: Article \(index)\norder: \(index)\n---\nText.\n"
        }
        let (_, fs) = await Fixture.build(content)
        let html = try #require(fs.page("en/start/a30/index.html"))
        let start = try #require(html.range(of: "<nav class=\"section-nav\""))
        let end = try #require(html.range(of: "</nav>", range: start.upperBound..<html.endIndex))
        let sidebar = html[start.lowerBound..<end.lowerBound]
        let listed = (1...40).filter { sidebar.contains(">Article \($0)</a>") }
        // The section also holds "Welcome to Acme" (no order: last), which the window reaches.
        #expect(listed.count + (sidebar.contains(">Welcome to Acme</a>") ? 1 : 0) == SectionNavBuilder.articleWindow)
        #expect(listed.contains(30) && listed.contains(18) && !listed.contains(1), "centred on the current article: \(listed)")
    }
}
