import Foundation
import Testing
@testable import SiteGenKit

@Suite("sitegen check")
struct CheckTests {
    private func check(_ content: [String: String] = [:], theme: [String: String] = [:]) async -> (BuildReport, InMemoryFileSystem) {
        var files = Fixture.validContent.merging(content) { _, new in new }
        for (path, text) in Fixture.theme.merging(theme, uniquingKeysWith: { _, new in new }) { files[path] = text }
        let fs = Fixture.fileSystem(files, theme: false)
        return (await SiteBuilder(fileSystem: fs).check(BuildOptions(root: "site")), fs)
    }

    @Test func validSiteHasNoErrorsAndNothingIsWritten() async {
        let (report, fs) = await check()
        #expect(!report.diagnostics.hasErrors, "\(report.lines)")
        #expect(!fs.allFiles.contains { $0.hasPrefix("site/public") })
    }

    @Test func reportsBrokenLinksAndMissingAnchorsInEveryLanguage() async {
        let (report, _) = await check([
            "content/fr/billing/refunds.md": "---\ntitle: Remboursements\nupdated: 2025-05-06\n---\nVoir [facture](invoice.md#nulle-part) et [rien](nothing.md).\n\n## Frais {#fees}\n",
        ])
        #expect(report.lines.contains { $0.hasPrefix("content/fr/billing/refunds.md:5:6: error: link 'invoice.md#nulle-part': content/en/billing/invoice.md has no heading with id 'nulle-part'") }, "\(report.lines)")
        #expect(report.lines.contains { $0.hasPrefix("content/fr/billing/refunds.md:5:42: error: link 'nothing.md' points to an article that does not exist") }, "\(report.lines)")
    }

    @Test func aTemplateErrorDoesNotHideLinkAnchorAndTranslationProblems() async throws {
        let article = try #require(Fixture.theme["templates/article.mustache"]).replacingOccurrences(of: "{{#main}}", with: "{{#main}}{{titel}}")
        let content = [
            "content/en/start/welcome.md": "---\ntitle: Welcome\nupdated: 2025-01-10\n---\nSee [missing](nope.md) and [fees](../billing/refunds.md#nowhere).\n",
            "content/fr/billing/refunds.md": "---\ntitle: Remboursements\nupdated: 2025-05-06\n---\nVoir [facture](invoice.md#totals) et [accueil](../start/welcome.md).\n\n## Frais {#fees}\n",
        ]
        let (report, _) = await check(content, theme: ["templates/article.mustache": article])
        let codes = report.diagnostics.items.compactMap(\.code)
        #expect(codes.contains { $0.hasPrefix("theme.") || $0.hasPrefix("template.") }, "\(report.lines)")
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:5:5: error: link 'nope.md'") }, "\(report.lines)")
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:5:28: error: link '../billing/refunds.md#nowhere'") }, "\(report.lines)")
        #expect(codes.contains("translation.link-extra"), "\(report.lines)")
        // A build reports the same link problems, and publishes nothing.
        var files = Fixture.validContent.merging(content) { _, new in new }
        for (path, text) in Fixture.theme { files[path] = text }
        files["templates/article.mustache"] = article
        let fs = Fixture.fileSystem(files, theme: false)
        let built = await SiteBuilder(fileSystem: fs).build(BuildOptions(root: "site"))
        #expect(!built.published)
        #expect(built.diagnostics.items.compactMap(\.code).contains("link.broken"), "\(built.lines)")
        #expect(built.diagnostics.items.compactMap(\.code).contains("link.anchor-missing"), "\(built.lines)")
    }

    @Test func translationStructureDifferencesAreWarningsAtTheTranslationsLines() async {
        let (report, _) = await check([
            "content/fr/billing/refunds.md": "---\ntitle: Remboursements\nupdated: 2025-05-06\n---\nVoir [facture](invoice.md#totals) et [accueil](../start/welcome.md).\n\n## Frais {#fees}\n\n## En plus\n",
        ])
        #expect(report.lines.contains("content/fr/billing/refunds.md:5:38: warning: link to '../start/welcome.md' is not in the source (content/en/billing/refunds.md) (translation.link-extra)"), "\(report.lines)")
        #expect(report.lines.contains("content/fr/billing/refunds.md:9:1: warning: this translation has 2 headings, the source has 1 (content/en/billing/refunds.md) (translation.structure)"), "\(report.lines)")
    }

    @Test func translationSettingInheritedFactsIsWarned() async {
        let (report, _) = await check([
            "content/fr/billing/refunds.md": "---\ntitle: Remboursements\nupdated: 2025-05-06\norder: 4\navailability:\n  chat: [pro]\n---\n## Frais {#fees}\n\n[f](invoice.md#totals)\n",
        ])
        #expect(report.lines.contains("content/fr/billing/refunds.md:4:1: warning: 'order' is ignored in a translation: it is inherited from content/en/billing/refunds.md (translation.inherited-key)"))
        #expect(report.lines.contains("content/fr/billing/refunds.md:5:1: warning: 'availability' is ignored in a translation: it is inherited from content/en/billing/refunds.md (translation.inherited-key)"))
    }

    @Test func orphanTranslationIsWarned() async {
        let (report, _) = await check(["content/fr/billing/lost.md": "---\ntitle: Perdu\nupdated: 2025-01-01\n---\n"])
        #expect(report.lines.contains("content/fr/billing/lost.md: warning: orphan translation: there is no content/en/billing/lost.md to translate from; not published (translation.orphan)"))
    }

    @Test func duplicateHeadingIdsAreWarned() async {
        let (report, _) = await check([
            "content/en/start/welcome.md": "---\ntitle: Welcome\nupdated: 2025-01-10\n---\n## A {#same}\n\n## B {#same}\n",
        ])
        #expect(report.lines.contains("content/en/start/welcome.md:7:1: warning: duplicate heading id 'same' (heading.duplicate-id)"), "\(report.lines)")
    }

    @Test func uiStringUsedByTemplateButDefinedNowhereIsAnError() async {
        let footer = "<footer>\n<p>{{t.no_such_string}}</p>\n</footer>\n"
        let (report, _) = await check(theme: ["templates/partials/footer.mustache": footer])
        #expect(report.lines.contains("templates/partials/footer.mustache:2:4: error: UI string 'no_such_string' is not defined in templates/i18n/en.yml (template.unknown-string)"), "\(report.lines)")
    }

    @Test func missingImageIsAnError() async {
        let (report, _) = await check(["content/en/start/welcome.md": "---\ntitle: Welcome\nupdated: 2025-01-10\n---\n![Chart](chart.png)\n"])
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:5:1: error: link target 'chart.png' does not exist") }, "\(report.lines)")
    }

    @Test func githubAndJSONFormats() {
        var list = DiagnosticReport()
        list.add(.error("content/en/a.md", line: 3, column: 7, code: "link.broken", "broken, really: 50%"))
        list.add(.warning("content/site.yml", code: "feedback.no-endpoint", "no feedback"))
        #expect(DiagnosticPrinter.render(list, format: .github) ==
            "::error file=content/en/a.md,line=3,col=7,title=link.broken::broken, really: 50%25\n::warning file=content/site.yml,title=feedback.no-endpoint::no feedback\n1 error, 1 warning\n")
        #expect(DiagnosticPrinter.render(list, format: .text) ==
            "content/en/a.md:3:7: error: broken, really: 50% (link.broken)\ncontent/site.yml: warning: no feedback (feedback.no-endpoint)\n1 error, 1 warning\n")
        let json = DiagnosticPrinter.render(list, format: .json)
        #expect(json.contains("\"errors\" : 1"))
        #expect(json.contains("\"line\" : 3"))
        #expect(json.contains("\"code\" : \"link.broken\""))
    }

    @Test func checkCommandExitStatus() async throws {
        let good = try Fixture.onDisk()
        let bad = try Fixture.onDisk(["content/en/start/welcome.md": "---\ntitle: W\nupdated: 2025-01-10\n---\n[x](gone.md)\n"])
        defer { try? FileManager.default.removeItem(atPath: good); try? FileManager.default.removeItem(atPath: bad) }
        #expect(await SitegenCommand.run(arguments: ["check", "--root", good]) == 0)
        #expect(await SitegenCommand.run(arguments: ["check", "--root", bad, "--format", "github"]) == 1)
        #expect(!FileManager.default.fileExists(atPath: good + "/public"))
    }
}
