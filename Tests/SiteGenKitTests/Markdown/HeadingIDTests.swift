import Testing
@testable import SiteGenKit

/// Headings get stable, readable ids in any script, a self-link, and optional attributes.
@Suite("Heading ids and attributes")
struct MarkdownHeadingIDTests {
    private func html(_ markdown: String, labels: MarkdownLabels = .english) -> String {
        HTMLRenderer.render(MarkdownParser.parse(markdown).document, labels: labels)
    }

    /// The ids of the rendered headings, in order.
    private func ids(_ markdown: String) -> [String?] {
        var result: [String?] = []
        MarkdownParser.parse(markdown).document.forEach { node in
            if case .heading(let info) = node.kind { result.append(info.id) }
        }
        return result
    }

    @Test("a heading renders with its id and a self-link anchor")
    func fullHeading() {
        #expect(html("## Getting started\n") == "<h2 id=\"getting-started\">Getting started <a class=\"heading-anchor\" href=\"#getting-started\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>\n")
    }

    @Test("ids are slugs of the heading text, readable in any script", arguments: [
        ("Getting started", "getting-started"),
        ("Dépannage avancé", "dépannage-avancé"),
        ("Ärger mit Überweisungen", "ärger-mit-überweisungen"),
        ("請求書の確認", "請求書の確認"),
        ("الفواتير والمدفوعات", "الفواتير-والمدفوعات"),
        ("Счета и оплата", "счета-и-оплата"),
        ("What's new?", "whats-new"),
        ("Step 2: Pay  --  now!", "step-2-pay-now"),
        ("Use `sync --all` *carefully*", "use-sync-all-carefully"),
        ("  Trailing punctuation...  ", "trailing-punctuation"),
        ("snake_case_name", "snake-case-name"),
    ])
    func slugs(text: String, id: String) {
        #expect(ids("# \(text)\n") == [id])
        #expect(html("# \(text)\n").hasPrefix("<h1 id=\"\(id)\">"))
    }

    @Test("a Japanese heading keeps its characters in the id, not a percent-encoded or empty one")
    func japaneseKept() {
        let output = html("### 請求書の確認\n")
        #expect(output.hasPrefix("<h3 id=\"請求書の確認\">請求書の確認 "))
    }

    @Test("a heading made only of symbols gets the id 'section'", arguments: ["## !!!\n", "## ???\n", "## → ← …\n"])
    func symbolsOnly(markdown: String) {
        #expect(ids(markdown) == ["section"])
    }

    @Test("duplicate headings are numbered in order")
    func duplicates() {
        #expect(ids("## Setup\n\nText.\n\n## Setup\n\n### Setup\n\n## !!\n\n## ??\n") == ["setup", "setup-1", "setup-2", "section", "section-1"])
        #expect(MarkdownParser.parse("## Setup\n\n## Setup\n").diagnostics.isEmpty)
    }

    @Test("setext headings and headings in containers get ids too")
    func setextAndNested() {
        #expect(ids("Overview\n========\n\n> ## Quoted\n\n- ## In a list\n") == ["overview", "quoted", "in-a-list"])
    }

    @Test("an explicit {#id} is used and removed from the visible text")
    func explicitID() {
        let output = html("## Frais de remboursement {#refund-fees}\n")
        #expect(output == "<h2 id=\"refund-fees\">Frais de remboursement <a class=\"heading-anchor\" href=\"#refund-fees\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>\n")
    }

    @Test("an explicit id after inline markup keeps the markup")
    func explicitIDAfterMarkup() {
        #expect(html("## Use *fast* mode {#fast}\n").hasPrefix("<h2 id=\"fast\">Use <em>fast</em> mode <a "))
    }

    @Test("an explicit id wins over a later automatic id: the automatic one is numbered")
    func explicitReservesID() {
        #expect(ids("## Intro\n\n## Einführung {#intro}\n") == ["intro-1", "intro"])
    }

    @Test("two identical explicit ids give a 'duplicate heading id' warning at the second heading")
    func duplicateExplicitID() throws {
        let parsed = MarkdownParser.parse("## Fees {#fees}\n\nText.\n\n## Charges {#fees}\n", file: "content/en/fees.md", lineOffset: 3)
        #expect(parsed.diagnostics.count == 1)
        let warning = try #require(parsed.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("duplicate heading id"))
        #expect(warning.message.contains("fees"))
        #expect(warning.line == 8)
        #expect(warning.description.hasPrefix("content/en/fees.md:8:1: warning: duplicate heading id"))
    }

    @Test("{only=…} adds a scope note after the heading, worded by the labels")
    func scopeNote() {
        let labels = MarkdownLabels(scopeNote: { "Réservé à : " + $0.joined(separator: " & ") })
        let output = html("## Exports {only=enterprise}\n\nText.\n", labels: labels)
        #expect(output == "<h2 id=\"exports\">Exports <a class=\"heading-anchor\" href=\"#exports\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>\n<p class=\"scope-note\">Réservé à : enterprise</p>\n<p>Text.</p>\n")
    }

    @Test("id and several scopes together")
    func idAndScopes() {
        let labels = MarkdownLabels(scopeNote: { "Only: " + $0.joined(separator: "|") })
        let output = html("## Limits {#limits only=desk:enterprise,mail:pro}\n", labels: labels)
        #expect(output.hasPrefix("<h2 id=\"limits\">Limits <a "))
        #expect(output.contains("<p class=\"scope-note\">Only: desk:enterprise|mail:pro</p>"))
        #expect(!output.contains("{"))
    }

    @Test("a heading without {only=} has no scope note")
    func noScopeNote() {
        #expect(!html("## Exports {#exp}\n").contains("scope-note"))
    }

    @Test("a brace group that is not an attribute block stays heading text", arguments: [
        ("## Sets {not an attribute}\n", "Sets {not an attribute}", "sets-not-an-attribute"),
        ("## Empty {}\n", "Empty {}", "empty"),
        ("## JSON {\"a\": 1}\n", "JSON {&quot;a&quot;: 1}", "json-a-1"),
    ])
    func notAttributes(markdown: String, text: String, id: String) {
        #expect(html(markdown).hasPrefix("<h2 id=\"\(id)\">\(text) <a "))
    }

    @Test("an attribute-looking group inside code is not read as attributes")
    func attributesInCode() {
        #expect(html("## Write `{#id}`\n").hasPrefix("<h2 id=\"write-id\">Write <code>{#id}</code> <a "))
    }

    @Test("ids are HTML-escaped in the attribute and percent-encoded in the self-link")
    func idEscaping() {
        let output = html("## Café {#a&b}\n")
        #expect(output.hasPrefix("<h2 id=\"a&amp;b\">Café <a class=\"heading-anchor\" href=\"#a&amp;b\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>"))
        let accented = html("## Dépannage avancé\n")
        #expect(accented.contains("href=\"#d%C3%A9pannage-avanc%C3%A9\""))
    }
}
