import Foundation
import Testing
@testable import SiteGenKit

/// `sitegen render FILE`: one Markdown file's HTML body, front matter skipped.
@Suite("Markdown file rendering (sitegen render)")
struct MarkdownRenderCommandTests {
    private func render(_ text: String, file: String = "page.md", unsafe: Bool = false) -> MarkdownFileRenderer.Output {
        MarkdownFileRenderer.render(Data(text.utf8), file: file, unsafe: unsafe)
    }

    @Test("YAML front matter is skipped; the body renders")
    func frontMatterSkipped() {
        let output = render("---\ntitle: Refunds\nlang: en\n---\nBody with *emphasis*.\n")
        #expect(output.html == "<p>Body with <em>emphasis</em>.</p>\n")
        #expect(output.diagnostics.isEmpty)
    }

    @Test("the body after front matter renders as cmark renders it")
    func bodyMatchesCmark() {
        let body = "Intro.\n\n- one\n- two\n\n> quote\n\n<b>raw</b> and [x](javascript:y)\n"
        #expect(render("---\ntitle: x\n---\n" + body).html == CMarkParser.referenceHTML(body))
        #expect(render("---\ntitle: x\n---\n" + body, unsafe: true).html == CMarkParser.referenceHTML(body, unsafe: true))
    }

    @Test("a file without front matter renders whole")
    func noFrontMatter() {
        #expect(render("Plain *file*.\n").html == "<p>Plain <em>file</em>.</p>\n")
    }

    @Test("a leading --- with no closing fence is content, not front matter")
    func unterminatedFence() {
        let output = render("---\nNot front matter.\n")
        #expect(output.html == "<hr />\n<p>Not front matter.</p>\n")
    }

    @Test("a byte order mark before the front matter is ignored")
    func byteOrderMark() {
        #expect(render("\u{FEFF}---\ntitle: x\n---\nHello.\n").html == "<p>Hello.</p>\n")
    }

    @Test("diagnostics report file lines: an uneven list table after 4 lines of front matter")
    func listTableLineAfterFrontMatter() throws {
        let text = """
            ---
            title: Plans
            order: 2
            ---
            Compare the plans:

            ```{list-table}
            * - Free
              - 1 seat
            * - Pro
            ```

            """
        let output = render(text, file: "content/en/plans.md")
        let error = try #require(output.diagnostics.first)
        #expect(output.diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.line == 10)
        #expect(error.description.hasPrefix("content/en/plans.md:10:1: error: list-table row 2"))
    }

    @Test("diagnostics report file lines: a list-table option warning and a duplicate heading id")
    func otherDiagnosticsAfterFrontMatter() {
        let text = "---\ntitle: x\n---\n## A {#same}\n\n## B {#same}\n\n```{list-table}\n:widths: 1\n* - a\n```\n"
        let lines = render(text).diagnostics.sorted().map { "\($0.line ?? 0) \($0.severity)" }
        #expect(lines == ["6 warning", "9 warning"])
    }

    @Test("unsafe passes raw HTML through")
    func unsafeFlag() {
        let text = "---\ntitle: x\n---\n<div>raw</div>\n"
        #expect(render(text).html == "<!-- raw HTML omitted -->\n")
        #expect(render(text, unsafe: true).html == "<div>raw</div>\n")
    }

    @Test("extensions work in the render command with English labels")
    func extensionsWithEnglishLabels() {
        let html = render("---\ntitle: x\n---\n> [!TIP]\n> Save often.\n").html
        #expect(html.contains("<p class=\"callout-title\">Tip</p>"))
    }

    @Test("invalid UTF-8 is an error diagnostic, not a crash", arguments: [
        [0x66, 0xFF, 0x0A] as [UInt8],
        [0x61, 0xE2, 0x82] as [UInt8],          // truncated sequence at the end
        [0xC0, 0xAF, 0x0A] as [UInt8],          // overlong encoding of '/'
        [0xED, 0xA0, 0x80, 0x0A] as [UInt8],    // UTF-16 surrogate
    ])
    func invalidUTF8(bytes: [UInt8]) throws {
        let output = MarkdownFileRenderer.render(Data(bytes), file: "bad.md", unsafe: false)
        #expect(output.html == "")
        let error = try #require(output.diagnostics.first)
        #expect(output.diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.message.contains("not valid UTF-8"))
        #expect(error.description.hasPrefix("bad.md: error: "))
    }

    @Test("a NUL byte does not crash and shows as a replacement character", arguments: [
        "a\u{0}b\n",
        "---\ntitle: a\u{0}b\n---\nx\n",
        "## Head\u{0}ing\n",
        "| a\u{0} | b |\n| - | - |\n| \u{0} | 2 |\n",
        "```{list-table}\n* - a\u{0}\n  - b\n```\n",
        "> [!NOTE\u{0}]\n> x\n",
        "\u{0}",
    ])
    func nulByte(text: String) {
        let output = render(text)
        #expect(!output.html.contains("\u{0}"))
        #expect(output.diagnostics.allSatisfy { $0.severity != .error })
    }

    @Test("a NUL byte in a paragraph renders as U+FFFD, like cmark")
    func nulInParagraph() {
        #expect(render("a\u{0}b\n").html == "<p>a\u{FFFD}b</p>\n")
    }

    @Test("front matter with CRLF line endings is skipped too")
    func crlfFrontMatter() {
        let output = render("---\r\ntitle: Refunds\r\n---\r\nBody.\r\n")
                    #expect(output.html == "<p>Body.</p>\n")
    }
}
