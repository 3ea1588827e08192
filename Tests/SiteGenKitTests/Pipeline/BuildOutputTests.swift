import Foundation
import Testing
@testable import SiteGenKit

@Suite("Building a valid site")
struct BuildOutputTests {
    @Test func writesPrettyURLsForEveryLanguage() async throws {
        let (report, fs) = await Fixture.build()
        #expect(!report.diagnostics.hasErrors, "\(report.lines)")
        #expect(report.published)
        for path in ["index.html", "404.html", "sitemap.xml", "sitegen-manifest.json", "assets/site.css",
                     "en/index.html", "fr/index.html", "ar/index.html", "en/404.html",
                     "en/billing/index.html", "en/billing/refunds/index.html", "fr/billing/refunds/index.html",
                     "en/start/welcome/index.html", "en/availability/index.html"] {
            #expect(fs.page(path) != nil, "missing \(path)")
        }
    }

    @Test func articlePageHasTitleDateAndBody() async throws {
        let (_, fs) = await Fixture.build()
        let page = try #require(fs.page("en/billing/refunds/index.html"))
        #expect(page.contains("<h1>Request a refund</h1>"))
        #expect(page.contains("<time datetime=\"2025-05-05\">May 5, 2025</time>"))
        #expect(page.contains("<h2 id=\"fees\">Refund fees"))
        #expect(page.contains("<html lang=\"en\" dir=\"ltr\">"))
    }

    @Test func datesAreLocalized() async throws {
        let (_, fs) = await Fixture.build()
        let page = try #require(fs.page("fr/billing/refunds/index.html"))
        #expect(page.contains(">6 mai 2025</time>"))
    }

    @Test func relativeMarkdownLinksResolveInThePageLanguageAndKeepTheAnchor() async throws {
        let (_, fs) = await Fixture.build()
        let english = try #require(fs.page("en/billing/invoice/index.html"))
        #expect(english.contains("<a href=\"../refunds/#fees\">refunds</a>"))
        #expect(english.contains("<a href=\"../../start/welcome/\">start</a>"))
        let french = try #require(fs.page("fr/billing/refunds/index.html"))
        // invoice.md has no French translation: the link goes to the French fallback page.
        #expect(french.contains("<a href=\"../invoice/#totals\">votre facture</a>"))
    }

    @Test func rightToLeftLanguagesGetDirRTL() async throws {
        let (_, fs) = await Fixture.build()
        let page = try #require(fs.page("ar/index.html"))
        #expect(page.contains("<html lang=\"ar\" dir=\"rtl\">"))
    }

    @Test func rootPageLetsReadersPickALanguage() async throws {
        let (_, fs) = await Fixture.build()
        let page = try #require(fs.page("index.html"))
        #expect(page.contains("href=\"en/\""))
        #expect(page.contains("href=\"fr/\""))
        #expect(page.contains("href=\"ar/\""))
        #expect(page.contains("data-language-picker"))
    }

    @Test func sameInputGivesByteIdenticalOutput() async throws {
        let (_, first) = await Fixture.build()
        let (_, second) = await Fixture.build()
        let firstFiles = first.allFiles.filter { $0.hasPrefix("site/public/") }
        #expect(firstFiles == second.allFiles.filter { $0.hasPrefix("site/public/") })
        #expect(firstFiles.count > 20)
        for file in firstFiles {
            #expect(try first.readFile(file) == second.readFile(file), "\(file) differs between builds")
        }
    }

    @Test func manifestListsArticleIdsAndRevisions() async throws {
        let (_, fs) = await Fixture.build()
        let data = try #require(try? fs.readFile("site/public/sitegen-manifest.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let articles = try #require(json["articles"] as? [[String: Any]])
        let refunds = try #require(articles.first { $0["id"] as? String == "billing/refunds" })
        let revisions = try #require(refunds["revisions"] as? [String: String])
        #expect(Set(revisions.keys) == ["en", "fr"])
        #expect(revisions["en"] != revisions["fr"])
    }

    @Test func manifestNamesTheTranslationStateReadersMeet() async throws {
        let (_, fs) = await Fixture.build()
        let data = try #require(try? fs.readFile("site/public/sitegen-manifest.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let articles = try #require(json["articles"] as? [[String: Any]])
        let refunds = try #require(articles.first { $0["id"] as? String == "billing/refunds" })
        let states = try #require(refunds["states"] as? [String: [String]])
        #expect(states["fr"] == ["machine", "unstamped"])
        #expect(states["ar"] == ["fallback"])
        #expect(states["en"] == nil)
        let invoice = try #require(articles.first { $0["id"] as? String == "billing/invoice" })
        #expect((invoice["states"] as? [String: [String]])?["fr"] == ["fallback"])
    }

    @Test func translationStatusPageShowsHelpfulnessFromAFeedbackReport() async throws {
        var load = BuildReport()
        let site = try #require(await SiteBuilder(fileSystem: Fixture.fileSystem(Fixture.validContent)).loadSite(BuildOptions(root: "site"), into: &load))
        let json = #"{"articles": [{"article": "billing/refunds", "language": "fr", "yes": 9, "no": 3, "helpfulness": 0.75, "comments": []}, {"article": "billing/refunds", "language": "en", "yes": 1, "no": 1, "comments": []}]}"#
        let summary = try FeedbackSummary(json: Data(json.utf8))
        let html = TranslationStatusPage.render(TranslationReport(site: site, only: nil), site: site, feedback: summary)
        #expect(html.contains("<small class=\"helpful\">75 % helpful (12)</small>"))
        #expect(html.contains("<th scope=\"col\">Helpful (en)</th>"))
        #expect(html.contains("<small class=\"helpful\">2 votes: too few</small>"))
        #expect(!TranslationStatusPage.render(TranslationReport(site: site, only: nil), site: site).contains("helpful"))
    }

    @Test func editingAnArticleChangesItsRevision() async throws {
        let (_, before) = await Fixture.build()
        var edited = Fixture.validContent
        edited["content/en/start/welcome.md"]! += "\nOne more line.\n"
        let (_, after) = await Fixture.build(edited)
        #expect(before.page("sitegen-manifest.json") != after.page("sitegen-manifest.json"))
        #expect(before.page("en/billing/refunds/index.html") == after.page("en/billing/refunds/index.html"))
    }

    @Test func draftArticleIsLeftOutInEveryLanguageUnlessDraftsAreBuilt() async throws {
        let draft = Fixture.validContent["content/en/billing/refunds.md"]!.replacingOccurrences(of: "order: 1\n", with: "order: 1\ndraft: true\n")
        let (report, fs) = await Fixture.build(["content/en/billing/refunds.md": draft,
                                                "content/en/billing/invoice.md": "---\ntitle: Read your invoice\nupdated: 2025-04-01\n---\n## Totals {#totals}\n"])
        #expect(report.lines == ["content/en/start/welcome.md:5:6: error: link '../billing/refunds.md' points to a draft (content/en/billing/refunds.md); publish it or build with --drafts (link.broken)"],
                "a translation of a draft is not an orphan; a link to it names the draft")
        #expect(fs.page("en/billing/refunds/index.html") == nil)
        #expect(fs.page("fr/billing/refunds/index.html") == nil)
        let fs2 = Fixture.fileSystem(Fixture.validContent.merging(["content/en/billing/refunds.md": draft]) { _, new in new })
        let withDrafts = await SiteBuilder(fileSystem: fs2).build(BuildOptions(root: "site", includeDrafts: true))
        #expect(withDrafts.published)
        #expect(fs2.page("fr/billing/refunds/index.html") != nil)
    }

    @Test func frontMatterValuesAreHTMLEscaped() async throws {
        let (report, fs) = await Fixture.build([
            "content/en/start/welcome.md": "---\ntitle: \"<script>alert(1)</script> & co\"\nupdated: 2025-01-10\n---\nHi.\n",
        ])
        #expect(!report.diagnostics.hasErrors, "\(report.lines)")
        let page = try #require(fs.page("en/start/welcome/index.html"))
        #expect(!page.contains("<script>alert(1)"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
    }

    @Test func rawHTMLInMarkdownIsOmittedUnlessSiteIsUnsafe() async throws {
        let body = "---\ntitle: Welcome\nupdated: 2025-01-10\n---\n<div class=\"x\">raw</div>\n\n[bad](javascript:alert(1))\n"
        let (_, safe) = await Fixture.build(["content/en/start/welcome.md": body])
        let safePage = try #require(safe.page("en/start/welcome/index.html"))
        #expect(safePage.contains("<!-- raw HTML omitted -->"))
        #expect(safePage.contains("<a href=\"\">bad</a>"))
        let (_, unsafe) = await Fixture.build(["content/en/start/welcome.md": body, "content/site.yml": Fixture.siteYAML + "\nunsafe: true\n"])
        #expect(try #require(unsafe.page("en/start/welcome/index.html")).contains("<div class=\"x\">raw</div>"))
    }

    @Test func contentAssetsAreCopiedAndImageLinksRewritten() async throws {
        let (report, fs) = await Fixture.build([
            "content/en/start/flow.png": "PNG",
            "content/en/start/welcome.md": "---\ntitle: Welcome\nupdated: 2025-01-10\n---\n![The flow](flow.png)\n",
        ])
        #expect(!report.diagnostics.hasErrors, "\(report.lines)")
        #expect(fs.page("en/start/flow.png") == "PNG")
        #expect(try #require(fs.page("en/start/welcome/index.html")).contains("<img src=\"../flow.png\" alt=\"The flow\" />"))
    }
}
