import Foundation
import Testing
@testable import SiteGenKit

/// Pathological nesting must not crash a build (pages render on threads with small stacks).
@Suite("Markdown deep nesting")
struct MarkdownDeepNestingTests {
    @Test func thousandsOfNestedQuotesAndListsBuildWithAWarning() async throws {
        let deep = String(repeating: ">", count: 5000) + " x\n\n" + (0..<1500).map { String(repeating: "  ", count: $0) + "- a\n" }.joined()
        let (report, fs) = await Fixture.build(["content/en/start/welcome.md": "---\ntitle: W\nupdated: 2025-01-10\n---\n" + deep])
        #expect(report.published, "\(report.lines)")
        #expect(report.lines.contains("content/en/start/welcome.md: warning: content nested more than \(CMarkParser.maximumDepth) levels deep is shown as plain text (markdown.too-deep)"))
        #expect(try #require(fs.page("en/start/welcome/index.html")).contains("<blockquote>"))
    }

    @Test func nestingWithinTheLimitIsKept() {
        let markdown = String(repeating: "> ", count: 10) + "x\n"
        let parsed = MarkdownParser.parse(markdown)
        #expect(parsed.diagnostics.isEmpty)
        #expect(HTMLRenderer.render(parsed.document) == CMarkParser.referenceHTML(markdown))
    }

    @Test func nestedListTablesStopAtALimit() {
        var markdown = "text\n"
        for level in 0..<8 {
            let fence = String(repeating: "`", count: 3 + 8 - level)
            markdown = "\(fence){list-table}\n* - cell\n  - \(level)\n\n\(markdown)\(fence)\n"
        }
        let parsed = MarkdownParser.parse(markdown)
        #expect(parsed.diagnostics.contains { $0.message.contains("list tables nested more than") })
    }
}
