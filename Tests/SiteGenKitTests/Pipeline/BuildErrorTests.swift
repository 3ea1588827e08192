import Foundation
import Testing
@testable import SiteGenKit

@Suite("Building an invalid site")
struct BuildErrorTests {
    private func article(_ frontMatter: String, body: String = "Text.\n") -> String {
        "---\n\(frontMatter)\n---\n\(body)"
    }

    @Test func brokenLinkIsAnErrorWithLineAndColumn() async {
        let (report, fs) = await Fixture.build([
            "content/en/start/welcome.md": article("title: Welcome\nupdated: 2025-01-10", body: "Intro.\n\nSee [the guide](missing-guide.md).\n"),
        ])
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:7:5: error: link 'missing-guide.md' points to an article that does not exist") }, "\(report.lines)")
        #expect(!report.published)
        #expect(fs.page("index.html") == nil)
    }

    @Test func anArticleWithoutTitleOrLeadingHeadingIsAnError() async {
        let (report, _) = await Fixture.build(["content/en/start/welcome.md": article("description: No title")])
        #expect(report.lines.contains("content/en/start/welcome.md:1:1: error: missing title: add 'title:' to the front matter or start the text with a '# Heading' (frontmatter.missing-key)"), "\(report.lines)")
        #expect(!report.lines.contains { $0.contains("'updated'") }, "a missing date is not an error: it comes from git, or there is none")
    }

    @Test func unknownProductAndTierIdsPointAtTheirLine() async {
        let (report, _) = await Fixture.build([
            "content/en/start/welcome.md": article("title: Welcome\nupdated: 2025-01-10\navailability:\n  chat: [free, platinum]\n  video: [pro]"),
        ])
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:5:16: error: unknown tier id 'platinum'") }, "\(report.lines)")
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:6:3: error: unknown product id 'video'") }, "\(report.lines)")
    }

    @Test func wrongTypesAndBadDatesAreErrors() async {
        let (report, _) = await Fixture.build([
            "content/en/start/welcome.md": article("title: Welcome\nupdated: 2025-02-30\norder: first\ndraft: maybe"),
        ])
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:3:10: error: updated must be a date written YYYY-MM-DD") }, "\(report.lines)")
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:4:8: error: order must be a whole number") })
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:5:8: error: draft must be true or false") })
    }

    @Test func unknownFrontMatterKeyIsOnlyAWarning() async {
        let (report, _) = await Fixture.build(["content/en/start/welcome.md": article("title: Welcome\nupdated: 2025-01-10\nauthor: Sam"),
                                               "content/site.yml": Fixture.siteYAML + "\nparams: [tags]\n"])
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:4:1: warning: unknown front-matter key 'author'") }, "\(report.lines)")
        #expect(!report.diagnostics.hasErrors)
        #expect(report.published)
    }

    @Test func warningsAsErrorsFailsTheBuild() async {
        let (report, _) = await Fixture.build(["content/en/start/welcome.md": article("title: Welcome\nupdated: 2025-01-10\nauthor: Sam"),
                                               "content/site.yml": Fixture.siteYAML + "\nparams: [tags]\n"], warningsAsErrors: true)
        #expect(report.failed(warningsAsErrors: true))
        #expect(!report.published)
    }

    @Test func malformedYAMLIsReportedAtItsPosition() async {
        let (report, _) = await Fixture.build(["content/en/start/welcome.md": "---\ntitle: [unclosed\nupdated: 2025-01-10\n---\nHi\n"])
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:") && $0.contains("error: invalid YAML") }, "\(report.lines)")
        #expect(!report.published)
    }

    @Test func duplicateFrontMatterKeyIsAnError() async {
        let (report, _) = await Fixture.build(["content/en/start/welcome.md": "---\ntitle: A\ntitle: B\nupdated: 2025-01-10\n---\nHi\n"])
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:3:1: error: duplicate key 'title'") }, "\(report.lines)")
    }

    @Test func unterminatedFrontMatterIsAnError() async {
        let (report, _) = await Fixture.build(["content/en/start/welcome.md": "---\ntitle: Welcome\n\nNo closing fence.\n"])
        #expect(report.lines.contains("content/en/start/welcome.md:1:1: error: front matter opened with '---' is never closed (frontmatter.unclosed)"))
    }

    @Test func invalidUTF8IsAnErrorNamingTheFileAndLine() async throws {
        var files = Fixture.validContent
        files["content/en/start/welcome.md"] = nil
        let fs = Fixture.fileSystem(files)
        try fs.writeFile("site/content/en/start/welcome.md", Data("---\ntitle: W\nupdated: 2025-01-10\n---\nCaf".utf8) + Data([0xE9, 0x0A]))
        let report = await SiteBuilder(fileSystem: fs).build(BuildOptions(root: "site"))
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:5: error: file is not valid UTF-8") }, "\(report.lines)")
        #expect(!report.published)
    }

    @Test func unknownScopeInHeadingIsAnError() async {
        let (report, _) = await Fixture.build([
            "content/en/start/welcome.md": article("title: Welcome\nupdated: 2025-01-10", body: "## Admin {only=platinum}\n"),
        ])
        #expect(report.lines.contains { $0.hasPrefix("content/en/start/welcome.md:5:1: error: unknown product or tier 'platinum' in only=") }, "\(report.lines)")
    }

    @Test func missingSiteConfigurationIsAnError() async {
        var files = Fixture.validContent
        files["content/site.yml"] = nil
        let (report, _) = await Fixture.build(base: files)
        #expect(report.lines == ["content/site.yml: error: missing site configuration (expected content/site.yml) (config.missing)"])
    }

    @Test func failedBuildLeavesThePreviousSiteUntouched() async throws {
        let fs = Fixture.fileSystem(Fixture.validContent)
        let builder = SiteBuilder(fileSystem: fs)
        let first = await builder.build(BuildOptions(root: "site"))
        #expect(first.published)
        let before = fs.allFiles.filter { $0.hasPrefix("site/public/") }
        let page = fs.page("en/billing/refunds/index.html")
        try fs.writeFile("site/content/en/billing/refunds.md", Data("---\ntitle: Broken\nupdated: 2025-13-01\n---\n".utf8))
        let second = await builder.build(BuildOptions(root: "site"))
        #expect(!second.published)
        #expect(fs.allFiles.filter { $0.hasPrefix("site/public") } == before, "no staging folder may be left behind")
        #expect(fs.page("en/billing/refunds/index.html") == page)
    }
}
