import Foundation
import Testing
@testable import SiteGenKit

/// A site shaped like real docs written for another generator — nested sections without
/// `_index.md`, site-absolute links, same-page anchors, raw HTML, custom front matter, no dates,
/// partial translations — built for real, then crawled as a reader would under a sub-path.
/// `check` must report exactly the broken links and anchors the crawl finds.
@Suite("Crawl of a real-world-shaped site")
struct CrawlTests {
    static let site: [String: String] = [
        "content/site.yml": """
            title: {en: Acme Docs, fr: Docs Acme}
            baseURL: https://help.acme.test/docs/
            languages:
              - {code: en, name: English}
              - {code: fr, name: Français}
              - {code: de, name: Deutsch}
            products:
              - {id: cloud, name: Acme Cloud}
            tiers:
              - {id: pro, name: Pro}
            feedback:
              endpoint: https://feedback.acme.test/votes
            diagnostics:
              link.broken: warning
              link.anchor-missing: warning
            """,
        "content/en/_index.md": "Welcome to the docs. Start with [the guides](/en/guides/) or [installing](/guides/install/#requirements).\n",
        "content/fr/_index.md": "---\ntitle: Bienvenue\n---\nCommencez par [les guides](/en/guides/).\n",
        "content/en/guides/_index.md": "---\ntitle: Guides\norder: 1\n---\nStart here.\n\n## Overview\n\nEverything in order.\n",
        "content/en/guides/install.md": """
            # Install

            ## Requirements

            See [the options](config.md#options) and [a page that is gone](/en/guides/nope/).

            ![Logo](/images/logo.png) ![Missing](/images/gone.png)

            [Back to the top](#install-top) or [to the requirements](#requirements).

            """,
        "content/fr/guides/install.md": "# Installer\n\n## Exigences {#requirements}\n\nVoir [les options](/en/guides/config/#options) et [rien](/fr/guides/rien/).\n",
        "content/en/guides/config.md": """
            ---
            title: Configure
            tags: [setup, config]
            difficulty: 3
            sidebar_position: 2
            ---
            ## Options {#options}

            <table><tr><td>--fast</td></tr></table>

            Up to [the guides](/en/guides/#overview), or [nowhere](/en/guides/#nowhere), or [as served](/docs/guides/config.md), or [not there](/docs/guides/nothing/).

            """,
        "content/en/knowledge/_index.md": "---\ntitle: Knowledge base\norder: 2\n---\nA long guide.\n\n## Concepts\n\nText.\n",
        "content/en/knowledge/http/clients/curl.md": """
            ---
            title: curl
            ---
            ## Usage

            [Concepts](/knowledge/#concepts), [again](../../_index.md#concepts), [usage](#usage),
            [missing file](/guides/missing.md), [section](/en/knowledge/http/), [deep](/knowledge/http/clients/curl.md#usage).

            """,
        "static/images/logo.png": "PNG",
    ]

    /// The source file whose text a page shows.
    private func source(ofPage page: String, in files: Set<String>) -> String? {
        let parts = page.split(separator: "/").map(String.init)
        guard parts.count >= 2, parts.last == "index.html" else { return nil }
        let language = parts[0]
        let key = parts.dropFirst().dropLast().joined(separator: "/")
        func first(_ candidates: [String]) -> String? { candidates.first { files.contains("site/" + $0) } }
        if key.isEmpty { return first(["content/\(language)/_index.md", "content/en/_index.md"]) }
        if files.contains("site/content/en/\(key).md") { return first(["content/\(language)/\(key).md", "content/en/\(key).md"]) }
        return first(["content/\(language)/\(key)/_index.md", "content/en/\(key)/_index.md"]) ?? "content/en/\(key)/ (no _index.md)"
    }

    @Test func checkReportsExactlyWhatACrawlUnderASubPathFinds() async throws {
        let fs = Fixture.fileSystem(Self.site)
        let report = await SiteBuilder(fileSystem: fs).build(BuildOptions(root: "site"))
        #expect(report.published, "\(report.lines)")
        let checked = await SiteBuilder(fileSystem: fs).check(BuildOptions(root: "site"))
        var output: [String: String] = [:]
        for path in fs.allFiles where path.hasPrefix("site/public/") { output[String(path.dropFirst("site/public/".count))] = fs.text(path) }
        let allFiles = Set(fs.allFiles)

        let crawled = SiteCrawler(files: output, prefix: "/docs/").brokenLinks()
        var found: Set<String> = []
        for link in crawled {
            let file = source(ofPage: link.page, in: allFiles) ?? link.page
            found.insert("\(file) \(link.anchorOnly ? "#" + (link.href.split(separator: "#").last.map(String.init) ?? "") : link.href)")
        }
        var reported: Set<String> = []
        for diagnostic in checked.diagnostics.items where ["link.broken", "link.anchor-missing"].contains(diagnostic.code) {
            let destination = diagnostic.message.split(separator: "'").dropFirst().first.map(String.init) ?? ""
            let anchor = destination.split(separator: "#", omittingEmptySubsequences: false).last.map(String.init) ?? ""
            reported.insert("\(diagnostic.file) \(diagnostic.code == "link.anchor-missing" ? "#" + anchor : destination)")
        }
        #expect(found.count == 7, "the fixture has broken links of every kind: \(found.sorted())")
        #expect(found.subtracting(reported).sorted() == [], "broken for readers, not reported by check")
        #expect(reported.subtracting(found).sorted() == [], "reported by check, fine for readers")
        #expect(checked.diagnostics.items.filter { $0.code.hasPrefix("link.") } .count == report.diagnostics.items.filter { $0.code.hasPrefix("link.") }.count)
    }

    @Test func everySourceFileHasAPageAndNothingIsDroppedSilently() async throws {
        let fs = Fixture.fileSystem(Self.site)
        let report = await SiteBuilder(fileSystem: fs).build(BuildOptions(root: "site"))
        for path in Self.site.keys where path.hasSuffix(".md") {
            let inLanguage = path.dropFirst("content/".count)
            var page = inLanguage.hasSuffix("/_index.md") || inLanguage.hasSuffix("_index.md") && !inLanguage.contains("/")
                ? String(inLanguage.dropLast("_index.md".count)) : String(inLanguage.dropLast(3)) + "/"
            if !page.hasSuffix("/") { page += "/" }
            #expect(fs.page(page + "index.html") != nil, "\(path) has no page at \(page)")
        }
        #expect(fs.text("site/public/images/logo.png") == "PNG")
        #expect(report.lines.contains { $0.hasPrefix("content/en/guides/config.md:9:1: warning: raw HTML (<table…)") }, "\(report.lines)")
        #expect(fs.page("en/knowledge/index.html")?.contains("A long guide.") == true)
        #expect(fs.page("en/guides/config/index.html")?.contains("<time") == false, "no date anywhere: none shown")
    }
}
