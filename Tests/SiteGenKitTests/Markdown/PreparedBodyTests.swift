import Testing
@testable import SiteGenKit

/// Bodies are rendered once at load with their links left open; each page fills them in.
@Suite("Prepared body")
struct PreparedBodyTests {
    private let markdown = """
    # Title

    See [refunds](../billing/refunds.md#limits "Limits"), ![chart](chart.png) and <https://example.com>.

    | Column | Link |
    |---|---|
    | a | [in a cell](other.md) |

    > [!NOTE]
    > [Danger](javascript:alert(1)) stays harmless.
    """

    @Test func unchangedDestinationsGiveExactlyTheDirectRender() {
        let body = MarkdownParser.parse(markdown).document
        let prepared = PreparedBody(body, unsafe: false, labels: .english)
        #expect(prepared.slots.map(\.destination) == ["../billing/refunds.md#limits", "chart.png", "https://example.com", "other.md", "javascript:alert(1)"])
        #expect(prepared.html { $0.destination } == HTMLRenderer.render(body))
    }

    @Test func eachSlotIsFilledInDocumentOrderAndEscaped() {
        let prepared = PreparedBody(MarkdownParser.parse(markdown).document, unsafe: false, labels: .english)
        let html = prepared.html { slot in slot.destination.contains(".md") ? "/fr/\(slot.line)?a=1&b=2" : slot.destination }
        #expect(html.contains("<a href=\"/fr/3?a=1&amp;b=2\" title=\"Limits\">refunds</a>"))
        #expect(html.contains("<a href=\"/fr/7?a=1&amp;b=2\">in a cell</a>"))
        #expect(html.contains("<a href=\"\">Danger</a>"), "a dangerous destination is dropped, as in a direct render")
        #expect(!html.contains("\u{0}"))
    }
}
