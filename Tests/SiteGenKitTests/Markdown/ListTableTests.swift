import Testing
@testable import SiteGenKit

/// MyST-style ```{list-table} blocks: tables whose cells are list items.
@Suite("List tables")
struct MarkdownListTableTests {
    private func html(_ markdown: String) -> String {
        HTMLRenderer.render(MarkdownParser.parse(markdown).document)
    }

    static let supportTable = """
        ```{list-table} Support topics
        :header-rows: 1

        * - Topic
          - Support can
        * - Billing
          - - Explain an invoice.
            - Correct a billing address.
        * - Account
          - Reset *two-factor* login.
        ```

        """

    @Test("a list table renders as a table with caption, header row and body rows")
    func fullTable() {
        #expect(html(Self.supportTable) == """
            <table>
            <caption>Support topics</caption>
            <thead>
            <tr>
            <th scope="col">Topic</th>
            <th scope="col">Support can</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>Billing</td>
            <td>
            <ul>
            <li>Explain an invoice.</li>
            <li>Correct a billing address.</li>
            </ul>
            </td>
            </tr>
            <tr>
            <td>Account</td>
            <td>Reset <em>two-factor</em> login.</td>
            </tr>
            </tbody>
            </table>

            """)
        #expect(MarkdownParser.parse(Self.supportTable).diagnostics.isEmpty)
    }

    @Test("without :header-rows every row is a body row and there is no caption when none is given")
    func noHeaderNoCaption() {
        let output = html("```{list-table}\n* - a\n  - b\n* - c\n  - d\n```\n")
        #expect(output.hasPrefix("<table>\n<tbody>\n"))
        #expect(!output.contains("<caption>"))
        #expect(!output.contains("<thead>"))
        #expect(!output.contains("<th"))
        #expect(output.contains("<td>a</td>\n<td>b</td>"))
        #expect(output.contains("<td>c</td>\n<td>d</td>"))
    }

    @Test("the caption is HTML-escaped")
    func captionEscaped() {
        let output = html("```{list-table} Fees & <limits>\n* - a\n```\n")
        #expect(output.contains("<caption>Fees &amp; &lt;limits&gt;</caption>"))
    }

    @Test("cells of a tight list have no <p>; cells of a loose list keep their paragraphs")
    func tightAndLooseCells() {
        let tight = html("```{list-table}\n* - one\n  - two\n```\n")
        #expect(tight.contains("<td>one</td>\n<td>two</td>"))
        #expect(!tight.contains("<p>"))
        let loose = html("```{list-table}\n* - one\n\n    More about one.\n\n  - two\n```\n")
        #expect(loose.contains("<td>\n<p>one</p>\n<p>More about one.</p>\n</td>"))
        #expect(loose.contains("<td>\n<p>two</p>\n</td>"))
    }

    @Test("rows with different cell counts are an error at the row's line")
    func unevenRows() throws {
        let markdown = "Intro.\n\n```{list-table}\n* - a\n  - b\n* - c\n```\n"
        let parsed = MarkdownParser.parse(markdown, file: "content/en/plans.md")
        #expect(parsed.diagnostics.count == 1)
        let diagnostic = try #require(parsed.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.line == 6)
        #expect(diagnostic.column == 1)
        #expect(diagnostic.message.contains("row 2"))
        #expect(diagnostic.description.hasPrefix("content/en/plans.md:6:1: error: "))
        // The block is not turned into a half-built table.
        #expect(!HTMLRenderer.render(parsed.document).contains("<table>"))
    }

    @Test("the line offset (front matter) is added once to the row's line")
    func unevenRowsWithLineOffset() throws {
        let markdown = "```{list-table}\n:header-rows: 1\n\n* - a\n  - b\n* - c\n  - d\n* - e\n```\n"
        let plain = try #require(MarkdownParser.parse(markdown).diagnostics.first)
        #expect(plain.line == 8)
        let shifted = try #require(MarkdownParser.parse(markdown, file: "f.md", lineOffset: 5).diagnostics.first)
        #expect(shifted.line == 13)
        #expect(shifted.severity == .error)
        #expect(shifted.message.contains("row 3"))
    }

    @Test("an unknown option is a warning at its line, and the table still renders")
    func unknownOption() throws {
        let markdown = "```{list-table} Caption\n:widths: 1 2\n:header-rows: 1\n* - a\n  - b\n```\n"
        let parsed = MarkdownParser.parse(markdown, lineOffset: 5)
        #expect(parsed.diagnostics.count == 1)
        let warning = try #require(parsed.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.line == 7)
        #expect(warning.message.contains(":widths: 1 2"))
        let output = HTMLRenderer.render(parsed.document)
        #expect(output.contains("<caption>Caption</caption>"))
        #expect(output.contains("<th scope=\"col\">a</th>"))
    }

    @Test("a non-numeric :header-rows: is reported")
    func badHeaderRows() {
        let parsed = MarkdownParser.parse("```{list-table}\n:header-rows: one\n* - a\n```\n")
        #expect(parsed.diagnostics.map(\.severity) == [.warning])
        #expect(parsed.diagnostics.first?.line == 2)
    }

    @Test("content that is not a bullet list is an error and shows as the code block", arguments: [
        "Just a paragraph.\n",
        "1. - a\n   - b\n",
        "* - a\n\nA paragraph after the list.\n",
        "",
    ])
    func notAList(body: String) throws {
        let markdown = "Before.\n\n```{list-table}\n\(body)```\n"
        let parsed = MarkdownParser.parse(markdown, file: "x.md")
        let error = try #require(parsed.diagnostics.first)
        #expect(parsed.diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.line == 3)
        let output = HTMLRenderer.render(parsed.document)
        #expect(!output.contains("<table>"))
        #expect(output.contains("<pre><code class=\"language-{list-table}\">"))
    }

    @Test("a row that is not a list of cells is an error at that row")
    func rowNotAList() throws {
        let parsed = MarkdownParser.parse("```{list-table}\n* - a\n* just text\n```\n")
        let error = try #require(parsed.diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.line == 3)
        #expect(error.message.contains("row 2"))
    }

    @Test("without {list-table} the same fence is an ordinary code block", arguments: ["", "yaml", "list-table"])
    func ordinaryCodeBlock(info: String) {
        let markdown = "```\(info)\n:header-rows: 1\n* - a\n  - b\n```\n"
        let parsed = MarkdownParser.parse(markdown)
        #expect(parsed.diagnostics.isEmpty)
        #expect(HTMLRenderer.render(parsed.document) == CMarkParser.referenceHTML(markdown))
    }

    @Test("a list table inside a block quote")
    func insideBlockQuote() {
        let output = html("> ```{list-table}\n> * - a\n>   - b\n> ```\n")
        #expect(output.hasPrefix("<blockquote>\n<table>\n"))
        #expect(output.contains("<td>a</td>\n<td>b</td>"))
    }

    @Test("a list table in a file with CRLF line endings")
    func crlfLineEndings() {
        let parsed = MarkdownParser.parse("```{list-table}\r\n:header-rows: 1\r\n\r\n* - a\r\n  - b\r\n```\r\n")
        #expect(parsed.diagnostics.isEmpty)
        #expect(HTMLRenderer.render(parsed.document).contains("<th scope=\"col\">a</th>\n<th scope=\"col\">b</th>"))
    }
}
