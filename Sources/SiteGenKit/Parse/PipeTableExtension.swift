/// GitHub-style pipe tables, following the GFM spec's table rules. cmark sees a table as a
/// paragraph; this pass re-reads that paragraph's source lines, and where a header row is
/// followed by a delimiter row, splits cells on unescaped pipes and parses each cell's inline
/// Markdown with cmark.
enum PipeTableExtension {
    static func apply(_ node: MarkdownNode, source: String) -> MarkdownNode {
        // Most documents have no candidate paragraph: skip splitting and copying the tree.
        guard node.hasPipeParagraph else { return node }
        return transform(node, lines: SourceLines(source))
    }

    private static func transform(_ node: MarkdownNode, lines: SourceLines) -> MarkdownNode {
        var node = node
        var result: [MarkdownNode] = []
        result.reserveCapacity(node.children.count)
        for child in node.children {
            switch child.kind {
            case .paragraph where child.containsPipe:
                result.append(contentsOf: split(child, lines: lines))
            case .document, .blockQuote, .list, .item:
                result.append(transform(child, lines: lines))
            default:
                result.append(child)
            }
        }
        node.children = result
        return node
    }

    /// The paragraph's lines with container prefixes (`> `, list indentation) removed.
    private static func sourceRows(of paragraph: MarkdownNode, lines: SourceLines) -> [PipeRow] {
        let start = paragraph.range.start, end = paragraph.range.end
        guard start.line >= 1, end.line >= start.line, end.line <= lines.count else { return [] }
        return (start.line...end.line).map { number in
            var line = lines[number - 1]
            if line.hasSuffix("\r") { line = line.dropLast() }
            // The first line starts at the paragraph's column; later lines lose whatever block-quote
            // markers and indentation stand before that column ("> ", ">", "  ").
            let limit = max(start.column - 1, 0)
            let dropped = number == start.line
                ? min(limit, line.utf8.count)
                : line.utf8.prefix(limit).prefix { $0 == 0x20 || $0 == 0x09 || $0 == 0x3E }.count
            let content = Substring(line.utf8.dropFirst(dropped))
            return PipeRow(text: content, line: number, column: dropped + 1)
        }
    }

    private static func split(_ paragraph: MarkdownNode, lines: SourceLines) -> [MarkdownNode] {
        let rows = sourceRows(of: paragraph, lines: lines)
        guard rows.count >= 2 else { return [paragraph] }
        for index in 0..<(rows.count - 1) {
            let header = rows[index].cells
            guard let alignments = rows[index + 1].delimiterAlignments, alignments.count == header.count,
                  rows[index].text.contains("|") || rows[index + 1].text.contains("|") else { continue }
            var result: [MarkdownNode] = []
            if index > 0 {
                result.append(leadingParagraph(rows[..<index], original: paragraph))
            }
            result.append(table(header: rows[index], body: rows[(index + 2)...], alignments: alignments))
            return result
        }
        return [paragraph]
    }

    /// The lines above a table that interrupted a paragraph stay a paragraph of their own.
    private static func leadingParagraph(_ rows: ArraySlice<PipeRow>, original: MarkdownNode) -> MarkdownNode {
        let text = rows.map { String($0.text) }.joined(separator: "\n")
        let parsed = CMarkParser.parse(text).document
        var paragraph = parsed.children.first { $0.kind == .paragraph } ?? MarkdownNode(.paragraph, children: [MarkdownNode(.text(text))])
        paragraph = paragraph.shifted(lines: original.range.start.line - 1, columns: original.range.start.column - 1)
        return paragraph
    }

    private static func table(header: PipeRow, body: ArraySlice<PipeRow>, alignments: [MarkdownNode.Alignment?]) -> MarkdownNode {
        let width = alignments.count
        func row(_ source: PipeRow, isHeader: Bool) -> MarkdownNode {
            var cells = source.cells.prefix(width).map { cell in
                MarkdownNode(.tableCell, range: source.range(column: cell.column), children: TableCellParser.inlines(cell.text, line: source.line, column: source.column + cell.column - 1))
            }
            while cells.count < width { cells.append(MarkdownNode(.tableCell, range: source.range(column: 0))) }
            return MarkdownNode(.tableRow(header: isHeader), range: source.range(column: 0), children: cells)
        }
        let rows = [row(header, isHeader: true)] + body.map { row($0, isHeader: false) }
        let end = body.last ?? header
        return MarkdownNode(
            .table(.init(alignments: alignments, caption: nil)),
            range: SourceRange(start: .init(line: header.line, column: header.column), end: .init(line: end.line, column: end.column + end.text.utf8.count)),
            children: rows
        )
    }
}

extension MarkdownNode {
    /// Whether a paragraph anywhere in this container tree contains `|`.
    var hasPipeParagraph: Bool {
        switch kind {
        case .paragraph: return containsPipe
        case .document, .blockQuote, .list, .item: return children.contains { $0.hasPipeParagraph }
        default: return false
        }
    }

    /// Whether any literal in this paragraph contains `|` — a cheap test before re-reading source.
    var containsPipe: Bool {
        switch kind {
        case .text(let s), .code(let s): return UTF8Scan.contains(s, byte: 0x7C)
        default: return children.contains { $0.containsPipe }
        }
    }
}
