import Foundation
import Testing
@testable import SiteGenKit

/// Defects found on real content and in the code, each pinned by a test.
@Suite("Small defects")
struct SmallDefectTests {
    @Test func noProductsMeansNoAvailabilityPageAndNoLinkToIt() async throws {
        var yaml = Fixture.siteYAML
        yaml = yaml.replacingOccurrences(of: "products:\n  - {id: chat, name: {en: Acme Chat, fr: Acme Chat}}\n  - {id: mail, name: {en: Acme Mail, fr: Acme Courrier}}\n", with: "")
        let (report, fs) = await Fixture.build(["content/site.yml": yaml,
                                                "content/en/billing/refunds.md": "---\ntitle: Refunds\nupdated: 2025-05-05\n---\nText.\n\n## Refund fees {#fees}\n"])
        #expect(report.published, "\(report.lines)")
        #expect(fs.page("en/availability/index.html") == nil)
        let page = try #require(fs.page("en/billing/refunds/index.html"))
        #expect(!page.contains("availability/"))
        #expect(!fs.allFiles.contains { fs.text($0)?.contains("colspan=\"0\"") == true })
    }

    @Test func stampingKeepsAByteOrderMark() throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        let path = "site/content/fr/billing/refunds.md"
        let original = Data([0xEF, 0xBB, 0xBF]) + Data(Fixture.validContent["content/fr/billing/refunds.md"]!.utf8)
        try fs.writeFile(path, original)
        guard case .success = TranslationStamper(fileSystem: fs, root: "site").stamp(path) else {
            Issue.record("stamp failed")
            return
        }
        let stamped = try fs.readFile(path)
        #expect(stamped.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: stamped, as: UTF8.self).contains("  source:"))
    }

    @Test func checkAndTranslationsWriteNothing() async throws {
        let root = try Fixture.onDisk()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(await SitegenCommand.run(arguments: ["check", "--root", root]) == 0)
        _ = await SitegenCommand.run(arguments: ["translations", "--root", root])
        #expect(!FileManager.default.fileExists(atPath: root + "/.sitegen-cache"))
        #expect(!FileManager.default.fileExists(atPath: root + "/public"))
    }

    @Test func aFileThatCannotBeReadAgainAtRenderTimeIsAnError() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        var report = BuildReport()
        let prepared = try #require(await SiteBuilder(fileSystem: fs).prepare(BuildOptions(root: "site"), into: &report))
        // A document whose facts came from the cache: its body was not rendered at load.
        var document = try #require(prepared.site.article("start/welcome")).source
        document.revision += "-cached"
        try fs.removeItem("site/content/en/start/welcome.md")
        let site = prepared.site
        let renderer = BodyRenderer(resolver: LinkResolver(site: site), bodies: prepared.bodies)
        var diagnostics = Diagnostics()
        _ = renderer.render(document, language: "en", pagePath: "en/start/welcome/", diagnostics: &diagnostics)
        #expect(diagnostics.map(\.code) == ["file.unreadable"])
        #expect(diagnostics.first?.severity == .error)
    }

    @Test func aNULInAUIStringDoesNotSwitchLinkResolutionOff() async throws {
        let english = try #require(Fixture.theme["templates/i18n/en.yml"])
        let (report, fs) = await Fixture.build([
            "templates/i18n/en.yml": english.replacingOccurrences(of: "callout_note: Note", with: "callout_note: \"No\\0te\""),
            "content/en/start/welcome.md": "---\ntitle: W\nupdated: 2025-01-10\n---\n> [!NOTE]\n> See [refunds](../billing/refunds.md) and [gone](gone.md).\n",
        ])
        #expect(report.lines.contains { $0.contains("link 'gone.md'") && $0.contains("(link.broken)") }, "\(report.lines)")
        let checked = await SiteBuilder(fileSystem: fs).check(BuildOptions(root: "site"))
        #expect(checked.lines.contains { $0.contains("link 'gone.md'") }, "\(checked.lines)")
        let withoutBroken = await Fixture.build([
            "templates/i18n/en.yml": english.replacingOccurrences(of: "callout_note: Note", with: "callout_note: \"No\\0te\""),
            "content/en/start/welcome.md": "---\ntitle: W\nupdated: 2025-01-10\n---\n> [!NOTE]\n> See [refunds](../billing/refunds.md).\n",
        ])
        let page = try #require(withoutBroken.1.page("en/start/welcome/index.html"))
        #expect(page.contains("href=\"../../billing/refunds/\""), "the link is resolved")
        #expect(!page.contains("\u{0}"))
    }
}
