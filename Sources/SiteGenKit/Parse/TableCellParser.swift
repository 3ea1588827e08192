/// Parses a table cell's text as inline Markdown with cmark.
enum TableCellParser {
    /// A cell is inline content only; text that cmark would read as a block (`# x`, `- x`,
    /// `1. x`) gets its marker escaped so it stays literal, as in GFM.
    static func inlines(_ text: String, line: Int, column: Int) -> [MarkdownNode] {
        guard !text.isEmpty else { return [] }
        var document = CMarkParser.parse(text).document
        if !isSingleParagraph(document) {
            document = CMarkParser.parse(escapingBlockStart(text)).document
        }
        guard isSingleParagraph(document) else {
            return [MarkdownNode(.text(text))]
        }
        return document.children[0].children.map { $0.shifted(lines: line - 1, columns: column - 1) }
    }

    private static func isSingleParagraph(_ document: MarkdownNode) -> Bool {
        document.children.count == 1 && document.children[0].kind == .paragraph
    }

    private static func escapingBlockStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "#>-+*=~`<[_".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(digits.count)
        if !digits.isEmpty, let marker = rest.first, marker == "." || marker == ")" {
            return digits + "\\" + rest
        }
        return text
    }
}
