import Testing
@testable import SiteGenKit

/// GitHub-style alerts: `> [!NOTE]` and friends become labelled asides.
@Suite("Callouts")
struct MarkdownCalloutTests {
    private func html(_ markdown: String, labels: MarkdownLabels = .english) -> String {
        HTMLRenderer.render(MarkdownParser.parse(markdown).document, labels: labels)
    }

    @Test("each kind renders as an aside with its class and English title", arguments: [
        ("NOTE", "note", "Note"),
        ("TIP", "tip", "Tip"),
        ("IMPORTANT", "important", "Important"),
        ("WARNING", "warning", "Warning"),
        ("CAUTION", "caution", "Caution"),
    ])
    func kinds(marker: String, cssName: String, title: String) {
        #expect(html("> [!\(marker)]\n> Back up your data first.\n") == """
            <aside class="callout callout-\(cssName)" role="note">
            <p class="callout-title">\(title)</p>
            <p>Back up your data first.</p>
            </aside>

            """)
    }

    @Test("the marker is case-insensitive", arguments: ["[!note]", "[!Note]", "[!nOtE]"])
    func caseInsensitive(marker: String) {
        let output = html("> \(marker)\n> Text.\n")
        #expect(output.hasPrefix("<aside class=\"callout callout-note\" role=\"note\">\n<p class=\"callout-title\">Note</p>\n"))
        #expect(!output.contains("[!"))
    }

    @Test("the title comes from the labels: a French site shows French titles")
    func localizedLabels() {
        let french = MarkdownLabels(callouts: [
            .note: "Remarque", .tip: "Astuce", .important: "Important", .warning: "Avertissement", .caution: "Attention",
        ])
        #expect(html("> [!NOTE]\n> Texte.\n", labels: french).contains("<p class=\"callout-title\">Remarque</p>"))
        #expect(html("> [!WARNING]\n> Texte.\n", labels: french).contains("<p class=\"callout-title\">Avertissement</p>"))
        #expect(!html("> [!NOTE]\n> Texte.\n", labels: french).contains(">Note<"))
    }

    @Test("a label is HTML-escaped")
    func labelEscaped() {
        let labels = MarkdownLabels(callouts: [.tip: "Tips & <tricks>"])
        #expect(html("> [!TIP]\n> x\n", labels: labels).contains("<p class=\"callout-title\">Tips &amp; &lt;tricks&gt;</p>"))
    }

    @Test("paragraphs, lists and code after the marker line are kept in order")
    func contentPreserved() {
        let markdown = """
            > [!IMPORTANT]
            > Before you cancel:
            >
            > - export your *invoices*;
            > - download `reports.csv`.
            >
            > ```sh
            > acme export
            > ```
            >
            > Then contact us.

            """
        #expect(html(markdown) == """
            <aside class="callout callout-important" role="note">
            <p class="callout-title">Important</p>
            <p>Before you cancel:</p>
            <ul>
            <li>export your <em>invoices</em>;</li>
            <li>download <code>reports.csv</code>.</li>
            </ul>
            <pre><code class="language-sh">acme export
            </code></pre>
            <p>Then contact us.</p>
            </aside>

            """)
    }

    @Test("a marker followed directly by a list keeps the list")
    func markerThenList() {
        let output = html("> [!TIP]\n> - one\n> - two\n")
        #expect(output == "<aside class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">Tip</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n</aside>\n")
    }

    @Test("a marker alone gives a callout with only its title")
    func markerAlone() {
        #expect(html("> [!CAUTION]\n") == "<aside class=\"callout callout-caution\" role=\"note\">\n<p class=\"callout-title\">Caution</p>\n</aside>\n")
    }

    @Test("a block quote without a marker stays a block quote, identical to cmark's")
    func plainBlockQuote() {
        let markdown = "> Just a quote.\n> With two lines.\n"
        #expect(html(markdown) == "<blockquote>\n<p>Just a quote.\nWith two lines.</p>\n</blockquote>\n")
        #expect(html(markdown) == CMarkParser.referenceHTML(markdown))
    }

    @Test("markers that are not callouts leave the block quote alone", arguments: [
        "> [!FOO]\n> Text.\n",
        "> [!]\n> Text.\n",
        "> [NOTE]\n> Text.\n",
        "> Text first.\n> [!NOTE]\n",
        "> [!NOTE] Inline title\n> Text.\n",
        "> *[!NOTE]*\n> Text.\n",
    ])
    func notCallouts(markdown: String) {
        let output = html(markdown)
        #expect(output.hasPrefix("<blockquote>\n"))
        #expect(!output.contains("<aside"))
        #expect(output == CMarkParser.referenceHTML(markdown))
    }

    @Test("a callout nested in a list item")
    func insideListItem() {
        let output = html("1. Open settings.\n\n   > [!WARNING]\n   > This signs you out.\n\n2. Save.\n")
        #expect(output.contains("<li>\n<p>Open settings.</p>\n<aside class=\"callout callout-warning\" role=\"note\">\n<p class=\"callout-title\">Warning</p>\n<p>This signs you out.</p>\n</aside>\n</li>"))
        #expect(output.contains("<li>\n<p>Save.</p>\n</li>"))
    }

    @Test("a callout nested in a block quote, and a quote nested in a callout")
    func nesting() {
        let inQuote = html("> Quoted:\n>\n> > [!NOTE]\n> > Inner.\n")
        #expect(inQuote.hasPrefix("<blockquote>\n<p>Quoted:</p>\n<aside class=\"callout callout-note\" role=\"note\">"))
        let quoteInside = html("> [!TIP]\n> > plain quote\n")
        #expect(quoteInside.contains("<p class=\"callout-title\">Tip</p>\n<blockquote>\n<p>plain quote</p>\n</blockquote>\n</aside>"))
    }
}
