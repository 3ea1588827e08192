/// Safe mode drops raw HTML from pages. Content written for other generators often holds whole
/// tables in HTML, so each line that loses HTML gets a warning saying how to keep it, instead of
/// the text silently vanishing. HTML comments carry nothing a reader sees and are not reported.
enum RawHTMLCheck {
    static func check(_ body: MarkdownNode, file: String, diagnostics: inout Diagnostics) {
        var lines: [(line: Int, column: Int, tag: String)] = []
        var reported: Set<Int> = []
        body.forEach { node in
            let literal: String
            switch node.kind {
            case .htmlBlock(let text), .htmlInline(let text): literal = text
            default: return
            }
            let trimmed = literal.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
            guard !trimmed.hasPrefix("<!--"), reported.insert(node.range.start.line).inserted else { return }
            lines.append((node.range.start.line, node.range.start.column, String(trimmed.prefix { $0 != ">" && $0 != "\n" && $0 != " " }.prefix(20))))
        }
        for entry in lines {
            diagnostics.append(.warning(file, line: entry.line, column: entry.column, code: "markdown.raw-html",
                                        "raw HTML (\(entry.tag)…) is left out of the page in safe mode; write it in Markdown, or set 'unsafe: true' in site.yml to keep raw HTML (trusted authors only)"))
        }
    }
}
