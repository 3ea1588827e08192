import Testing
@testable import SiteGenKit

/// GitHub-style pipe tables.
@Suite("Pipe tables")
struct MarkdownPipeTableTests {
    private func html(_ markdown: String) -> String {
        HTMLRenderer.render(MarkdownParser.parse(markdown).document)
    }

    @Test("header, delimiter and rows become a table with thead, tbody and column headers")
    func basicTable() {
        let markdown = """
            | Plan | Seats |
            | ---- | ----- |
            | Free | 1 |
            | Pro | 10 |

            """
        #expect(html(markdown) == """
            <table>
            <thead>
            <tr>
            <th scope="col">Plan</th>
            <th scope="col">Seats</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>Free</td>
            <td>1</td>
            </tr>
            <tr>
            <td>Pro</td>
            <td>10</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test("a table with only a header row has no tbody")
    func headerOnly() {
        let output = html("| a | b |\n| - | - |\n")
        #expect(output.contains("<thead>"))
        #expect(!output.contains("<tbody>"))
        #expect(output.contains("<th scope=\"col\">a</th>\n<th scope=\"col\">b</th>"))
    }

    @Test("delimiter colons set each column's alignment, on header and body cells")
    func alignments() {
        let output = html("| L | C | R | N |\n| :-- | :-: | --: | --- |\n| 1 | 2 | 3 | 4 |\n")
        #expect(output.contains("<th scope=\"col\" style=\"text-align: left\">L</th>"))
        #expect(output.contains("<th scope=\"col\" style=\"text-align: center\">C</th>"))
        #expect(output.contains("<th scope=\"col\" style=\"text-align: right\">R</th>"))
        #expect(output.contains("<th scope=\"col\">N</th>"))
        #expect(output.contains("<td style=\"text-align: left\">1</td>\n<td style=\"text-align: center\">2</td>\n<td style=\"text-align: right\">3</td>\n<td>4</td>"))
    }

    @Test("an escaped pipe is a literal pipe, in text and in code spans")
    func escapedPipes() {
        let output = html("| Expression | Meaning |\n| --- | --- |\n| `a \\| b` | a or\\|b |\n")
        #expect(output.contains("<td><code>a | b</code></td>\n<td>a or|b</td>"))
        // Still two columns: the escaped pipes did not split cells.
        #expect(output.components(separatedBy: "<td>").count - 1 == 2)
    }

    @Test("cells hold inline Markdown: emphasis, strong, code, links")
    func inlineMarkdownInCells() {
        let output = html("| Feature | Docs |\n| --- | --- |\n| *Fast* **sync** | [guide](/sync \"Sync guide\") and `sync --all` |\n")
        #expect(output.contains("<td><em>Fast</em> <strong>sync</strong></td>"))
        #expect(output.contains("<td><a href=\"/sync\" title=\"Sync guide\">guide</a> and <code>sync --all</code></td>"))
    }

    @Test("short rows are padded with empty cells, extra cells are dropped")
    func rowWidthFollowsHeader() {
        let output = html("| a | b | c |\n| - | - | - |\n| 1 |\n| 1 | 2 | 3 | 4 | 5 |\n")
        #expect(output.contains("<tr>\n<td>1</td>\n<td></td>\n<td></td>\n</tr>"))
        #expect(output.contains("<tr>\n<td>1</td>\n<td>2</td>\n<td>3</td>\n</tr>"))
        #expect(!output.contains("4"))
        #expect(!output.contains("5"))
    }

    @Test("a delimiter row whose cell count differs from the header's is not a table")
    func mismatchedDelimiter() {
        let markdown = "| a | b | c |\n| --- | --- |\n| 1 | 2 | 3 |\n"
        let output = html(markdown)
        #expect(!output.contains("<table>"))
        #expect(output == "<p>| a | b | c |\n| --- | --- |\n| 1 | 2 | 3 |</p>\n")
    }

    @Test("text with pipes but no delimiter row stays a paragraph")
    func noDelimiterRow() {
        #expect(html("Use a | b to pipe.\nAnd c | d.\n") == "<p>Use a | b to pipe.\nAnd c | d.</p>\n")
    }

    @Test("leading and trailing pipes are optional")
    func withoutOuterPipes() {
        let output = html("Name | Value\n--- | :---:\nalpha | 1\nbeta | 2\n")
        #expect(output.contains("<th scope=\"col\">Name</th>\n<th scope=\"col\" style=\"text-align: center\">Value</th>"))
        #expect(output.contains("<td>alpha</td>\n<td style=\"text-align: center\">1</td>"))
        #expect(output.contains("<td>beta</td>\n<td style=\"text-align: center\">2</td>"))
    }

    @Test("a table inside a block quote")
    func insideBlockQuote() {
        let output = html("> | a | b |\n> | - | - |\n> | 1 | 2 |\n")
        #expect(output.hasPrefix("<blockquote>\n<table>\n"))
        #expect(output.hasSuffix("</table>\n</blockquote>\n"))
        #expect(output.contains("<td>1</td>\n<td>2</td>"))
        #expect(!output.contains("&gt;"))
    }

    @Test("a table in a block quote whose lines mix '> ' and '>'")
    func blockQuoteMixedMarkers() {
        let output = html("> | a | b |\n>| - | - |\n> | 1 | 2 |\n")
                    #expect(output.contains("<td>1</td>\n<td>2</td>"))
        #expect(output.hasPrefix("<blockquote>\n"))
    }

    @Test("a table inside a list item")
    func insideListItem() {
        let output = html("- Plans:\n\n  | a | b |\n  | - | - |\n  | 1 | 2 |\n")
        #expect(output.contains("<li>\n<p>Plans:</p>\n<table>\n"))
        #expect(output.contains("<td>1</td>\n<td>2</td>"))
    }

    @Test("a paragraph line directly above the header stays a paragraph before the table")
    func paragraphAboveTable() {
        let output = html("Prices as of *today*:\n| a | b |\n| - | - |\n| 1 | 2 |\n")
        #expect(output.hasPrefix("<p>Prices as of <em>today</em>:</p>\n<table>\n<thead>\n<tr>\n<th scope=\"col\">a</th>"))
        #expect(output.contains("<td>1</td>\n<td>2</td>"))
    }

    @Test("a cell starting with a block marker stays literal text", arguments: [
        ("# not a heading", "# not a heading"),
        ("- not a list", "- not a list"),
        ("1. not a list", "1. not a list"),
        ("> not a quote", "&gt; not a quote"),
    ])
    func blockMarkersStayLiteral(cell: String, expected: String) {
        let output = html("| Column |\n| --- |\n| \(cell) |\n")
        #expect(output.contains("<td>\(expected)</td>"))
        #expect(!output.contains("<h1"))
        #expect(!output.contains("<ul>"))
        #expect(!output.contains("<ol>"))
        #expect(!output.contains("<blockquote>"))
    }

    @Test("the table ends at a blank line; what follows is a paragraph")
    func endsAtBlankLine() {
        let output = html("| a | b |\n| - | - |\n| 1 | 2 |\n\nAfter the table.\n")
        #expect(output.hasSuffix("</tbody>\n</table>\n<p>After the table.</p>\n"))
        #expect(!output.contains("<td>After"))
    }

    @Test("two tables separated by a blank line are two tables")
    func twoTables() {
        let output = html("| a |\n| - |\n| 1 |\n\n| b |\n| - |\n| 2 |\n")
        #expect(output.components(separatedBy: "<table>").count - 1 == 2)
    }

    @Test("a table in a file with CRLF line endings")
    func crlfLineEndings() {
        let output = html("| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\n")
                    #expect(output.contains("<table>"))
            #expect(output.contains("<td>1</td>\n<td>2</td>"))
    }
}
