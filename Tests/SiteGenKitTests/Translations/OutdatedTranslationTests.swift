import Foundation
import Testing
@testable import SiteGenKit

@Suite("Outdated translations and the report", .serialized)
struct OutdatedTranslationTests {
    /// The fixture with the French refunds article stamped, then the English source edited in
    /// its "Refund fees" section.
    private func siteWithOutdatedFrench() throws -> InMemoryFileSystem {
        let fs = Fixture.fileSystem(Fixture.validContent)
        guard case .success = TranslationStamper(fileSystem: fs, root: "site").stamp("site/content/fr/billing/refunds.md") else {
            throw CancellationError()
        }
        let edited = Fixture.validContent["content/en/billing/refunds.md"]!.replacingOccurrences(of: "A fee applies.", with: "A fee of 2% applies.")
        try fs.writeFile("site/content/en/billing/refunds.md", Data(edited.utf8))
        return fs
    }

    private func report(_ fs: InMemoryFileSystem, only: String? = nil) async throws -> TranslationReport {
        var load = BuildReport()
        let site = try #require(await SiteBuilder(fileSystem: fs).loadSite(BuildOptions(root: "site"), into: &load))
        return TranslationReport(site: site, only: only)
    }

    @Test func unstampedTranslationIsUnknownNotUpToDate() async throws {
        let text = try await report(Fixture.fileSystem(Fixture.validContent)).text
        #expect(text.hasPrefix("fr (Français): 1/3 translated (33%), 0 up to date (0%), 0 outdated, 1 unstamped, 2 missing, 1 machine-translated\n"))
        #expect(text.contains("  unstamped:\n    content/fr/billing/refunds.md: not stamped;"))
        #expect(text.contains("    content/fr/billing/invoice.md (translate content/en/billing/invoice.md)\n"))
    }

    @Test func freshlyStampedTranslationIsUpToDate() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        _ = TranslationStamper(fileSystem: fs, root: "site").stamp("site/content/fr/billing/refunds.md")
        let french = try #require(try await report(fs, only: "fr").languages.first)
        #expect(french.upToDate == 1)
        #expect(french.upToDatePercent == 33)
        #expect(try await report(fs, only: "fr").text.hasSuffix("  up to date:\n    content/fr/billing/refunds.md\n  machine-translated:\n    content/fr/billing/refunds.md\n"))
    }

    @Test func editedSourceMakesTheTranslationOutdatedAndNamesTheSection() async throws {
        let text = try await report(try siteWithOutdatedFrench()).text
        #expect(text.contains("0 up to date (0%), 1 outdated, 0 unstamped"))
        #expect(text.contains("  outdated:\n    content/fr/billing/refunds.md: the source changed in 'Refund fees' (#fees)\n"))
    }

    @Test func outdatedTranslationGetsABannerLinkingToTheOriginal() async throws {
        let fs = try siteWithOutdatedFrench()
        let report = await SiteBuilder(fileSystem: fs).build(BuildOptions(root: "site"))
        #expect(report.published)
        let html = try #require(fs.page("fr/billing/refunds/index.html"))
        let strings = try #require(Fixture.theme["templates/i18n/fr.yml"])
        let notice = strings.split(separator: "\n").first { $0.hasPrefix("outdated_notice:") }.map { String($0) } ?? "outdated_notice: \"The original was updated after this translation"
        let start = notice.dropFirst("outdated_notice:".count).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"")).prefix(20)
        #expect(html.contains(String(start).replacingOccurrences(of: "'", with: "&#39;")), "banner text comes from the French UI strings")
        #expect(html.components(separatedBy: "<div class=\"banner\"").count == 2, "machine-translation and outdated: one merged notice")
        #expect(html.components(separatedBy: "hreflang=\"en\">").count >= 2, "the notice links to the original once")
        let untouched = try #require(fs.page("en/billing/refunds/index.html"))
        #expect(!untouched.contains("class=\"banner\""))
    }

    @Test func checkWarnsAboutOutdatedTranslations() async throws {
        let report = await SiteBuilder(fileSystem: try siteWithOutdatedFrench()).check(BuildOptions(root: "site"))
        #expect(report.lines.contains("content/fr/billing/refunds.md:1:1: warning: outdated translation: content/en/billing/refunds.md changed in 'Refund fees' (#fees) since it was stamped (translation.outdated)"))
    }

    @Test func jsonReportIsMachineReadable() async throws {
        let data = try JSONEncoder().encode(try await report(try siteWithOutdatedFrench()))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let languages = try #require(json["languages"] as? [[String: Any]])
        let french = try #require(languages.first { $0["code"] as? String == "fr" })
        #expect(french["outdated"] as? Int == 1)
        let entries = try #require(french["entries"] as? [[String: Any]])
        #expect(entries.first { $0["article"] as? String == "billing/refunds" }?["changedSections"] as? [String] == ["'Refund fees' (#fees)"])
    }

    @Test func htmlStatusPageShowsAColouredMatrix() async throws {
        let fs = try siteWithOutdatedFrench()
        var load = BuildReport()
        let site = try #require(await SiteBuilder(fileSystem: fs).loadSite(BuildOptions(root: "site"), into: &load))
        let html = TranslationStatusPage.render(TranslationReport(site: site), site: site)
        #expect(html.contains("<td class=\"state outdated machine\" title=\"changed: &#39;Refund fees&#39; (#fees)\">outdated</td>") ||
                html.contains("<td class=\"state outdated machine\" title=\"changed: 'Refund fees' (#fees)\">outdated</td>"))
        #expect(html.contains("<td class=\"state missing\">missing</td>"))
        #expect(!html.contains("<script"), "self-contained and static")
    }

    @Test func failUnderSetsTheExitStatus() async throws {
        let root = try Fixture.onDisk()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(await SitegenCommand.run(arguments: ["translations", "--root", root, "--fail-under", "0"]) == 0)
        #expect(await SitegenCommand.run(arguments: ["translations", "--root", root, "--fail-under", "80"]) == 1)
        #expect(await SitegenCommand.run(arguments: ["translations", "stamp", "--root", root, root + "/content/fr/billing/refunds.md"]) == 0)
        // fr: 1 of 3 up to date (33%); ar has none, so only --lang fr passes 30.
        #expect(await SitegenCommand.run(arguments: ["translations", "--root", root, "--lang", "fr", "--fail-under", "30"]) == 0)
        #expect(await SitegenCommand.run(arguments: ["translations", "--root", root, "--fail-under", "30"]) == 1)
        let page = root + "/status.html"
        #expect(await SitegenCommand.run(arguments: ["translations", "--root", root, "--html", page]) == 0)
        #expect(FileManager.default.fileExists(atPath: page))
    }
}
