import Foundation
import Testing
@testable import SiteGenKit

/// Hostile sizes: the work must grow linearly with the input. Checked by counting operations
/// (not timing them) where sitegen counts them, and by the right result on generated worst
/// cases, with a generous time limit only as a guard against a hang.
@Suite("Linear work on worst-case inputs", .timeLimit(.minutes(5)))
struct LinearWorkTests {
    private func headingIDs(_ markdown: String) -> (ids: [String], probes: Int) {
        var diagnostics = Diagnostics()
        var document = MarkdownParser.parseBlocks(markdown, file: "x.md", diagnostics: &diagnostics)
        var probes = 0
        HeadingIDExtension.apply(&document, file: "x.md", diagnostics: &diagnostics, probes: &probes)
        var ids: [String] = []
        document.forEach { node in
            if case .heading(let info) = node.kind, let id = info.id { ids.append(id) }
        }
        return (ids, probes)
    }

    @Test("numbering n duplicate headings tries about n candidate ids, not n²/2")
    func duplicateHeadingsAreNumberedLinearly() {
        var probes: [Int] = []
        for n in [1_000, 4_000] {
            // Explicit ids that the numbering must step over, and a title whose slug looks numbered.
            let markdown = (0..<n).map { index in
                index % 100 == 7 ? "## Other {#heading-\(index)}\n" : index % 100 == 8 ? "## Heading 1\n" : "## Heading\n"
            }.joined(separator: "\n")
            let (ids, count) = headingIDs(markdown)
            #expect(ids.count == n)
            #expect(Set(ids).count == n, "every id is unique")
            #expect(ids.first == "heading" && ids[1] == "heading-1")
            probes.append(count)
            #expect(count <= 2 * n, "probes: \(count) for \(n) headings")
        }
        #expect(probes[1] <= 4 * probes[0] + 100, "four times the headings, at most four times the work: \(probes)")
    }

    @Test("32,000 identical headings render, each with its own id")
    func manyIdenticalHeadings() {
        let markdown = String(repeating: "## Heading\n\n", count: 32_000)
        let output = MarkdownFileRenderer.render(Data(markdown.utf8), file: "big.md")
        #expect(output.html.contains("id=\"heading-31999\""))
        #expect(output.html.components(separatedBy: "<h2 ").count - 1 == 32_000)
    }

    @Test("generated worst cases: many links, anchors, big tables, list tables, callouts, deep nesting")
    func worstCasesRender() {
        let n = 8_000
        let cases: [(name: String, markdown: String, check: (String) -> Bool)] = [
            ("links", (0..<n).map { "[l\($0)](a\($0 % 50).md#x\($0)) " }.joined() + "\n", { $0.components(separatedBy: "<a href=").count - 1 == n }),
            ("anchors", (0..<n).map { "## H {#id\($0)}\n\n[x](#id\($0))\n" }.joined(separator: "\n"), { $0.contains("id=\"id\(n - 1)\"") && $0.contains("href=\"#id\(n - 1)\"") }),
            ("pipe table", "| a | b |\n|---|---|\n" + (0..<n).map { "| \($0) | *x* |\n" }.joined(), { $0.components(separatedBy: "<tr>").count - 1 == n + 1 }),
            ("list table", "```{list-table}\n:header-rows: 1\n\n" + (0..<n).map { "* - a\($0)\n  - b\($0)\n" }.joined() + "```\n", { $0.components(separatedBy: "<tr>").count - 1 == n }),
            ("callouts", (0..<n).map { _ in "> [!NOTE]\n> x\n" }.joined(separator: "\n"), { $0.components(separatedBy: "<aside class=\"callout").count - 1 == n }),
            ("nested lists", (0..<400).map { String(repeating: "  ", count: $0) + "- item\n" }.joined(), { $0.contains("<li>") }),
            ("nested quotes", String(repeating: ">", count: 5_000) + " deep\n", { $0.contains("deep") }),
            ("emphasis", String(repeating: "*a **b ", count: n) + "\n", { $0.hasPrefix("<p>") }),
        ]
        for (name, markdown, check) in cases {
            let output = MarkdownFileRenderer.render(Data(markdown.utf8), file: "\(name).md")
            #expect(check(output.html), "\(name): \(output.html.prefix(200))")
        }
    }

    @Test("a build of an article with 8,000 duplicate headings and links to them succeeds", .timeLimit(.minutes(5)))
    func bigArticleBuilds() async {
        let body = (0..<8_000).map { "## Heading\n\nSee [refunds](../billing/refunds.md#fees) and [here](#heading\($0 == 0 ? "" : "-\($0)")).\n" }.joined(separator: "\n")
        let (report, fs) = await Fixture.build(["content/en/start/big.md": "---\ntitle: Big\nupdated: 2025-01-10\n---\n" + body])
        #expect(report.published, "\(report.lines.prefix(5))")
        #expect(fs.page("en/start/big/index.html")?.contains("id=\"heading-7999\"") == true)
    }
}
