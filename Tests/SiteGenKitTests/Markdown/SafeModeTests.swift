import Testing
@testable import SiteGenKit

/// By default sitegen's HTML is safe: no raw HTML, no script-bearing URLs.
@Suite("Markdown safe mode")
struct MarkdownSafeModeTests {
    private func html(_ markdown: String, unsafe: Bool = false) -> String {
        HTMLRenderer.render(MarkdownParser.parse(markdown).document, unsafe: unsafe)
    }

    @Test("an HTML block is replaced by a comment by default")
    func htmlBlockOmitted() {
        let output = html("<script>\nalert('hi')\n</script>\n\nAfter.\n")
        #expect(output == "<!-- raw HTML omitted -->\n<p>After.</p>\n")
        #expect(!output.contains("<script"))
    }

    @Test("inline HTML is replaced by a comment, the text between the tags stays")
    func inlineHTMLOmitted() {
        let output = html("Click <a href=\"x\" onclick=\"steal()\">here</a> <img src=x onerror=alert(1)>\n")
        #expect(output == "<p>Click <!-- raw HTML omitted -->here<!-- raw HTML omitted --> <!-- raw HTML omitted --></p>\n")
    }

    @Test("unsafe mode passes raw HTML through unchanged")
    func unsafePassesHTML() {
        let markdown = "<div class=\"box\">\n<b>raw</b>\n</div>\n\nInline <kbd>Ctrl</kbd>.\n"
        #expect(html(markdown, unsafe: true) == "<div class=\"box\">\n<b>raw</b>\n</div>\n<p>Inline <kbd>Ctrl</kbd>.</p>\n")
    }

    @Test("script-bearing link schemes get an empty href, whatever their case", arguments: [
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "vbscript:msgbox(1)",
        "VBSCRIPT:x",
        "file:///etc/passwd",
        "File://server/share",
        "data:text/html;base64,PHNjcmlwdD4=",
        "data:image/svg+xml;base64,PHN2Zz4=",
    ])
    func dangerousLinks(url: String) {
        #expect(html("[click](\(url))\n") == "<p><a href=\"\">click</a></p>\n")
    }

    @Test("a dangerous image source is emptied, the alt text stays")
    func dangerousImage() {
        #expect(html("![logo](javascript:alert(1))\n") == "<p><img src=\"\" alt=\"logo\" /></p>\n")
        #expect(html("![svg](data:image/svg+xml;base64,PHN2Zz4=)\n") == "<p><img src=\"\" alt=\"svg\" /></p>\n")
    }

    @Test("dangerous autolinks are emptied too")
    func dangerousAutolink() {
        #expect(html("<javascript:alert(1)>\n") == "<p><a href=\"\">javascript:alert(1)</a></p>\n")
    }

    @Test("inline raster images as data: URLs are kept", arguments: ["png", "gif", "jpeg", "webp", "PNG"])
    func rasterDataImagesKept(format: String) {
        let url = "data:image/\(format);base64,iVBORw0KGgo="
        #expect(html("![dot](\(url))\n") == "<p><img src=\"\(url)\" alt=\"dot\" /></p>\n")
    }

    @Test("ordinary URLs are kept")
    func ordinaryURLsKept() {
        #expect(html("[a](https://example.com/x) [b](mailto:help@example.com) [c](/relative) [d](#top)\n")
            == "<p><a href=\"https://example.com/x\">a</a> <a href=\"mailto:help@example.com\">b</a> <a href=\"/relative\">c</a> <a href=\"#top\">d</a></p>\n")
    }

    @Test("a scheme name later in the URL is harmless")
    func schemeNotAtStart() {
        #expect(html("[a](https://example.com/?next=javascript:alert(1))\n")
            == "<p><a href=\"https://example.com/?next=javascript:alert(1)\">a</a></p>\n")
    }

    @Test("unsafe mode keeps dangerous URLs")
    func unsafeKeepsURLs() {
        #expect(html("[x](javascript:go())\n", unsafe: true) == "<p><a href=\"javascript:go()\">x</a></p>\n")
        #expect(html("![x](data:image/svg+xml,abc)\n", unsafe: true) == "<p><img src=\"data:image/svg+xml,abc\" alt=\"x\" /></p>\n")
    }

    @Test("safe mode applies inside extension blocks: tables and callouts")
    func safeInsideExtensions() {
        let table = html("| a | b |\n| - | - |\n| [x](javascript:alert(1)) | <b>raw</b> |\n")
        #expect(table.contains("<td><a href=\"\">x</a></td>"))
        #expect(table.contains("<td><!-- raw HTML omitted -->raw<!-- raw HTML omitted --></td>"))
        #expect(!table.contains("javascript"))
        let callout = html("> [!NOTE]\n> [x](vbscript:y) <i>z</i>\n")
        #expect(callout.contains("<p><a href=\"\">x</a> <!-- raw HTML omitted -->z<!-- raw HTML omitted --></p>"))
    }

    @Test("a combining mark after the scheme's colon does not hide a javascript: URL")
    func combiningMarkAfterScheme() {
        // cmark checks the URL's bytes, so it empties this href; sitegen must too.
        let markdown = "[x](javascript:\u{301}alert(1))\n"
                    #expect(html(markdown) == "<p><a href=\"\">x</a></p>\n")
            #expect(html(markdown) == CMarkParser.referenceHTML(markdown))
    }
}
