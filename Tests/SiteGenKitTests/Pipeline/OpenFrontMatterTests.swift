import Foundation
import Testing
@testable import SiteGenKit

/// Custom keys reach templates, titles and dates have fallbacks, raw HTML is never dropped
/// without a word.
@Suite("Open front matter, fallbacks and raw HTML")
struct OpenFrontMatterTests {
    private static let article = """
        ---
        title: Welcome
        updated: 2025-01-10
        tags: [setup, "first steps"]
        difficulty: 2
        beta: true
        author: {name: Sam <Ops>}
        ---
        Text.

        """

    private static let theme = """
        {{% CONTENT_TYPE: HTML }}
        {{<base}}
        {{$content}}
        <p id="params">{{#page.params.tags}}[{{.}}]{{/page.params.tags}} d={{page.params.difficulty}} {{#page.params.beta}}beta{{/page.params.beta}} by {{page.params.author.name}}</p>
        {{/content}}
        {{/base}}
        """

    @Test func customKeysAreKeptAndReachTemplatesEscaped() async throws {
        let (report, fs) = await Fixture.build(["content/en/start/welcome.md": Self.article, "templates/article.mustache": Self.theme])
        #expect(report.published, "\(report.lines)")
        #expect(!report.lines.contains { $0.contains("frontmatter.unknown-key") }, "without params: in site.yml, custom keys are not warned about")
        let page = try #require(fs.page("en/start/welcome/index.html"))
        #expect(page.contains("<p id=\"params\">[setup][first steps] d=2 beta by Sam &lt;Ops&gt;</p>"), "\(page)")
    }

    @Test func declaredKeysStillWarnAboutTypos() async {
        let (report, _) = await Fixture.build(["content/en/start/welcome.md": Self.article.replacingOccurrences(of: "difficulty:", with: "dificulty:"),
                                               "content/site.yml": Fixture.siteYAML + "\nparams: [tags, difficulty, beta, author]\n"])
        #expect(report.lines.filter { $0.contains("frontmatter.unknown-key") }.map { $0.prefix(80) } == ["content/en/start/welcome.md:5:1: warning: unknown front-matter key 'dificulty' ("], "\(report.lines)")
    }

    @Test func aLeadingHeadingIsTheTitleAndIsNotShownTwice() async throws {
        let (report, fs) = await Fixture.build([
            "content/en/start/welcome.md": "---\nupdated: 2025-01-10\n---\n# Getting going\n\nText.\n",
            "content/en/start/second.md": "---\ntitle: Second\nupdated: 2025-01-10\n---\n# Second\n\nMore.\n",
        ])
        #expect(report.published, "\(report.lines)")
        let first = try #require(fs.page("en/start/welcome/index.html"))
        #expect(first.contains("<title>Getting going – Acme Help</title>"))
        #expect(first.components(separatedBy: "<h1").count == 2, "one <h1>")
        let second = try #require(fs.page("en/start/second/index.html"))
        #expect(second.components(separatedBy: "<h1").count == 2, "a body starting with the title shows one <h1>")
    }

    @Test func noFrontMatterAtAllIsFineWhenTheTextHasATitle() async throws {
        let (report, fs) = await Fixture.build(["content/en/start/welcome.md": "# Plain Markdown\n\nNo front matter.\n"])
        #expect(report.published, "\(report.lines)")
        let page = try #require(fs.page("en/start/welcome/index.html"))
        #expect(page.contains("Plain Markdown</h1>"))
        #expect(!page.contains("class=\"updated\""), "no date: no 'Last updated' line")
    }

    @Test func aHomePageWithoutTitleUsesTheSiteTitle() async throws {
        let (report, fs) = await Fixture.build(["content/en/_index.md": "Welcome to the help centre.\n"])
        #expect(report.published, "\(report.lines)")
        #expect(try #require(fs.page("en/index.html")).contains("<h1>Acme Help</h1>"))
    }

    @Test func rawHTMLDroppedInSafeModeIsAWarningAtItsLine() async {
        let (report, _) = await Fixture.build(["content/en/start/welcome.md": "---\ntitle: W\nupdated: 2025-01-10\n---\nThe table:\n\n<table>\n<tr><td>x</td></tr>\n</table>\n\n<!-- a comment -->\n\nText with <b>bold</b>.\n"])
        let raw = report.lines.filter { $0.contains("(markdown.raw-html)") }
        #expect(raw.count == 2, "\(raw)")
        #expect(raw.first?.hasPrefix("content/en/start/welcome.md:7:1: warning: raw HTML (<table…) is left out of the page in safe mode") == true, "\(raw)")
        #expect(raw.first?.contains("'unsafe: true'") == true)
        #expect(raw.last?.hasPrefix("content/en/start/welcome.md:13:11: warning:") == true, "\(raw)")
        let unsafe = await Fixture.build(["content/en/start/welcome.md": "---\ntitle: W\nupdated: 2025-01-10\n---\n<table><tr><td>x</td></tr></table>\n",
                                          "content/site.yml": Fixture.siteYAML + "\nunsafe: true\n"]).0
        #expect(!unsafe.lines.contains { $0.contains("markdown.raw-html") })
    }

    @Test func gitLogIsParsedNewestFirst() {
        let dates = GitDates.parse("\u{01}2025-03-02\n\nen/a.md\nen/b/c.md\n\u{01}2025-01-01\n\nen/a.md\nfr/a.md\n")
        #expect(dates == ["en/a.md": SimpleDate("2025-03-02")!, "en/b/c.md": SimpleDate("2025-03-02")!, "fr/a.md": SimpleDate("2025-01-01")!])
    }

    @Test(arguments: [false, true]) func updatedFallsBackToTheLastCommitDate(withALinkWarning: Bool) async throws {
        let root = try Fixture.onDisk(["content/en/start/welcome.md": "---\ntitle: W\n---\nText.\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        if withALinkWarning {
            // A link the build refuses to follow must not switch the dates off.
            try FileManager.default.createSymbolicLink(atPath: root + "/templates/notes.txt", withDestinationPath: root + "/content/site.yml")
        }
        func git(_ arguments: String...) async throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", root] + arguments
            process.environment = ["GIT_AUTHOR_DATE": "2024-07-08T10:00:00Z", "GIT_COMMITTER_DATE": "2024-07-08T10:00:00Z",
                                   "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t",
                                   "HOME": root, "PATH": "/usr/bin:/bin"]
            process.standardOutput = FileHandle.nullDevice
            let exit = ProcessExit(of: process)
            try process.run()
            await exit.wait()
        }
        try await git("init", "-q")
        try await git("add", "content")
        try await git("commit", "-q", "-m", "content")
        let report = await SiteBuilder().build(BuildOptions(root: root))
        #expect(report.published, "\(report.lines)")
        #expect(report.lines.contains { $0.contains("(content.symlink)") } == withALinkWarning, "\(report.lines)")
        let page = try String(contentsOfFile: root + "/public/en/start/welcome/index.html", encoding: .utf8)
        #expect(page.contains("<time datetime=\"2024-07-08\">"))
    }
}
